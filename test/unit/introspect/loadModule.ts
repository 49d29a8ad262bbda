/**
 * Loads a written models module as the CLI would: from a file, with its own `import ... from
 * 'relgraph'`. The files go under the repository's `.tmp/` (ignored by git), where 'relgraph'
 * resolves to this repository's sources (package.json "exports", condition `relgraph-source`),
 * so the module's classes are the ones the test's `configure` checks.
 */
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { DeclarativeBase, Inflection } from '../../../src/index.js';

const root = fileURLToPath(new URL('../../../.tmp/', import.meta.url));
const directory = path.join(root, `introspect-${process.pid}`);
let written = 0;

export interface LoadedModels {
  readonly default: DeclarativeBase;
  readonly inflection?: Partial<Inflection>;
  readonly [binding: string]: unknown;
}

/** Writes `source` to a new file (`.ts` or `.mjs`) and imports it. */
export async function loadModule(source: string, format: 'ts' | 'mjs'): Promise<LoadedModels> {
  await mkdir(directory, { recursive: true });
  written += 1;
  const file = path.join(directory, `models-${written}.${format}`);
  await writeFile(file, source);
  return (await import(pathToFileURL(file).href)) as LoadedModels;
}

/** Removes the files written, and `.tmp/` itself when nothing else is in it. */
export async function removeModules(): Promise<void> {
  await rm(directory, { recursive: true, force: true });
  await rmdir(root).catch(() => undefined);
}
