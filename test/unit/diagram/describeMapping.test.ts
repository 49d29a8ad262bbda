/**
 * What the diagram draws for each seed pattern: the boxes, and one edge per relationship pair
 * with the cardinality the mapper decided and the crow's-foot ends; then how Mermaid and DOT
 * keep odd names valid.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String, configure, declarativeBase, isDeclarativeBase, relationship } from '../../../src/index.js';
import { describeMapping, edgeSentence, renderDot, renderMermaid, renderSvg, type Diagram } from '../../../src/diagram/index.js';

const seedDirectory = new URL('../../../examples/seed/', import.meta.url);

async function seedDiagram(name: string): Promise<Diagram> {
  const { default: base } = (await import(new URL(`${name}.ts`, seedDirectory).href)) as { default: unknown };
  if (!isDeclarativeBase(base)) throw new Error(`examples/seed/${name}.ts exports no declarative base.`);
  return describeMapping(configure(base));
}

/** `zero-or-one/many Parent.children → Child: one-to-many`: the ends' counts, then the edge as the page lists it. */
function edges(diagram: Diagram): string[] {
  return diagram.edges.map((edge) => `${edge.from.count}/${edge.to.count} ${edgeSentence(edge)}`);
}

const expected: Record<string, { boxes: string[]; edges: string[] }> = {
  'one-to-many': {
    boxes: ['Parent:model', 'Child:model'],
    edges: ['zero-or-one/many Parent.children → Child: one-to-many'],
  },
  'one-to-many-back-populates': {
    boxes: ['Parent:model', 'Child:model'],
    edges: ['zero-or-one/many Parent.children ↔ Child.parent: one-to-many'],
  },
  'one-to-many-backref': {
    boxes: ['Parent:model', 'Child:model'],
    edges: ['zero-or-one/many Parent.children ↔ Child.parent: one-to-many'],
  },
  'many-to-one': {
    boxes: ['Parent:model', 'Child:model'],
    edges: ['many/zero-or-one Parent.child → Child: many-to-one'],
  },
  'many-to-one-back-populates': {
    boxes: ['Parent:model', 'Child:model'],
    edges: ['many/zero-or-one Parent.child ↔ Child.parents: many-to-one'],
  },
  'many-to-one-backref': {
    boxes: ['Parent:model', 'Child:model'],
    edges: ['many/zero-or-one Parent.child ↔ Child.parents: many-to-one'],
  },
  'one-to-one': {
    boxes: ['Parent:model', 'Child:model'],
    edges: ['zero-or-one/zero-or-one Parent.child ↔ Child.parent: one-to-one'],
  },
  'one-to-one-backref': {
    boxes: ['Parent:model', 'Child:model'],
    edges: ['zero-or-one/zero-or-one Parent.child ↔ Child.parent: one-to-one'],
  },
  'one-to-one-many-to-one-side': {
    boxes: ['Parent:model', 'Child:model'],
    edges: ['zero-or-one/zero-or-one Parent.child ↔ Child.parent: one-to-one'],
  },
  'many-to-many': {
    boxes: ['Parent:model', 'Child:model', 'association:link-table'],
    edges: ['one/one Parent.children → Child: many-to-many through association'],
  },
  'many-to-many-back-populates': {
    boxes: ['Parent:model', 'Child:model', 'association:link-table'],
    edges: ['one/one Parent.children ↔ Child.parents: many-to-many through association'],
  },
  'many-to-many-backref': {
    boxes: ['Parent:model', 'Child:model', 'association:link-table'],
    edges: ['one/one Parent.children ↔ Child.parents: many-to-many through association'],
  },
  'many-to-many-secondary-name': {
    boxes: ['Parent:model', 'Child:model', 'association:link-table'],
    edges: ['one/one Parent.children ↔ Child.parents: many-to-many through association'],
  },
  'many-to-many-secondary-thunk': {
    boxes: ['Parent:model', 'Child:model', 'association:link-table'],
    edges: ['one/one Parent.children ↔ Child.parents: many-to-many through association'],
  },
  'association-object': {
    boxes: ['Association:association', 'Parent:model', 'Child:model'],
    edges: ['many/one Association.child → Child: many-to-one', 'one/many Parent.children → Association: one-to-many'],
  },
  'association-object-back-populates': {
    boxes: ['Association:association', 'Parent:model', 'Child:model'],
    edges: ['many/one Association.child ↔ Child.parents: many-to-one', 'many/one Association.parent ↔ Parent.children: many-to-one'],
  },
  'association-object-with-secondary': {
    boxes: ['Association:association', 'Parent:model', 'Child:model'],
    edges: [
      'many/one Association.child ↔ Child.parentAssociations: many-to-one',
      'many/one Association.parent ↔ Parent.childAssociations: many-to-one',
      'one/one Parent.children → Child: many-to-many through Association [children: viewonly]',
    ],
  },
  'association-proxy': {
    boxes: ['Association:association', 'Parent:model', 'Child:model'],
    edges: [
      'many/one Association.parent ↔ Parent.childAssociations: many-to-one [childAssociations: delete, delete-orphan]',
      'many/one Association.child → Child: many-to-one',
    ],
  },
};

