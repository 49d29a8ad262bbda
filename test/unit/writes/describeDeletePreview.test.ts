/**
 * `writes/describeDeletePreview.ts` without executing GraphQL: a delete preview's groups answered
 * as `type DeletePreview`, keys serialized as the fields that show them serialize them.
 */
import { describe, expect, it } from 'vitest';
import {
  BigInteger,
  Column,
  ForeignKey,
  Integer,
  Table,
  buildSchema,
  configure,
  declarativeBase,
  relationship,
} from '../../../src/index.js';
import { createInflection } from '../../../src/inflect/inflection.js';
import { describeDeletePreview } from '../../../src/writes/describeDeletePreview.js';
import type { DeletePreviewGroups, PreviewGroup } from '../../../src/writes/previewDelete.js';

const Base = declarativeBase();
const association = Table(
  'association',
  Base.metadata,
  Column('left_id', BigInteger, ForeignKey('left.id')),
  Column('right_id', Integer, ForeignKey('right.id')),
);
Base.model('Parent', {
  tableName: 'left',
  id: Column(BigInteger, { primaryKey: true }),
  children: relationship('Child', { secondary: association, backPopulates: 'parents' }),
});
Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  parents: relationship('Parent', { secondary: association, backPopulates: 'children' }),
});
const mapping = configure(Base);
const schema = buildSchema(mapping);
const inflection = createInflection();
const Parent = mapping.model('Parent')!;
const children = Parent.relationships.find((r) => r.name === 'children')!;
const secondary = children.secondary!;

function group(table: PreviewGroup['table'], keys: unknown[][], extra: Partial<PreviewGroup> = {}): PreviewGroup {
  const keyColumns = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
  return {
    table,
    via: undefined,
    columns: [],
    onDelete: null,
    refuses: false,
    rows: keys.map((key) => ({ table, model: table.model, keyColumns, key, instance: undefined })),
    ...extra,
  };
}

describe('writes: describeDeletePreview', () => {
  it('names models and relationships as the schema does, and sends keys as their fields send them', () => {
    const groups: DeletePreviewGroups = {
      deleted: [group(Parent.table, [[7n]])],
      nulled: [],
      unlinked: [
        group(
          secondary,
          [
            [7n, 2],
            [7n, null],
          ],
          { via: children, columns: secondary.columns },
        ),
      ],
      handledByDatabase: [],
      refused: false,
    };
    expect(describeDeletePreview(groups, schema, inflection)).toEqual({
      deleted: [{ model: 'Parent', relationship: null, fields: [], onDelete: null, refuses: false, count: 1, keys: [{ id: '7' }] }],
      nulled: [],
      unlinked: [
        {
          model: null,
          relationship: 'Parent.children',
          fields: ['leftId', 'rightId'],
          onDelete: null,
          refuses: false,
          count: 2,
          keys: [
            { leftId: '7', rightId: 2 },
            { leftId: '7', rightId: null },
          ],
        },
      ],
      handledByDatabase: [],
      refused: false,
    });
  });
});
