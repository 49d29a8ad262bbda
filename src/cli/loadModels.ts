/** Loads a models module given on the command line: its default export is a declarative base or a MetaData. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { isDeclarativeBase, isMetaData, type DeclarativeBase, type MetaData } from '../declare/index.js';

export class CliError extends Error {}

export async function loadModels(file: string): Promise<DeclarativeBase | MetaData> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new CliError(`The models module "${file}" does not exist.`);
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(absolute).href)) as { default?: unknown };
  } catch (error) {
    const hint = /\.ts$/.test(file) ? ' A .ts models module outside an ES-module package ("type": "module") loads as CommonJS; name it .mts, or add "type": "module" to its package.json.' : '';
    throw new CliError(`Could not load the models module "${file}": ${(error as Error).message.split('\n')[0]}${hint}`);
  }
  const base = module.default;
  if (isDeclarativeBase(base) || isMetaData(base)) return base;
  throw new CliError(`The models module "${file}" must export its declarative base (or its MetaData) as the default export, e.g. "export default Base;", but its default export is ${base === undefined ? 'missing' : typeof base}.`);
}
