/**
 * A diagram as Graphviz DOT: a table-shaped node per box, crow's-foot arrows per edge. The same
 * DOT is what `svg.ts` lays out, so every SVG node carries the `id` and `class` set here
 * (`model-Book`, `relgraph-model`), which the server's diagram page uses to find a model's box.
 */
import type { Diagram, DiagramBox, DiagramColumn, DiagramEdge, EndCount } from './describeMapping.js';
import { edgeLabel } from './edgeLabel.js';
import { boxHeading, boxSubtitle, boxTitle } from './boxText.js';

/** Graphviz arrow shapes, listed from the node outwards: a crow's foot or a bar, then a ring or a second bar. */
const arrow: Record<EndCount, string> = { one: 'teetee', 'zero-or-one': 'teeodot', many: 'crowodot' };

const headerColour: Record<DiagramBox['kind'], string> = {
  model: '#dbe8f7',
  association: '#fbe7b5',
  'link-table': '#e4e4e4',
};

/**
 * The SVG id of a box: `model-Book` for a model (association objects included), `table-book_genre`
 * for a plain `secondary` table.
 */
export function boxElementId(box: DiagramBox): string {
  return box.model === undefined ? `table-${box.table}` : `model-${box.model}`;
}

/**
 * @example
 * renderDot(describeMapping(configure(Base)))
 * // digraph relgraph {
 * //   "Publisher" [id="model-Publisher" class="relgraph-model" label=<...>];
 * //   "Publisher" -> "Book" [id="edge-Publisher.books" arrowtail="teetee" arrowhead="crowodot" label="books / publisher\none-to-many"];
 * // }
 */
export function renderDot(diagram: Diagram): string {
  const lines = [
    'digraph relgraph {',
    '  graph [rankdir="LR" nodesep="0.4" ranksep="1.1" fontname="Helvetica" bgcolor="white"];',
    '  node [shape="plain" fontname="Helvetica" fontsize="11"];',
    '  edge [dir="both" fontname="Helvetica" fontsize="10" color="#4b5563" fontcolor="#1f2937"];',
    ...diagram.boxes.map((box) => `  ${nodeLine(box)}`),
    ...diagram.edges.flatMap((edge) => edgeLines(edge).map((line) => `  ${line}`)),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

function nodeLine(box: DiagramBox): string {
  const classes =
    box.kind === 'link-table'
      ? 'relgraph-link-table'
      : box.kind === 'association'
        ? 'relgraph-model relgraph-association'
        : 'relgraph-model';
  const header = `<tr><td colspan="3" bgcolor="${headerColour[box.kind]}"><b>${html(boxHeading(box))}</b><br/><font point-size="9">${html(boxSubtitle(box))}</font></td></tr>`;
  const rows = [
    ...box.columns.map(columnRow),
    ...box.proxies.map(
      (proxy) =>
        `<tr><td align="left"><font color="#6b7280">proxy</font></td><td align="left"><i>${html(proxy.name)}</i></td><td align="left"><font color="#6b7280">${html(`${proxy.target}[] through ${proxy.through}`)}</font></td></tr>`,
    ),
  ];
  const label = `<<table border="0" cellborder="1" cellspacing="0" cellpadding="4" bgcolor="white">${header}${rows.join('')}</table>>`;
  return `${quoted(box.id)} [id=${quoted(boxElementId(box))} class=${quoted(classes)} tooltip=${quoted(boxTitle(box))} label=${label}];`;
}

function columnRow(column: DiagramColumn): string {
  const keys = [column.primaryKey && 'PK', column.references.length > 0 && 'FK', column.unique && !column.primaryKey && 'UK']
    .filter(Boolean)
    .join(' ');
  const type = column.typeArguments.length > 0 ? `${column.type}(${column.typeArguments.join(', ')})` : column.type;
  const references = column.references.map((target) => ` → ${target}`).join('');
  const name = column.primaryKey ? `<u>${html(column.name)}</u>` : html(column.name);
  return `<tr><td align="left">${keys ? `<b>${keys}</b>` : ' '}</td><td align="left">${name}</td><td align="left"><font color="#6b7280">${html(type + references)}</font></td></tr>`;
}

function edgeLines(edge: DiagramEdge): string[] {
  const { names, cardinality, notes } = edgeLabel(edge);
  const label = [names, cardinality, ...notes].join('\n');
  const style = edge.viewonly ? ' style="dashed"' : '';
  const classes = quoted(`relgraph-edge ${cardinality}${edge.viewonly ? ' viewonly' : ''}`);
  const from = quoted(edge.from.box);
  const to = quoted(edge.to.box);
  const id = (suffix: string) => quoted(`edge-${edge.id}${suffix}`);
  if (edge.through === undefined) {
    return [
      `${from} -> ${to} [id=${id('')} class=${classes} arrowtail="${arrow[edge.from.count]}" arrowhead="${arrow[edge.to.count]}" label=${quoted(label)}${style}];`,
    ];
  }
  // A many-to-many goes through its link table: each link row has one row at each end.
  const through = quoted(edge.through);
  return [
    `${from} -> ${through} [id=${id('')} class=${classes} arrowtail="${arrow[edge.from.count]}" arrowhead="${arrow.many}" label=${quoted(label)}${style}];`,
    `${through} -> ${to} [id=${id('-through')} class=${classes} arrowtail="${arrow.many}" arrowhead="${arrow[edge.to.count]}"${style}];`,
  ];
}

/** A DOT double-quoted string; `\n` inside it is Graphviz's centred line break. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Text inside an HTML-like label. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
