/**
 * A graphql-yoga (envelop) plugin that serves a `createRelgraph()` instance: it adds relgraph's
 * per-request context (loaders, the viewer's access) and executes with `relgraph.execute`, so
 * that each mutation operation is one unit of work in one transaction. `createHandler` uses it;
 * so can a yoga server of your own.
 *
 * Execution is graphql-js's own `execute`: graphql-yoga 5's default executor
 * (`@graphql-tools/executor`) adds each key of a result object when that field's promise
 * settles, so two list fields at one level can come back in the order their loads finished
 * rather than the order they were asked for (graphql-hive/graphql-yoga#3256), against the
 * GraphQL spec. graphql-js keeps the selection order.
 */
import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Relgraph } from './createRelgraph.js';

/**
 * @typeParam C the context `viewer` receives: yoga's initial context (`request`, `params`, and
 *   what the HTTP server passed along, such as Express's `req`) plus whatever yoga's `context`
 *   option returned, which yoga builds before any plugin's part.
 */
export interface UseRelgraphOptions<C = YogaInitialContext> {
  /**
   * The viewer of a request, as your authentication verified it (a session, a verified token):
   * what the policy's rules receive. Never build it from headers a client can set freely.
   */
  readonly viewer?: (context: C) => unknown | Promise<unknown>;
}

/**
 * @example
 * const relgraph = createRelgraph(Base, { driver, policy });
 * const yoga = createYoga({ schema: relgraph.schema, plugins: [useRelgraph(relgraph, { viewer: ({ request }) => verify(request) })] });
 *
 * // Or with the viewer your own `context` option already verified:
 * const yoga = createYoga<{}, AppContext>({
 *   schema: relgraph.schema,
 *   context: async ({ request }) => ({ user: await verify(request) }),
 *   plugins: [useRelgraph<AppContext>(relgraph, { viewer: (context) => context.user })],
 * });
 */
export function useRelgraph<C = YogaInitialContext>(relgraph: Relgraph, options: UseRelgraphOptions<C> = {}): Plugin {
  const { viewer } = options;
  return {
    async onContextBuilding({ context, extendContext }) {
      const who = viewer ? await viewer(context as unknown as C) : undefined;
      extendContext(relgraph.createContext(who) as unknown as Record<string, unknown>);
    },
    onExecute({ setExecuteFn }) {
      setExecuteFn((async (args: ExecutionArgs) => {
        try {
          return await relgraph.execute(args);
        } catch (error) {
          // A failure of the operation as a whole (a COMMIT whose reply was lost): answered as
          // an error of the result, HTTP 500, so that the server's error reporting logs it with
          // the request id and masks it like any unexpected error.
          if (error instanceof GraphQLError) throw error;
          const cause = error instanceof Error ? error : new Error(String(error));
          return { data: null, errors: [new GraphQLError(cause.message, { originalError: cause, extensions: { http: { status: 500 } } })] };
        }
      }) as Parameters<typeof setExecuteFn>[0]);
    },
  };
}
