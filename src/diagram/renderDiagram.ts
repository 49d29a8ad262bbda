/** `renderDiagram(mapping, { format })`: the entity-relationship diagram of a mapping, as Mermaid, DOT or SVG. */
import type { Mapping } from '../mapper/index.js';
import { inspect } from '../util/inspect.js';
import { describeMapping } from './describeMapping.js';
import { renderDot } from './dot.js';
import { renderMermaid } from './mermaid.js';
import { renderSvg } from './svg.js';

/** `mermaid` (the default) renders in GitHub and GitLab Markdown; `dot` is Graphviz input; `svg` is laid out by Graphviz. */
export const diagramFormats = ['mermaid', 'svg', 'dot'] as const;
export type DiagramFormat = (typeof diagramFormats)[number];

export interface RenderDiagramOptions {
  /** Default `mermaid`. */
  readonly format?: DiagramFormat;
}

export function isDiagramFormat(value: unknown): value is DiagramFormat {
  return (diagramFormats as readonly unknown[]).includes(value);
}

/**
 * @example
 * const mapping = configure(Base);
 * await renderDiagram(mapping);                    // 'erDiagram\n    "Parent"["Parent (left)"] {\n ...'
 * await renderDiagram(mapping, { format: 'svg' }); // '<?xml version="1.0" ...?>\n...<svg ...>...</svg>\n'
 */
export async function renderDiagram(mapping: Mapping, options: RenderDiagramOptions = {}): Promise<string> {
  const format = options.format ?? 'mermaid';
  if (!isDiagramFormat(format)) {
    throw new TypeError(
      `renderDiagram() takes format ${diagramFormats.map((name) => `"${name}"`).join(', ')}, but got: ${inspect(format)}.`,
    );
  }
  const diagram = describeMapping(mapping);
  switch (format) {
    case 'mermaid':
      return renderMermaid(diagram);
    case 'dot':
      return renderDot(diagram);
    case 'svg':
      return renderSvg(renderDot(diagram));
  }
}
