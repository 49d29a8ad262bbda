/**
 * `relgraph diagram <models> [--format mermaid|svg|dot] [--out file]`: the models'
 * entity-relationship diagram. The models module loads and is checked exactly as `generate`
 * does it, so bad declarations print the same problems with the same exit code.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configure } from '../session/configure.js';
import { buildSchema } from '../schema/index.js';
import { diagramFormats, isDiagramFormat, renderDiagram, type DiagramFormat } from '../diagram/index.js';
import { didYouMean } from '../util/didYouMean.js';
import { onlyModels } from './generate.js';
import { loadModelsModule } from './loadModels.js';
import { parseArgs } from './parseArgs.js';
import { commandUsage } from './usage.js';
import { UsageError } from './UsageError.js';

export async function diagram(args: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(args, 'diagram', {
    format: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  });
  if (flags.get('help')) {
    process.stdout.write(`${commandUsage('diagram')}\n`);
    return 0;
  }
  const out = flags.get('out') as string | undefined;
  // Checked before the models module loads: a usage error needs no declarations.
  const format = getValidFormat(flags.get('format') as string | undefined, out);
  const models = onlyModels(positionals, 'diagram');
  const { base, inflection } = await loadModelsModule(models);
  const mapping = configure(base);
  // As `generate` does: declarations whose schema cannot be built (two names clash) are refused here too.
  buildSchema(mapping, inflection ? { inflection } : {});
  const text = await renderDiagram(mapping, { format });
  if (out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, text);
  process.stderr.write(`relgraph: wrote ${out}\n`);
  return 0;
}

const formatOfExtension: Readonly<Record<string, DiagramFormat>> = {
  '.mmd': 'mermaid',
  '.mermaid': 'mermaid',
  '.svg': 'svg',
  '.dot': 'dot',
  '.gv': 'dot',
};

/**
 * `--format`, else the one `--out`'s extension names (`erd.svg` is SVG), else Mermaid.
 *
 * @example
 * getValidFormat(undefined, 'erd.svg') // 'svg'
 * getValidFormat('png', undefined)     // UsageError: --format must be one of mermaid, svg, dot, but got "png".
 */
function getValidFormat(given: string | undefined, out: string | undefined): DiagramFormat {
  if (given === undefined) return (out && formatOfExtension[path.extname(out).toLowerCase()]) || 'mermaid';
  if (isDiagramFormat(given)) return given;
  throw new UsageError(`--format must be one of ${diagramFormats.join(', ')}, but got "${given}".${didYouMean(given, diagramFormats)}`);
}
