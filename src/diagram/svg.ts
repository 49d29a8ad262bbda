/**
 * DOT to SVG with `@viz-js/viz`: Graphviz compiled to WebAssembly and shipped inside the npm
 * package, so it lays out offline, with no native Graphviz, no browser and nothing downloaded
 * at install (mermaid-cli would need Puppeteer's own Chromium). The module (about 1 MB) loads
 * on the first SVG only, and its instance is kept for the next.
 */
import type { Viz } from '@viz-js/viz';

let viz: Promise<Viz> | undefined;

function graphviz(): Promise<Viz> {
  viz ??= import('@viz-js/viz').then((module) => module.instance());
  return viz;
}

/**
 * A standalone SVG document (with its XML declaration), as `relgraph diagram --format svg` writes it.
 *
 * @example
 * await renderSvg('digraph { a -> b }') // '<?xml version="1.0" ...?>\n<!DOCTYPE svg ...>\n<svg ...>...</svg>\n'
 */
export async function renderSvg(dot: string): Promise<string> {
  const instance = await graphviz();
  let result: ReturnType<Viz['render']>;
  try {
    result = instance.render(dot, { format: 'svg', engine: 'dot' });
  } catch (error) {
    // A WebAssembly trap can leave the instance's memory broken: the next diagram gets a new one.
    if (viz && (await viz) === instance) viz = undefined;
    throw error;
  }
  // Graphviz reports a bad label as an error yet still draws the graph, with that node empty.
  const errors = result.errors.filter((error) => error.level === 'error').map((error) => error.message);
  if (result.status === 'failure' || errors.length > 0) throw new Error(`Graphviz could not lay out the diagram: ${errors.join(' ')}`);
  return result.output;
}

/**
 * The `<svg>` element alone, to place inside an HTML page: the XML declaration, doctype and
 * comments of a standalone document have no place there.
 *
 * @example
 * await renderInlineSvg('digraph { a -> b }') // '<svg width="62pt" ...>...</svg>'
 */
export async function renderInlineSvg(dot: string): Promise<string> {
  const document = await renderSvg(dot);
  return document.slice(document.indexOf('<svg')).replace(/<!--[\s\S]*?-->\n?/g, '');
}
