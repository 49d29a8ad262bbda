/**
 * The HTML of the diagram page the server shows beside GraphiQL: the SVG laid out on the server,
 * each box's details as JSON, and a few lines of inline script that show a clicked box's details
 * in a side panel. Nothing is fetched, so it works offline and behind firewalls, as the bundled
 * GraphiQL does.
 */

/** What the side panel shows for one box, keyed by its SVG id (`model-Book`, `table-book_genre`). */
export interface DiagramPageBox {
  /** `Book (book)`, `book_genre (link table)`. */
  readonly title: string;
  /** The GraphQL object type's name; undefined for a link table, which has none. */
  readonly typeName: string | undefined;
  /** The object type as SDL. */
  readonly sdl: string | undefined;
  /** `Query.book(id: Int!): Book`, `Mutation.createBook(input: BookCreateInput!): Book!`, ... */
  readonly rootFields: readonly string[];
  /** The edges that touch the box, as labelled: `Publisher ↔ Book: books / publisher: one-to-many`. */
  readonly relationships: readonly string[];
}

export interface DiagramPage {
  /** The `<svg>` element, from `renderInlineSvg`. */
  readonly svg: string;
  readonly boxes: Readonly<Record<string, DiagramPageBox>>;
  /** Where GraphiQL is, for a link to it; undefined when GraphiQL is off. */
  readonly graphiqlUrl: string | undefined;
}

/**
 * @example
 * diagramPageHtml({ svg, boxes: { 'model-Book': { title: 'Book (book)', typeName: 'Book', ... } }, graphiqlUrl: '/graphql' })
 * // '<!doctype html><html lang="en">...'
 */
export function diagramPageHtml(page: DiagramPage): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>relgraph: the models</title>
<style>${styles}</style>
</head>
<body>
<header>
  <h1>relgraph: the models</h1>
  <span class="legend">Click a box for its GraphQL type. Crow's feet: many; bar: one; ring: optional; dashed: viewonly.</span>
  ${page.graphiqlUrl === undefined ? '' : `<a href="${attribute(page.graphiqlUrl)}">GraphiQL</a>`}
</header>
<main>
  <section id="diagram" aria-label="Entity-relationship diagram">${page.svg}</section>
  <aside id="details" aria-live="polite"><p class="hint">Click a model to see its GraphQL type and the root fields that read and write it.</p></aside>
</main>
<script type="application/json" id="relgraph-diagram-data">${scriptJson(page.boxes)}</script>
<script>${script}</script>
</body>
</html>
`;
}

const styles = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2937; height: 100vh; display: flex; flex-direction: column; }
header { display: flex; align-items: baseline; gap: 16px; padding: 8px 16px; border-bottom: 1px solid #e5e7eb; background: #f9fafb; }
header h1 { font-size: 16px; margin: 0; }
header .legend { color: #6b7280; flex: 1; }
main { flex: 1; display: flex; min-height: 0; }
#diagram { flex: 1; overflow: auto; padding: 12px; }
#details { width: 440px; overflow: auto; padding: 12px 16px; border-left: 1px solid #e5e7eb; background: #fcfcfd; }
#details h2 { font-size: 16px; margin: 0 0 4px; }
#details h3 { font-size: 13px; margin: 16px 0 4px; color: #4b5563; text-transform: uppercase; letter-spacing: 0.04em; }
#details pre { background: #f3f4f6; padding: 8px; border-radius: 4px; overflow: auto; font-size: 12px; }
#details ul { margin: 0; padding-left: 18px; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
#details .hint, #details .none { color: #6b7280; }
g.relgraph-model, g.relgraph-link-table { cursor: pointer; }
g.relgraph-model:focus, g.relgraph-link-table:focus { outline: none; }
g.selected { filter: drop-shadow(0 0 3px #2563eb) drop-shadow(0 0 1px #2563eb); }
`;

/** Builds the panel with textContent only: the SDL and names are data, never markup. */
const script = `
(() => {
  const boxes = JSON.parse(document.getElementById('relgraph-diagram-data').textContent);
  const panel = document.getElementById('details');
  const element = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const list = (title, items, empty) => {
    panel.append(element('h3', title));
    if (items.length === 0) return panel.append(element('p', empty, 'none'));
    const ul = element('ul');
    for (const item of items) ul.append(element('li', item));
    panel.append(ul);
  };
  const show = (id) => {
    const box = boxes[id];
    if (!box) return;
    for (const selected of document.querySelectorAll('g.selected')) selected.classList.remove('selected');
    document.getElementById(id)?.classList.add('selected');
    panel.replaceChildren(element('h2', box.title));
    if (box.typeName) {
      panel.append(element('h3', 'GraphQL type ' + box.typeName), element('pre', box.sdl, 'sdl'));
      list('Root fields', box.rootFields, 'None.');
    } else {
      panel.append(element('p', 'A link table: it has no GraphQL type of its own; the relationships below read and write its rows.', 'none'));
    }
    list('Relationships', box.relationships, 'None.');
    history.replaceState(null, '', '#' + encodeURIComponent(id));
  };
  for (const id of Object.keys(boxes)) {
    const node = document.getElementById(id);
    if (!node) continue;
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.addEventListener('click', () => show(id));
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        show(id);
      }
    });
  }
  if (location.hash) show(decodeURIComponent(location.hash.slice(1)));
})();
`;

/** JSON inside `<script>`: `<` escaped, so that no `</script>` in a description can end the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
