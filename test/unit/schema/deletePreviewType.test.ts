/** The delete preview's surface: `previewDeleteM` beside every `deleteM`, its shared types, and their names. */
import { isObjectType, printType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  Column,
  ForeignKey,
  Integer,
  MappingError,
  buildSchema,
  configure,
  declarativeBase,
  defaultInflection,
  relationship,
} from '../../../src/index.js';

function seed() {
  const Base = declarativeBase();
  Base.model('Parent', {
    tableName: 'parent',
    id: Column(Integer, { primaryKey: true }),
    children: relationship('Child', { backPopulates: 'parent' }),
  });
  Base.model('Child', {
    tableName: 'child',
    id: Column(Integer, { primaryKey: true }),
    parent_id: Column(Integer, ForeignKey('parent.id')),
    parent: relationship('Parent', { backPopulates: 'children' }),
  });
  Base.model('Association', {
    tableName: 'association',
    left_id: Column(Integer, ForeignKey('parent.id'), { primaryKey: true }),
    right_id: Column(Integer, ForeignKey('child.id'), { primaryKey: true }),
  });
  return Base;
}

function mutationFields(schema: GraphQLSchema): Record<string, string> {
  const type = schema.getMutationType()!;
  return Object.fromEntries(
    Object.values(type.getFields()).map((field) => [
      field.name,
      `(${field.args.map((arg) => `${arg.name}: ${arg.type}`).join(', ')}): ${field.type}`,
    ]),
  );
}

describe('schema: delete preview', () => {
  it('adds previewDeleteM beside each deleteM, with the same key arguments, answering DeletePreview!', () => {
    const fields = mutationFields(buildSchema(configure(seed())));
    expect(fields.previewDeleteParent).toBe('(id: Int!): DeletePreview!');
    expect(fields.previewDeleteChild).toBe('(id: Int!): DeletePreview!');
    expect(fields.previewDeleteAssociation).toBe('(leftId: Int!, rightId: Int!): DeletePreview!');
    expect(defaultInflection.deletePreviewMutation(configure(seed()).model('Parent')!)).toBe('previewDeleteParent');
  });

  it('shares one DeletePreview type, whose lists hold DeletePreviewRows', () => {
    const schema = buildSchema(configure(seed()));
    const preview = schema.getType('DeletePreview');
    const rows = schema.getType('DeletePreviewRows');
    expect(isObjectType(preview) && isObjectType(rows)).toBe(true);
    expect(
      printType(preview!)
        .replace(/\s*"""[\s\S]*?"""/g, '')
        .trim(),
    ).toBe(
      [
        'type DeletePreview {',
        '  deleted: [DeletePreviewRows!]!',
        '  nulled: [DeletePreviewRows!]!',
        '  unlinked: [DeletePreviewRows!]!',
        '  handledByDatabase: [DeletePreviewRows!]!',
        '  refused: Boolean!',
        '}',
      ].join('\n'),
    );
    expect(
      printType(rows!)
        .replace(/\s*"""[\s\S]*?"""/g, '')
        .trim(),
    ).toBe(
      [
        'type DeletePreviewRows {',
        '  model: String',
        '  relationship: String',
        '  fields: [String!]!',
        '  onDelete: ReferentialAction',
        '  refuses: Boolean!',
        '  count: Int!',
        '  keys: [JSON!]!',
        '}',
      ].join('\n'),
    );
    // GraphiQL's docs: every field says what it holds.
    for (const type of [preview, rows]) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) expect(field.description, `${type.name}.${field.name}`).toBeTruthy();
    }
  });

  it('reserves the type names: a model named DeletePreview clashes, and both are named', () => {
    const Base = seed();
    const declaredAt = Base.model('DeletePreview', { tableName: 'delete_preview', id: Column(Integer, { primaryKey: true }) }).declaredAt;
    let error: unknown;
    try {
      buildSchema(configure(Base));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(MappingError);
    expect((error as MappingError).problems).toEqual([
      {
        code: 'name-clash',
        message: [
          'Two declarations generate the GraphQL type "DeletePreview":',
          `  DeletePreview (model, ${declaredAt})`,
          "  the delete previews' type",
          "Rename one of them, or override the name through buildSchema's inflection option.",
        ].join('\n'),
      },
    ]);
  });

  it('takes its names from the inflection option', () => {
    const schema = buildSchema(configure(seed()), {
      inflection: { deletePreviewMutation: (model) => `whatIfDelete${model.name}`, deletePreviewType: () => 'DeleteImpact' },
    });
    expect(mutationFields(schema).whatIfDeleteParent).toBe('(id: Int!): DeleteImpact!');
    expect(mutationFields(schema).previewDeleteParent).toBeUndefined();
  });
});
