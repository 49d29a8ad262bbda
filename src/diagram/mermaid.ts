/**
 * A diagram as Mermaid `erDiagram` text, which GitHub and GitLab render inside a ```mermaid
 * block. Every name and label is quoted, so that a model called `Style`, `Class` or `Tool` is
 * not read as one of the grammar's keywords (`style`, `class`, `to`), and a `viewonly` edge is
 * dashed (Mermaid's non-identifying line).
 */
import type { Diagram, DiagramBox, DiagramColumn, DiagramEdge, EndCount } from './describeMapping.js';
import { boxTitle } from './boxText.js';
import { edgeLabelLine } from './edgeLabel.js';

/** Crow's-foot ends as Mermaid writes them, on the left and on the right of the line. */
const leftEnd: Record<EndCount, string> = { one: '||', 'zero-or-one': '|o', many: '}o' };
const rightEnd: Record<EndCount, string> = { one: '||', 'zero-or-one': 'o|', many: 'o{' };

/**
 * @example
 * renderMermaid(describeMapping(configure(Base)))
 * // erDiagram
 * //     "Publisher"["Publisher (publisher)"] {
 * //         Integer id PK
 * //         ...
 * //     "Publisher" ||--o{ "Book" : "books / publisher: one-to-many"
 */
export function renderMermaid(diagram: Diagram): string {
  const lines = ['erDiagram'];
  for (const box of diagram.boxes) lines.push(...boxLines(box));
  for (const edge of diagram.edges) lines.push(...edgeLines(edge));
  return `${lines.join('\n')}\n`;
}

function boxLines(box: DiagramBox): string[] {
  const attributes = [
    ...box.columns.map(columnLine),
    ...box.proxies.map(
      (proxy) => `${word(`${proxy.target}[]`)} ${word(proxy.name)} ${quoted(`association proxy through ${proxy.through}`)}`,
    ),
  ];
  return [`    ${quoted(box.id)}[${quoted(boxTitle(box))}] {`, ...attributes.map((line) => `        ${line}`), '    }'];
}

function columnLine(column: DiagramColumn): string {
  const keys = [column.primaryKey && 'PK', column.references.length > 0 && 'FK', column.unique && !column.primaryKey && 'UK'].filter(
    Boolean,
  );
  // Mermaid's attribute type takes one word with parentheses, but no comma: `Numeric(10, 2)` is written `Numeric`.
  const type = column.typeArguments.length === 1 ? `${column.type}(${column.typeArguments[0]})` : column.type;
  return [
    word(type),
    attributeName(column.name),
    ...(keys.length > 0 ? [keys.join(', ')] : []),
    ...(column.references.length > 0 ? [quoted(column.references.join(' and '))] : []),
  ].join(' ');
}

function edgeLines(edge: DiagramEdge): string[] {
  const line = edge.viewonly ? '..' : '--';
  const from = quoted(edge.from.box);
  const to = quoted(edge.to.box);
  const label = quoted(edgeLabelLine(edge));
  if (edge.through === undefined) return [`    ${from} ${leftEnd[edge.from.count]}${line}${rightEnd[edge.to.count]} ${to} : ${label}`];
  // A many-to-many goes through its link table: each link row has one row at each end.
  const through = quoted(edge.through);
  return [
    `    ${from} ${leftEnd[edge.from.count]}${line}${rightEnd.many} ${through} : ${label}`,
    `    ${through} ${leftEnd.many}${line}${rightEnd[edge.to.count]} ${to} : ""`,
  ];
}

/** A double-quoted name or label; the grammar has no escape, so quotes and `%` (which ends a quoted name) are dropped. */
function quoted(text: string): string {
  return `"${text.replace(/["%\\#;]/g, '')}"`;
}

/**
 * An attribute's type or name: letters, digits, `_`, parentheses and brackets, starting with a
 * letter or `_`. Mermaid allows `-` too, but `pk-x` would then be read as the key marker `PK`.
 */
function word(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_()[\]]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** A column named `pk`, `fk` or `uk` would be read as a key marker. */
function attributeName(name: string): string {
  const cleaned = word(name);
  return /^(pk|fk|uk)$/i.test(cleaned) ? `${cleaned}_` : cleaned;
}
