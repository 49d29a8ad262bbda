/** What every resolver finds in the GraphQL context: the request's loaders, and for mutations its unit of work. */
import type { Dialect } from '../dialect/Dialect.js';
import type { Loaders } from '../loaders/Loaders.js';
import type { Session } from '../session/index.js';
import type { Access } from '../access/Access.js';

export interface RelgraphContext {
  readonly relgraph: {
    readonly dialect: Dialect;
    /** The viewer's authorization: row filters, field visibility, write checks. */
    readonly access: Access;
    /** Reads go through these; replaced between the fields of a mutation. */
    loaders: Loaders;
    /** The mutation operation's unit of work; absent for queries. */
    readonly session?: Session;
    /** What the request has cost so far, for logs and metrics. */
    readonly stats: RequestStats;
  };
}

export interface RequestStats {
  /** SQL statements sent for this request (transaction control not counted). */
  statements: number;
  /** In explain mode (development): the statements' time in all, and their SQL when asked for. */
  readonly trace?: { ms: number; readonly sql?: string[] };
}
