/**
 * Regenerates the golden SDL beside each seed example: `examples/seed/<name>.graphql` from the
 * `Base` that `examples/seed/<name>.ts` exports by default. `test/patterns/` fails when a file
 * here is out of date. Then the diagrams: `<name>.mmd` and `diagrams.md` (`seedDiagrams.ts`).
 *
 * @example
 * npm run generate:examples
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSchema, configure, isDeclarativeBase, printSchemaSdl } from '../src/index.js';
import { seedDiagramFiles } from './seedDiagrams.js';

const seedDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'seed');

async function main(): Promise<void> {
  const modules = (await readdir(seedDirectory)).filter((file) => file.endsWith('.ts')).sort();
  for (const file of modules) {
    const { default: base } = (await import(pathToFileURL(path.join(seedDirectory, file)).href)) as { default: unknown };
    if (!isDeclarativeBase(base)) {
      throw new TypeError(`examples/seed/${file} must export its declarative base as the default export.`);
    }
    const target = path.join(seedDirectory, file.replace(/\.ts$/, '.graphql'));
    await writeFile(target, printSchemaSdl(buildSchema(configure(base))));
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
  for (const [file, content] of await seedDiagramFiles()) {
    await writeFile(path.join(seedDirectory, file), content);
    console.log(`wrote ${path.relative(process.cwd(), path.join(seedDirectory, file))}`);
  }
}

await main();
