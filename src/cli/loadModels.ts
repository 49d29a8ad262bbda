/** Loads a models module given on the command line: its default export is a declarative base or a MetaData. */
import path from 'node:path';
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { StartupError, UsageError } from './UsageError.js';
import { isDeclarativeBase, isMetaData, type DeclarativeBase, type MetaData } from '../declare/index.js';

export async function loadModels(file: string): Promise<DeclarativeBase | MetaData> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new UsageError(`The models module "${file}" does not exist.`);
  let module: { default?: unknown };
  try {
    module = (await importModule(absolute)) as { default?: unknown };
  } catch (error) {
    throw new StartupError(`Could not load the models module "${file}": ${(error as Error).message.split('\n')[0]}`);
  }
  const base = unwrapDefault(module.default);
  if (isDeclarativeBase(base) || isMetaData(base)) return base;
  throw new StartupError(`The models module "${file}" must export its declarative base (or its MetaData) as the default export, e.g. "export default Base;", but its default export is ${base === undefined ? 'missing' : typeof base}.`);
}

const typeScriptFile = /\.(ts|tsx|mts|cts)$/;

/**
 * `.js`/`.mjs` load with Node's own loader. TypeScript needs tsx: its loader hooks are
 * registered on the first TypeScript import only, so JavaScript models never load it. The hooks
 * are process-wide (not tsx's isolated `tsImport`), so that the models module's own
 * `import ... from 'relgraph'` reaches this very copy of relgraph, whose classes the CLI checks;
 * `typeScriptAsModule` keeps a CommonJS package's `.ts` files ES modules for the same reason.
 */
export async function importModule(absolute: string): Promise<unknown> {
  if (typeScriptFile.test(absolute)) await registerTypeScript();
  return import(pathToFileURL(absolute).href);
}

let typeScriptRegistered: Promise<void> | undefined;

function registerTypeScript(): Promise<void> {
  typeScriptRegistered ??= (async () => {
    const { register: registerTsx } = await import('tsx/esm/api');
    registerTsx();
    // Registered after tsx, so it runs before tsx's resolver and hands it the format.
    register(new URL(`./typeScriptAsModule${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  })();
  return typeScriptRegistered;
}

/**
 * A CommonJS models module compiled from `export default Base` arrives as
 * `{ default: { default: Base, ... } }` when imported from an ES module.
 */
function unwrapDefault(value: unknown): unknown {
  if (isDeclarativeBase(value) || isMetaData(value)) return value;
  const inner = (value as { default?: unknown } | undefined)?.default;
  return inner !== undefined && (isDeclarativeBase(inner) || isMetaData(inner)) ? inner : value;
}
