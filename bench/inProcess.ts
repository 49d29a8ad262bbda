/**
 * `npm run bench:executor`: the executors alone, in one process, over SQLite holding the bench
 * data set — no HTTP, no yoga, no MariaDB round trips — so that what a change to execution buys
 * shows without the noise of the full bench. For each read workload: CPU ms per operation with
 * the plan executor and with graphql-js, and their ratio; answers are compared byte for byte
 * first. `--handler` measures the whole of `createHandler` instead (yoga and relgraph's plugins,
 * production mode, `yoga.fetch` without a socket): what a request costs beyond execution.
 * `--cpu-prof` (a Node flag) profiles the run.
 *
 *   npm run bench:executor -- [--seconds=3] [--only=W2,W3] [--handler]
 */
import { parse } from 'graphql';
import { createDriver, createHandler, createRelgraph } from 'relgraph';
import { createAll } from '../src/dialect/createAll.js';
import { configure } from '../src/session/configure.js';
import { rows } from './dataset.js';
import Base from './models.js';
import { readWorkloads } from './workloads.js';

const value = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const seconds = Number(value('seconds') ?? 3);
const only = value('only')?.split(',');

const driver = await createDriver('sqlite::memory:');
const mapping = configure(Base);
await createAll(mapping, driver);
for (const table of rows()) {
  for (let i = 0; i < table.rows.length; i += 500) {
    const batch = table.rows.slice(i, i + 500);
    const sql = `INSERT INTO ${table.table} (${table.columns.join(', ')}) VALUES ${batch.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ')}`;
    await driver.execute({ sql, params: batch.flat(), kind: 'insert' });
  }
}

const handler = process.argv.includes('--handler');
type Run = (query: string) => Promise<string>;
const executor = (name: 'plan' | 'graphql-js'): Run => {
  if (handler) {
    const yoga = createHandler(createRelgraph(mapping, { driver, executor: name }), { driver, production: true, logging: false });
    return async (query) =>
      (
        await yoga.fetch('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).text();
  }
  const relgraph = createRelgraph(mapping, { driver, executor: name });
  const documents = new Map<string, ReturnType<typeof parse>>();
  return async (query) => {
    let document = documents.get(query);
    if (!document) documents.set(query, (document = parse(query)));
    return JSON.stringify(await relgraph.execute({ schema: relgraph.schema, document, contextValue: relgraph.createContext() }));
  };
};
const executors = { plan: executor('plan'), 'graphql-js': executor('graphql-js') };
console.log(
  `workload  plan ms/op  graphql-js ms/op  ratio   (${handler ? 'createHandler, production' : 'relgraph.execute'}; ${seconds} s each, SQLite in memory, Node ${process.version})`,
);
for (const workload of readWorkloads) {
  if (only && !only.includes(workload.id)) continue;
  const answers: string[] = [];
  const perOp: number[] = [];
  for (const execute of Object.values(executors)) {
    const run = () => execute(workload.query);
    answers.push(await run());
    // Warm-up: a second of requests, so that the JIT and lazily loaded modules are done with.
    for (const until = performance.now() + 1000; performance.now() < until; ) await run();
    const cpu = process.cpuUsage();
    const until = performance.now() + seconds * 1000;
    let ops = 0;
    while (performance.now() < until) {
      await run();
      ops += 1;
    }
    const used = process.cpuUsage(cpu);
    perOp.push((used.user + used.system) / 1000 / ops);
  }
  if (answers[0] !== answers[1]) throw new Error(`${workload.id}: the executors' answers differ:\n${answers[0]}\n${answers[1]}`);
  const [plan, graphqlJs] = perOp as [number, number];
  console.log(
    `${workload.id.padEnd(8)}  ${plan.toFixed(3).padStart(10)}  ${graphqlJs.toFixed(3).padStart(16)}  ${(graphqlJs / plan).toFixed(2).padStart(5)}×`,
  );
}
await driver.close();
