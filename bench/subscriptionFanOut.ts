/**
 * `npm run bench:subscriptions`: what one event costs a server that has many subscribers of
 * it. In one process, over the bench dataset on a throwaway MariaDB (or SQLite): `--subscribers`
 * subscriptions of `parentChanged` with one payload selection (the parent, its children and its
 * tags; with `--distinct`, each with a `where` of its own), then `--events` updates of parents, one at a time, each waited for until every
 * subscriber has it. Printed: statements and server CPU per event, and the milliseconds from the
 * mutation's answer to the last subscriber's payload.
 *
 *   npm run bench:subscriptions -- [--subscribers=1000] [--events=40] [--database=mariadb|sqlite] [--distinct]
 */
import { parse, subscribe } from 'graphql';
import { configure, createDriver, createRelgraph } from 'relgraph';
import { openBenchDatabase } from './inProcessDatabase.js';
import Base from './models.js';

const value = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const subscribers = Number(value('subscribers') ?? 1000);
const events = Number(value('events') ?? 40);
const database = value('database') ?? 'mariadb';

const benchDatabase = await openBenchDatabase(database);
let statements = 0;
const driver = await createDriver(benchDatabase.url, { connectionLimit: 10, onStatement: () => void statements++ });
const mapping = configure(Base);
await benchDatabase.fill(driver, mapping);
const relgraph = createRelgraph(mapping, { driver });
// `--distinct`: each subscriber's `where` its own, so that no two send the same SELECT.
const distinct = process.argv.includes('--distinct');
const selection = (i: number) =>
  `subscription { parentChanged${distinct ? `(where: { id: { lt: ${1_000_000 + i} } })` : ''} { operation id parent { id name children { id name } tags { id label } } } }`;

try {
  /** Payloads delivered in all; `wake` is called each time every subscriber has one more. */
  let delivered = 0;
  let wake: (() => void) | undefined;
  const streams = await Promise.all(
    Array.from({ length: subscribers }, async (_, i) => {
      const subscribed = await subscribe({
        schema: relgraph.schema,
        document: parse(selection(i)),
        contextValue: relgraph.createContext(),
      });
      if (!(Symbol.asyncIterator in subscribed)) throw new Error(`subscribe: ${JSON.stringify(subscribed.errors)}`);
      const stream = subscribed as AsyncGenerator<{ errors?: unknown }>;
      void (async () => {
        for await (const result of stream) {
          if (result.errors) throw new Error(`subscriber ${i}: ${JSON.stringify(result.errors)}`);
          delivered += 1;
          if (delivered % subscribers === 0) wake?.();
        }
      })();
      return stream;
    }),
  );
  const update = (n: number) =>
    relgraph.execute({
      schema: relgraph.schema,
      document: parse(`mutation { updateParent(id: ${1 + (n % 20)}, input: { name: "fan-out ${n}" }) { id } }`),
      contextValue: relgraph.createContext(),
    });
  const oneEvent = async (n: number): Promise<number> => {
    const all = new Promise<void>((resolve) => {
      wake = resolve;
    });
    const result = await update(n);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const answered = performance.now();
    await all;
    return performance.now() - answered;
  };
  // Warm-up: the JIT, the prepared statements. Every update writes a new name (an unchanged one
  // would write nothing and publish nothing).
  for (let n = 0; n < 5; n++) await oneEvent(n);
  statements = 0;
  const cpu = process.cpuUsage();
  let latency = 0;
  for (let n = 5; n < 5 + events; n++) latency += await oneEvent(n);
  const used = process.cpuUsage(cpu);
  // Each update itself: BEGIN, its SELECT, UPDATE, COMMIT (the payload is not read again).
  const perEvent = statements / events;
  console.log(
    `${subscribers} subscribers ${distinct ? 'each of its own kind' : 'of one kind'}, ${events} events on ${database}: ${perEvent.toFixed(1)} statements per event (the mutation's own included), ` +
      `server CPU ${((used.user + used.system) / 1000 / events).toFixed(1)} ms per event, last payload ${(latency / events).toFixed(1)} ms after the mutation's answer (Node ${process.version})`,
  );
  for (const stream of streams) await stream.return(undefined);
} finally {
  await relgraph.changes?.close();
  await driver.close();
  await benchDatabase.stop();
}