describe('diagram: the seed patterns', () => {
  it('covers every seed example', () => {
    const seeds = readdirSync(seedDirectory)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(Object.keys(expected).sort()).toEqual(seeds.sort());
  });

  for (const [name, { boxes, edges: edgeList }] of Object.entries(expected)) {
    it(`draws ${name} as the mapper decided it`, async () => {
      const diagram = await seedDiagram(name);
      expect(diagram.boxes.map((box) => `${box.id}:${box.kind}`)).toEqual(boxes);
      expect(edges(diagram)).toEqual(edgeList);
    });
  }

  it('lists the association proxy in its owner box, and marks keys and foreign keys', async () => {
    const diagram = await seedDiagram('association-proxy');
    const parent = diagram.boxes.find((box) => box.id === 'Parent')!;
    expect(parent.proxies).toEqual([{ name: 'children', target: 'Child', through: 'childAssociations.child' }]);
    const association = diagram.boxes.find((box) => box.id === 'Association')!;
    expect(association.columns.map((column) => [column.name, column.primaryKey, column.references])).toEqual([
      ['left_id', true, ['left.id']],
      ['right_id', true, ['right.id']],
      ['extra_data', false, []],
    ]);
  });

  it('lays every seed example out as SVG without a Graphviz error', async () => {
    for (const name of Object.keys(expected)) {
      const svg = await renderSvg(renderDot(await seedDiagram(name)));
      expect(svg, name).toContain('<svg');
      expect(svg, name).toContain('id="model&#45;Parent"');
    }
  });
});

describe('diagram: names the formats could misread', () => {
  function oddModels(): Diagram {
    const Base = declarativeBase();
    Base.model('Style', {
      tableName: 'style',
      pk: Column(Integer, { primaryKey: true }),
      tools: relationship('Tool', { backPopulates: 'style' }),
    });
    Base.model('Tool', {
      tableName: 'tool<&>',
      id: Column(Integer, { primaryKey: true }),
      style_pk: Column(Integer, ForeignKey('style.pk'), { nullable: false }),
      label: Column(String(20)),
      style: relationship('Style', { backPopulates: 'tools' }),
    });
    return describeMapping(configure(Base));
  }

  it('quotes every Mermaid name and keeps a column called "pk" from reading as a key marker', () => {
    const mermaid = renderMermaid(oddModels());
    // Unquoted, `Style` and `Tool` would start the keywords `style` and `to`.
    expect(mermaid).toContain('    "Style"["Style (style)"] {');
    expect(mermaid).toContain('        Integer pk_ PK');
    expect(mermaid).toContain('    "Tool"["Tool (tool<&>)"] {');
    expect(mermaid).toContain('    "Style" ||--o{ "Tool" : "tools / style: one-to-many"');
  });

  it('escapes DOT labels, and Graphviz draws every box', async () => {
    const dot = renderDot(oddModels());
    expect(dot).toContain('tool&lt;&amp;&gt;');
    const svg = await renderSvg(dot);
    expect(svg).toContain('id="model&#45;Style"');
    expect(svg).toContain('id="model&#45;Tool"');
    expect(svg).toContain('tool&lt;&amp;&gt;');
  });
});
