/**
 * Loads a models module given on the command line: its default export is a declarative base or a
 * MetaData; an `inflection` export, if any, overrides generated names (as `buildSchema`'s
 * `inflection` option does) for `generate` and `serve`.
 */
import path from 'node:path';
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { StartupError, UsageError } from './UsageError.js';
import { isDeclarativeBase, isMetaData, type DeclarativeBase, type MetaData } from '../declare/index.js';
import { defaultInflection, type Inflection } from '../inflect/inflection.js';
import { didYouMean } from '../util/didYouMean.js';

export interface ModelsModule {
  readonly base: DeclarativeBase | MetaData;
  /** `export const inflection = { listField: ... }`: name overrides. */
  readonly inflection: Partial<Inflection> | undefined;
}

export async function loadModels(file: string): Promise<DeclarativeBase | MetaData> {
  return (await loadModelsModule(file)).base;
}

/**
 * @example
 * // models.ts: export const inflection = { listField: (model) => `all${model.name}s` }; export default Base;
 * const { base, inflection } = await loadModelsModule('models.ts');
 */
export async function loadModelsModule(file: string): Promise<ModelsModule> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new UsageError(`The models module "${file}" does not exist.`);
  let module: { default?: unknown; inflection?: unknown };
  try {
    module = (await importModule(absolute)) as { default?: unknown; inflection?: unknown };
  } catch (error) {
    throw new StartupError(`Could not load the models module "${file}": ${(error as Error).message.split('\n')[0]}`);
  }
  const base = unwrapDefault(module.default);
  // A CommonJS module's named exports arrive on its default export.
  const inflection = module.inflection ?? (module.default as { inflection?: unknown } | undefined)?.inflection;
  if (isDeclarativeBase(base) || isMetaData(base)) return { base, inflection: checkInflection(inflection, file) };
  throw new StartupError(
    `The models module "${file}" must export its declarative base (or its MetaData) as the default export, e.g. "export default Base;", but its default export is ${base === undefined ? 'missing' : typeof base}.`,
  );
}

/** An `inflection` export must name inflection functions only, each a function. */
function checkInflection(value: unknown, file: string): Partial<Inflection> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) {
    throw new StartupError(
      `The models module "${file}" exports inflection as ${value === null ? 'null' : typeof value}; export an object of name functions, e.g. { listField: (model) => ... }.`,
    );
  }
  const names = Object.keys(defaultInflection);
  for (const [name, function_] of Object.entries(value)) {
    if (!names.includes(name))
      throw new StartupError(
        `The models module "${file}" exports inflection.${name}, which is not an inflection function.${didYouMean(name, names)} The functions are in docs/graphql-surface.md, "Generated names".`,
      );
    if (typeof function_ !== 'function')
      throw new StartupError(`The models module "${file}" exports inflection.${name} as ${typeof function_}; it must be a function.`);
  }
  return value as Partial<Inflection>;
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
