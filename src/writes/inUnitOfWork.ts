/**
 * Which unit of work a mutation field runs in: the operation's, or — when the operation has
 * none, because the server executes with plain graphql-js — one the field opens for itself.
 */
import type { Session } from '../session/index.js';
import type { WriteScope } from './Writes.js';

/**
 * Runs one mutation field's work in a unit of work of its own — a transaction, a session and
 * loaders bound to it, rerun on a deadlock — and returns what `work` returned, after COMMIT.
 */
export type FieldUnitOfWork = <T>(work: (scope: WriteScope) => Promise<T>) => Promise<T>;

/**
 * Where `createRelgraph().createContext()` leaves its `FieldUnitOfWork` on `context.relgraph`:
 * a symbol, so that it stays out of the shape users see and spread.
 *
 * @example
 * Object.defineProperty(context.relgraph, fieldUnitOfWork, { value: runField });
 */
export const fieldUnitOfWork: unique symbol = Symbol('relgraph.fieldUnitOfWork');

/**
 * A request's scope, which holds a session only inside a unit of work
 * (`RelgraphContext['relgraph']` is one): an operation run by `relgraph.execute` has its session
 * here, and a field executed by plain graphql-js finds here how to open a unit of work of its own.
 */
export type RequestScope = Omit<WriteScope, 'session'> & {
  readonly session?: Session;
  readonly [fieldUnitOfWork]?: FieldUnitOfWork;
};

/**
 * Runs a mutation field in the operation's unit of work, or — when the operation has none,
 * because the server executes with plain graphql-js (Apollo Server without `apolloGateway`,
 * graphql-http, ...) — in a unit of work of the field's own. The request's loaders then forget
 * what they read, so that the payload's nested fields, and the fields after this one, see the
 * rows as this field left them.
 *
 * @example
 * inUnitOfWork(context.relgraph, 'createParent', (scope) => writes.create(scope, target, input))
 */
export async function inUnitOfWork<T>(scope: RequestScope, name: string, work: (scope: WriteScope) => Promise<T>): Promise<T> {
  if (scope.session) return work(scope as WriteScope);
  const runField = scope[fieldUnitOfWork];
  if (!runField) {
    throw new Error(
      `${name} ran outside a unit of work, and the GraphQL context cannot open one. Build the context with relgraph.createContext(viewer), or execute with relgraph.execute.`,
    );
  }
  const result = await runField(work);
  scope.loaders.clear();
  return result;
}
