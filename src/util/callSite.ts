/** Finds where the user's code called into relgraph, to print the origin of a declaration. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const srcRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * Returns `"examples/seed/one-to-many.ts:12"` for the first stack frame outside relgraph's
 * `src/` folder, relative to the working directory, or `undefined` when there is none.
 */
export function callSite(): string | undefined {
  const stack = new Error().stack?.split('\n').slice(1) ?? [];
  for (const frame of stack) {
    const match = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):\d+\)?$/.exec(frame.trim());
    if (!match) continue;
    const file = match[1]!.startsWith('file://') ? fileURLToPath(match[1]!) : match[1]!;
    if (file.startsWith(srcRoot + path.sep) || file.startsWith('node:') || !path.isAbsolute(file)) continue;
    if (file.includes(`${path.sep}node_modules${path.sep}`)) continue;
    return `${path.relative(process.cwd(), file)}:${match[2]}`;
  }
  return undefined;
}
