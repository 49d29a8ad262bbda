/**
 * Writes docs/deployment/ (a page per `relgraph serve` setting, and an index) from
 * `src/server/settings.ts`. With `--check` it writes nothing and exits 1 when a committed page
 * differs from what the settings generate.
 *
 * @example
 * npm run generate:docs            # rewrite docs/deployment/
 * npm run generate:docs -- --check # fail when it is out of date
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deploymentPages } from './deploymentDocs.js';

const directory = fileURLToPath(new URL('../docs/deployment/', import.meta.url));
const pages = deploymentPages();

if (process.argv.includes('--check')) {
  for (const [name, content] of pages) {
    if ((await readFile(path.join(directory, name), 'utf8').catch(() => '')) !== content) {
      console.error(`docs/deployment/${name} is out of date with src/server/settings.ts. Run: npm run generate:docs`);
      process.exitCode = 1;
    }
  }
} else {
  await mkdir(directory, { recursive: true });
  for (const [name, content] of pages) await writeFile(path.join(directory, name), content);
  console.log(`Wrote ${pages.size} pages to ${directory}`);
}
