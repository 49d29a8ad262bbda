/**
 * One wrong models module per `MappingError` code that `relgraph serve` can meet, written as the
 * `.mjs` a user would write against the installed package, with the whole message the CLI must
 * print. The declarations are those of `test/errors/mapping-errors.test.ts`, one per line so
 * that a declaration's line is the one its message names.
 */
import type { MappingProblemCode } from '../../src/index.js';

export interface WrongDeclaration {
  readonly code: MappingProblemCode;
  /** The declarations, between `const Base = declarativeBase();` and `export default Base;`. */
  readonly declarations: readonly string[];
  /** The whole message; `at(text)` is `"<file>:<line>"` of the line that contains `text`. */
  message(at: (text: string) => string): string;
}

const header = [
  "import { Column, ForeignKey, Integer, LargeBinary, String, Table, associationProxy, declarativeBase, relationship } from 'relgraph';",
  '',
  'const Base = declarativeBase();',
];

/** The text of the `.mjs` models module for `wrong`. */
export function moduleSource(wrong: WrongDeclaration): string {
  return [...header, ...wrong.declarations, '', 'export default Base;', ''].join('\n');
}

/** `at` for `wrong` written to `file` (relative to the CLI's working directory). */
export function locate(wrong: WrongDeclaration, file: string): (text: string) => string {
  const lines = moduleSource(wrong).split('\n');
  return (text) => {
    const index = lines.findIndex((line) => line.includes(text));
    if (index < 0) throw new Error(`${wrong.code}: no line of the module contains ${text}`);
    return `${file}:${index + 1}`;
  };
}

const id = 'id: Column(Integer, { primaryKey: true })';
const parent = (attributes = '') => `Base.model('Parent', { tableName: 'parent', ${id}${attributes ? `, ${attributes}` : ''} });`;
const child = (attributes = '') =>
  `Base.model('Child', { tableName: 'child', ${id}, parent_id: Column(Integer, ForeignKey('parent.id'))${attributes ? `, ${attributes}` : ''} });`;
const left = (attributes: string) => `Base.model('Parent', { tableName: 'left', ${id}, ${attributes} });`;
const right = `Base.model('Child', { tableName: 'right', ${id} });`;
const fixedMessage = (message: string) => () => message;

