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
import type { ExecutionArgs } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Relgraph } from './createRelgraph.js';

export interface UseRelgraphOptions {
  /**
   * The viewer of a request, as your authentication verified it (a session, a verified token):
   * what the policy's rules receive. Never build it from headers a client can set freely.
   */
  readonly viewer?: (initial: YogaInitialContext) => unknown | Promise<unknown>;
}

/**
 * @example
 * const relgraph = createRelgraph(Base, { driver, policy });
 * const yoga = createYoga({ schema: relgraph.schema, plugins: [useRelgraph(relgraph, { viewer: ({ request }) => verify(request) })] });
 */
export function useRelgraph(relgraph: Relgraph, options: UseRelgraphOptions = {}): Plugin {
  const { viewer } = options;
  return {
    async onContextBuilding({ context, extendContext }) {
      const who = viewer ? await viewer(context as YogaInitialContext) : undefined;
      extendContext(relgraph.createContext(who) as unknown as Record<string, unknown>);
    },
    onExecute({ setExecuteFn }) {
      setExecuteFn(((args: ExecutionArgs) => relgraph.execute(args)) as Parameters<typeof setExecuteFn>[0]);
    },
  };
}
