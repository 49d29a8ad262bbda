/**
 * `type DeletePreview`, what every `previewDeleteM` answers with, and its parts: the rows a
 * delete would delete, set to NULL, unlink, or leave to the database, grouped per model and
 * relationship, with their keys (`docs/graphql-surface.md`, "Delete preview").
 */
import { GraphQLBoolean, GraphQLEnumType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } from 'graphql';
import { GraphQLJSON } from './scalars.js';
import { scalarOrigin, type SchemaContext } from './SchemaContext.js';

/**
 * @example
 * printType(deletePreviewType(context))
 * // type DeletePreview { deleted: [DeletePreviewRows!]!  nulled: [...]  unlinked: [...]  handledByDatabase: [...]  refused: Boolean! }
 */
export function deletePreviewType(context: SchemaContext): GraphQLObjectType {
  const name = context.inflection.deletePreviewType();
  return context.memo(name, "the delete previews' type", () => {
    const rows = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(deletePreviewRowsType(context))));
    return new GraphQLObjectType({
      name,
      description:
        'What a delete mutation would do, worked out by the code that does it, without writing anything. Each list holds one entry per model and relationship.',
      fields: {
        deleted: {
          type: rows,
          description: "The rows the delete would delete: first the row it names, then the rows its relationships' delete cascades reach.",
        },
        nulled: {
          type: rows,
          description:
            'The rows that would stay, with their foreign key to a deleted row set to NULL (a one-to-many without a delete cascade). `fields` names the key.',
        },
        unlinked: {
          type: rows,
          description: "The rows of many-to-many links (of the relationship's secondary table) that the delete would delete.",
        },
        handledByDatabase: {
          type: rows,
          description:
            "The rows that reference a deleted row and that relgraph leaves to the database's ON DELETE rule (`onDelete`): through a relationship with passiveDeletes, or through a foreign key that no relationship of the deleted row's model writes. Only the rows that reference a deleted row directly: not what the database's own cascades reach from them.",
        },
        refused: {
          type: new GraphQLNonNull(GraphQLBoolean),
          description:
            "True when, by the declared foreign keys, the database would refuse the delete, so that it would fail with CONSTRAINT_VIOLATION and change nothing: a row under nulled whose key may not be NULL, or a row under handledByDatabase whose rule is RESTRICT or NO_ACTION (or SET_NULL on a NOT NULL key). False does not promise success: the database's own cascades may meet such a rule further on.",
        },
      },
    });
  });
}

function deletePreviewRowsType(context: SchemaContext): GraphQLObjectType {
  const name = context.inflection.deletePreviewRowsType();
  context.names.register(GraphQLJSON.name, scalarOrigin(GraphQLJSON.name));
  return context.memo(
    name,
    "the delete previews' rows type",
    () =>
      new GraphQLObjectType({
        name,
        description: 'Rows that a delete would touch in one way, of one model, reached through one relationship.',
        fields: {
          model: {
            type: GraphQLString,
            description:
              'The rows\' model, e.g. "Book"; null for the rows of a many-to-many relationship\'s secondary table, which has no model.',
          },
          relationship: {
            type: GraphQLString,
            description:
              'The relationship through which the delete reaches them, as Model.field, e.g. "Author.bookAuthors"; null for the row the delete names, and for a foreign key that no relationship of the deleted row\'s model writes.',
          },
          fields: {
            type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))),
            description:
              'Under nulled and handledByDatabase: the fields of the rows\' foreign key to the deleted row, e.g. ["parentId"]; empty under deleted and unlinked.',
          },
          onDelete: {
            type: referentialActionEnum(context),
            description:
              "Under handledByDatabase: the foreign key's declared ON DELETE rule, NO_ACTION when it declares none; null under the other lists.",
          },
          refuses: {
            type: new GraphQLNonNull(GraphQLBoolean),
            description: 'The database would refuse the delete because of these rows (see DeletePreview.refused).',
          },
          count: { type: new GraphQLNonNull(GraphQLInt), description: 'How many rows.' },
          keys: {
            type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLJSON))),
            description:
              'Each row\'s primary key, as an object of the model\'s key fields, e.g. {"id": 3}, with values as the fields return them. For a secondary table without a model, its link columns: {"bookId": 1, "genreId": 4}.',
          },
        },
      }),
  );
}

function referentialActionEnum(context: SchemaContext): GraphQLEnumType {
  const name = context.inflection.referentialActionEnum();
  return context.memo(
    name,
    "the delete previews' ON DELETE rule enum",
    () =>
      new GraphQLEnumType({
        name,
        description: "A foreign key's ON DELETE rule, as declared with ForeignKey(..., { onDelete }).",
        values: {
          CASCADE: { value: 'CASCADE', description: 'The database deletes the referencing row too.' },
          SET_NULL: { value: 'SET NULL', description: "The database sets the referencing row's foreign key to NULL." },
          RESTRICT: { value: 'RESTRICT', description: 'The database refuses the delete while the row is referenced.' },
          NO_ACTION: {
            value: 'NO ACTION',
            description: 'The database refuses the delete while the row is referenced (also a foreign key that declares no rule).',
          },
        },
      }),
  );
}
