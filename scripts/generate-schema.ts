/**
 * Writes `schema/schema.graphql`, the SDL of the bookstore example, from
 * `examples/bookstore/models.ts`. With `--check` it writes nothing and exits 1 when the
 * committed file differs from what the models generate.
 *
 * @example
 * npm run generate:schema            # rewrite schema/schema.graphql
 * npm run generate:schema -- --check # fail when it is out of date
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Base from '../examples/bookstore/models.js';
import { buildSchema, configure, printSchemaSdl } from '../src/index.js';

const target = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
const sdl = printSchemaSdl(buildSchema(configure(Base)));

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error('schema/schema.graphql is out of date with examples/bookstore/models.ts. Run: npm run generate:schema');
    process.exitCode = 1;
  }
} else {
  await writeFile(target, sdl);
  console.log(`Wrote ${target}`);
}