export const wrongDeclarations: readonly WrongDeclaration[] = [
  {
    code: 'duplicate-model',
    declarations: [parent(), `Base.model('Parent', { tableName: 'other_parent', ${id} });`],
    message: (at) => `Model "Parent" is declared twice (again at ${at("'other_parent'")}). Give each model its own name.`,
  },
  {
    code: 'duplicate-table',
    declarations: [
      "Table('association', Base.metadata, Column('left_id', Integer));",
      "Table('association', Base.metadata, Column('right_id', Integer));",
    ],
    message: (at) =>
      `Table "association" is declared twice (again at ${at("'right_id'")}). Declare each table once; map a model to it, or reference it by name.`,
  },
  {
    code: 'duplicate-column',
    declarations: [parent("name: Column(String(50)), title: Column('name', String(50))")],
    message: fixedMessage('Parent (table "parent"): column "name" is declared twice. Give each column its own name.'),
  },
  {
    code: 'unsupported-key-type',
    declarations: ["Base.model('Parent', { tableName: 'parent', picture: Column(LargeBinary, { primaryKey: true }) });"],
    message: fixedMessage(
      'Parent.picture is a LargeBinary column and part of the primary key, which a LargeBinary column cannot be. Key the table by an Integer, String or other plain column.',
    ),
  },
  {
    code: 'no-primary-key',
    declarations: ["Base.model('Parent', { tableName: 'parent', id: Column(Integer) });"],
    message: fixedMessage(
      'Parent: table "parent" has no primary-key column, so its rows cannot be looked up, linked or updated. Add { primaryKey: true } to a column, e.g. id: Column(Integer, { primaryKey: true }).',
    ),
  },
  {
    code: 'invalid-version-column',
    declarations: [`Base.model('Parent', { tableName: 'parent', versionIdCol: 'version', ${id}, version: Column(Integer) });`],
    message: fixedMessage(
      'Parent.version may be NULL, and a NULL version never compares equal, so no write could check it (versionIdCol). Declare it with nullable: false.',
    ),
  },
  {
    code: 'unknown-target',
    declarations: [parent("children: relationship('Chld')"), child()],
    message: fixedMessage(
      'Parent.children: the target "Chld" is not a declared model. Did you mean "Child"? Declare it with Base.model("Chld", ...) on the same base, or correct the name.',
    ),
  },
  {
    code: 'unknown-table',
    declarations: [parent(), `Base.model('Child', { tableName: 'child', ${id}, parent_id: Column(Integer, ForeignKey('parnt.id')) });`],
    message: fixedMessage(
      'Child.parent_id: ForeignKey("parnt.id") refers to table "parnt", which is not declared. Did you mean "parent"? Declare the table, or correct the name.',
    ),
  },
  {
    code: 'unknown-column',
    declarations: [parent(), `Base.model('Child', { tableName: 'child', ${id}, parent_id: Column(Integer, ForeignKey('parent.ident')) });`],
    message: fixedMessage(
      'Child.parent_id: ForeignKey("parent.ident") refers to column "ident" of table "parent", which does not exist. Did you mean "id"?',
    ),
  },
  {
    code: 'invalid-option',
    declarations: [parent("children: relationship('Child', { backPopulate: 'parent' })"), child()],
    message: fixedMessage('Parent.children: relationship() has no option "backPopulate". Did you mean "backPopulates" or "backref"?'),
  },
  {
    code: 'secondary-is-model',
    declarations: [
      `const Association = Base.model('Association', { tableName: 'association', left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }), right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }) });`,
      left("children: relationship('Child', { secondary: Association })"),
      right,
    ],
    message: fixedMessage(
      'Parent.children: secondary is the model Association, but it must be a Table or a table name. Pass secondary: "association" for a plain many-to-many, or relate to Association with a one-to-many as an association object.',
    ),
  },
  {
    code: 'secondary-missing-foreign-key',
    declarations: [
      "Table('association', Base.metadata, Column('left_id', Integer), Column('right_id', Integer));",
      left("children: relationship('Child', { secondary: 'association' })"),
      right,
    ],
    message: fixedMessage(
      'Parent.children: secondary table "association" has no foreign key to "left" or "right". Add ForeignKey("left.id") and ForeignKey("right.id") to its columns.',
    ),
  },
  {
    code: 'no-foreign-key-path',
    declarations: [
      parent("children: relationship('Child')"),
      `Base.model('Child', { tableName: 'child', ${id}, parent_id: Column(Integer) });`,
    ],
    message: fixedMessage(
      'Parent.children: no foreign key links table "parent" to table "child". Add ForeignKey("parent.id") to a column of "child" (or ForeignKey("child.id") to a column of "parent"), or pass secondary for a many-to-many.',
    ),
  },
  {
    code: 'ambiguous-foreign-keys',
    declarations: [parent("children: relationship('Child')"), child("step_parent_id: Column(Integer, ForeignKey('parent.id'))")],
    message: fixedMessage(
      'Parent.children: table "child" has two foreign keys to "parent" (child.parent_id, child.step_parent_id). Pass foreignKeys to choose one.',
    ),
  },
  {
    code: 'ambiguous-direction',
    declarations: [
      parent(
        "child_id: Column(Integer, ForeignKey('child.id')), children: relationship('Child', { foreignKeys: ['child.parent_id', 'parent.child_id'] })",
      ),
      child(),
    ],
    message: fixedMessage(
      'Parent.children: foreignKeys names columns of both "parent" and "child" (parent.child_id, child.parent_id), so the direction is unclear. Name the foreign-key columns of one table only.',
    ),
  },
  {
    code: 'back-populates-missing',
    declarations: [
      parent("children: relationship('Child', { backPopulates: 'parent' })"),
      child("parent: relationship('Parent', { backPopulates: 'childs' })"),
    ],
    message: fixedMessage(
      'Child.parent: backPopulates is "childs", but Parent has no relationship by that name. Did you mean "children"? Declare Parent.childs = relationship("Child", { backPopulates: "parent" }), or correct the name.',
    ),
  },
  {
    code: 'back-populates-not-relationship',
    declarations: [parent("children: relationship('Child', { backPopulates: 'parent_id' })"), child()],
    message: fixedMessage(
      'Parent.children: backPopulates is "parent_id", but Child.parent_id is a column, not a relationship. Name the relationship on Child that points back to Parent.',
    ),
  },
  {
    code: 'back-populates-mismatch',
    declarations: [
      parent("children: relationship('Child', { backPopulates: 'parent', foreignKeys: 'child.parent_id' })"),
      child(
        "step_parent_id: Column(Integer, ForeignKey('parent.id')), parent: relationship('Parent', { backPopulates: 'children', foreignKeys: 'child.step_parent_id' })",
      ),
    ],
    message: fixedMessage(
      'Parent.children: backPopulates is "parent", but Child.parent joins on child.step_parent_id while Parent.children joins on child.parent_id. Pass the same foreignKeys to both.',
    ),
  },
  {
    code: 'backref-and-back-populates',
    declarations: [parent("children: relationship('Child', { backref: 'parent', backPopulates: 'parent' })"), child()],
    message: fixedMessage(
      'Parent.children: backref and backPopulates are both given. Use backPopulates when the reverse relationship is declared on Child, or backref to create it, not both.',
    ),
  },
  {
    code: 'backref-conflict',
    declarations: [parent("children: relationship('Child', { backref: 'parent' })"), child("parent: relationship('Parent')")],
    message: fixedMessage(
      'Parent.children: backref "parent" would create Child.parent, but Child already has an attribute by that name. Rename the backref, or declare the reverse yourself and use backPopulates.',
    ),
  },
  {
    code: 'same-direction',
    declarations: [
      `Base.model('Node', { tableName: 'node', ${id}, parent_id: Column(Integer, ForeignKey('node.id')), children: relationship('Node', { backPopulates: 'parent' }), parent: relationship('Node', { backPopulates: 'children' }) });`,
    ],
    message: fixedMessage(
      'Node.children: backPopulates is "parent", but Node.parent is one-to-many too, and a reverse pair must go opposite ways. Set remoteSide: "id" on Node.parent, the side that refers to one Node, to make it many-to-one.',
    ),
  },
  {
    code: 'invalid-cascade',
    declarations: [parent(), child("parent: relationship('Parent', { cascade: 'all, delete-orphan' })")],
    message: fixedMessage(
      'Child.parent: delete-orphan cascade is for one-to-many relationships, and this one is many-to-one. Put cascade: "all, delete-orphan" on the one-to-many side instead.',
    ),
  },
  {
    code: 'overlapping-relationships',
    declarations: [
      "Base.model('Association', { tableName: 'association', left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }), right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }), extra_data: Column(String(50)), child: relationship('Child', { backref: 'parentAssociations' }), parent: relationship('Parent', { backref: 'childAssociations' }) });",
      left("children: relationship('Child', { secondary: 'association' })"),
      right,
    ],
    message: fixedMessage(
      'Parent.children writes association.left_id and association.right_id, which Association.child, Association.parent, Child.parentAssociations and Parent.childAssociations also write, so one flush could write the same row twice. Mark Parent.children viewonly (the usual choice for a secondary relationship beside an association object), or list the others in its overlaps and write through only one.',
    ),
  },
  {
    code: 'invalid-association-proxy',
    declarations: [
      "Base.model('Association', { tableName: 'association', left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }), right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }), child: relationship('Child') });",
      left(
        "childAssociations: relationship('Association', { cascade: 'all, delete-orphan' }), children: associationProxy('childAsociations', 'child')",
      ),
      right,
    ],
    message: fixedMessage(
      'Parent.children: associationProxy("childAsociations", "child") names relationship "childAsociations", which Parent does not have. Did you mean "childAssociations"? Name the relationship from Parent to the association objects.',
    ),
  },
  {
    // Raised by buildSchema, after `serve` has opened the database (and, with
    // --create-tables, created the tables): the pool must not keep the refusal alive.
    code: 'name-clash',
    declarations: [parent(), child('parentId: Column(Integer)')],
    message: (at) =>
      [
        'Two declarations generate the GraphQL field "Child.parentId":',
        `  Child.parent_id (column, ${at('parentId: Column')})`,
        `  Child.parentId (column, ${at('parentId: Column')})`,
        "Rename one of them, or override the name through buildSchema's inflection option.",
      ].join('\n'),
  },
];

/**
 * The codes of docs/errors.md that `relgraph serve` cannot meet, and why: the CLI takes no
 * authorization policy, so `invalid-policy` is tested through `createHandler` instead.
 */
export const notThroughTheCli: Readonly<Partial<Record<MappingProblemCode, string>>> = {
  'invalid-policy': 'relgraph serve takes no policy; createHandler raises it',
};
