/**
 * relgraph's Prometheus metrics, through prom-client: requests by outcome, latency, SQL
 * statements, waits for a database connection and transaction retries. `listen()` serves them
 * as Prometheus text at `/metrics`; `createHandler({ metrics })` records them.
 */
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** How a request ended, as the `outcome` label says it. */
export type RequestOutcome = 'ok' | 'graphql_error' | 'client_error' | 'server_error' | 'database_unavailable';

export interface Metrics {
  readonly registry: Registry;
  /** Call when a request's response is ready. */
  recordRequest(event: {
    readonly operation: string;
    readonly outcome: RequestOutcome;
    readonly durationMs: number;
    readonly statements: number;
  }): void;
  /** Call when a statement had to wait for a database connection. */
  recordConnectionWait(waitedMs: number): void;
  /** Call when a mutation operation is rerun after a deadlock or lock-wait timeout. */
  recordRetry(): void;
  /** The Prometheus text exposition of every metric. */
  render(): Promise<string>;
}

export interface MetricsOptions {
  /** A registry of your own, e.g. prom-client's global `register`; default a new one. */
  readonly registry?: Registry;
  /** Node process metrics (CPU, memory, event-loop lag, handles) too. Default true. */
  readonly processMetrics?: boolean;
  /** Prefix of every metric name. Default `relgraph_`. */
  readonly prefix?: string;
}

/**
 * @example
 * const metrics = createMetrics();
 * const handler = createHandler(Base, { driver, metrics });
 * await listen(handler, driver, { port: 4000, logger, metrics }); // GET /metrics
 */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = options.registry ?? new Registry();
  const prefix = options.prefix ?? 'relgraph_';
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix });
  const requests = new Counter({
    name: `${prefix}requests_total`,
    help: 'GraphQL requests by operation type (query, mutation, none) and outcome (ok, graphql_error, client_error, server_error, database_unavailable).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: `${prefix}request_duration_seconds`,
    help: 'Time from a GraphQL request arriving to its response being ready, by operation type.',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const statements = new Counter({
    name: `${prefix}statements_total`,
    help: 'SQL statements that GraphQL requests sent to the database (transaction control not counted).',
    registers: [registry],
  });
  const connectionWaits = new Histogram({
    name: `${prefix}connection_wait_seconds`,
    help: 'Waits for a free database connection: how many statements had to wait, and how long.',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const retries = new Counter({
    name: `${prefix}transaction_retries_total`,
    help: 'Mutation operations rerun after a deadlock or lock-wait timeout.',
    registers: [registry],
  });
  return {
    registry,
    recordRequest({ operation, outcome, durationMs, statements: count }) {
      requests.inc({ operation, outcome });
      duration.observe({ operation }, durationMs / 1000);
      if (count > 0) statements.inc(count);
    },
    recordConnectionWait: (waitedMs) => connectionWaits.observe(waitedMs / 1000),
    recordRetry: () => retries.inc(),
    render: () => registry.metrics(),
  };
}
