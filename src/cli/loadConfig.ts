/**
 * Finds and reads the config file: `--config <file>`, else `RELGRAPH_CONFIG`, else the first of
 * `relgraph.config.ts`, `.mts`, `.mjs`, `.js`, `.json` in the working directory. A module's
 * default export (or a JSON file's object) holds settings under their config keys
 * (`docs/deployment/`); a relative `models` path is relative to the file.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importModule } from './loadModels.js';
import { UsageError } from './UsageError.js';

const candidates = ['relgraph.config.ts', 'relgraph.config.mts', 'relgraph.config.mjs', 'relgraph.config.js', 'relgraph.config.json'];

export interface LoadedConfig {
  /** The file as the user would name it, for messages. */
  readonly file: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * @example
 * await loadConfig(undefined, process.env) // { file: 'relgraph.config.json', values: { port: 8080 } } or undefined
 */
export async function loadConfig(
  given: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Promise<LoadedConfig | undefined> {
  const named = given ?? (env['RELGRAPH_CONFIG'] || undefined);
  const file = named ?? candidates.find((name) => existsSync(name));
  if (!file) return undefined;
  const where = named && !given ? `RELGRAPH_CONFIG (${file})` : file;
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new UsageError(`The config file ${where} does not exist.`);
  let values: unknown;
  try {
    values = file.endsWith('.json')
      ? JSON.parse(await readFile(absolute, 'utf8'))
      : unwrap(((await importModule(absolute)) as { default?: unknown }).default);
  } catch (error) {
    throw new UsageError(`Could not read the config file ${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new UsageError(
      `The config file ${where} must hold an object of settings (a module: "export default defineConfig({ ... })"), but it holds ${Array.isArray(values) ? 'an array' : typeof values}.`,
    );
  }
  const settings = { ...(values as Record<string, unknown>) };
  if (typeof settings['models'] === 'string' && !path.isAbsolute(settings['models'])) {
    settings['models'] = path.relative(process.cwd(), path.resolve(path.dirname(absolute), settings['models'])) || '.';
  }
  return { file: where, values: settings };
}

/** A CommonJS config module arrives as `{ default: config }` inside the default export. */
function unwrap(value: unknown): unknown {
  const inner = (value as { default?: unknown } | undefined)?.default;
  return typeof inner === 'object' && inner !== null ? inner : value;
}
