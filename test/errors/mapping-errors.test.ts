/**
 * One test per wrong declaration: the whole message and the code of each problem that
 * `configure()` or `buildSchema()` reports (docs/errors.md has a section per code).
 */
import { describe, expect, it } from 'vitest';
import {
  BigInteger,
  Column,
  DateTime,
  ForeignKey,
  Integer,
  JSON,
  LargeBinary,
  MappingError,
  Set,
  String,
  Table,
  associationProxy,
  backref,
  buildSchema,
  configure,
  declarativeBase,
  relationship,
  type Attributes,
  type DeclarativeBase,
  type MappingProblemCode,
} from '../../src/index.js';

/** Declares on a fresh base, then returns the MappingError that configure() (and buildSchema()) throws. */
function mappingError(declare: (Base: DeclarativeBase) => void, options: { buildSchema?: boolean } = {}): MappingError {
  const Base = declarativeBase();
  declare(Base);
  try {
    const mapping = configure(Base);
    if (options.buildSchema) buildSchema(mapping);
  } catch (error) {
    if (error instanceof MappingError) return error;
    throw error;
  }
  throw new Error('Expected a MappingError, but the declarations were accepted.');
}

/** Asserts that exactly one problem was reported, with this code and this whole message. */
function expectProblem(error: MappingError, code: MappingProblemCode, message: string): void {
  expect(error.problems).toEqual([{ code, message }]);
  expect(error.message).toBe(message);
}

function accepts(declare: (Base: DeclarativeBase) => void): void {
  const Base = declarativeBase();
  declare(Base);
  expect(() => buildSchema(configure(Base))).not.toThrow();
}

/** `Parent` (table `parent`) with the attributes given. */
function declareParent(Base: DeclarativeBase, attributes: Attributes = {}) {
  return Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }), ...attributes });
}

/** `Child` (table `child`, `parent_id` a foreign key to `parent.id`) with the attributes given. */
function declareChild(Base: DeclarativeBase, attributes: Attributes = {}) {
  return Base.model('Child', {
    tableName: 'child',
    id: Column(Integer, { primaryKey: true }),
    parent_id: Column(Integer, ForeignKey('parent.id')),
    ...attributes,
  });
}

/** The seed's association object: `Association` over table `association`, between `left` and `right`. */
function declareAssociationObject(Base: DeclarativeBase, parentOptions: Parameters<typeof relationship>[1] = {}): void {
  Base.model('Association', {
    tableName: 'association',
    left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
    right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
    extra_data: Column(String(50)),
    child: relationship('Child', { backref: 'parentAssociations' }),
    parent: relationship('Parent', { backref: 'childAssociations' }),
  });
  Base.model('Parent', {
    tableName: 'left',
    id: Column(Integer, { primaryKey: true }),
    children: relationship('Child', { secondary: 'association', ...parentOptions }),
  });
  Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
}

describe('configure: names', () => {
  it('reports a relationship target that is not a declared model', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Chld') });
      declareChild(Base);
    });
    expectProblem(
      error,
      'unknown-target',
      'Parent.children: the target "Chld" is not a declared model. Did you mean "Child"? Declare it with Base.model("Chld", ...) on the same base, or correct the name.',
    );
  });

  it('reports a target function that returns something other than a model', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship((() => 42) as never) });
      declareChild(Base);
    });
    expectProblem(
      error,
      'unknown-target',
      'Parent.children: the target function returned 42. Return a model declared with Base.model(), e.g. () => Child.',
    );
  });

  it('reports a ForeignKey to an undeclared table', () => {
    const error = mappingError((Base) => {
      declareParent(Base);
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('parnt.id')),
      });
    });
    expectProblem(
      error,
      'unknown-table',
      'Child.parent_id: ForeignKey("parnt.id") refers to table "parnt", which is not declared. Did you mean "parent"? Declare the table, or correct the name.',
    );
  });

  it('reports a secondary named by a string that is not a declared table', () => {
    const error = mappingError((Base) => {
      Table(
        'association',
        Base.metadata,
        Column('left_id', Integer, ForeignKey('left.id')),
        Column('right_id', Integer, ForeignKey('right.id')),
      );
      Base.model('Parent', {
        tableName: 'left',
        id: Column(Integer, { primaryKey: true }),
        children: relationship('Child', { secondary: 'asociation' }),
      });
      Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
    });
    expectProblem(
      error,
      'unknown-table',
      'Parent.children: secondary names table "asociation", which is not declared in this metadata. Did you mean "association"? Declare it with Table("asociation", Base.metadata, ...).',
    );
  });

  it('reports a ForeignKey to a column the table does not have', () => {
    const error = mappingError((Base) => {
      declareParent(Base);
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('parent.ident')),
      });
    });
    expectProblem(
      error,
      'unknown-column',
      'Child.parent_id: ForeignKey("parent.ident") refers to column "ident" of table "parent", which does not exist. Did you mean "id"?',
    );
  });

  it('lists the columns when a ForeignKey names none close to a real one', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { name: Column(String(50)) });
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('parent.key')),
      });
    });
    expectProblem(
      error,
      'unknown-column',
      'Child.parent_id: ForeignKey("parent.key") refers to column "key" of table "parent", which does not exist. Its columns are "id", "name".',
    );
  });

  it('reports foreignKeys naming a column of neither table', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { foreignKeys: 'child.parnt_id' }) });
      declareChild(Base);
    });
    expectProblem(
      error,
      'unknown-column',
      'Parent.children: foreignKeys names "child.parnt_id", which is not a column of "parent" or "child". Did you mean "child.parent_id" or "child.id"?',
    );
  });

  it('reports orderBy naming a column the target does not have', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { orderBy: 'nam desc' }) });
      declareChild(Base, { name: Column(String(50)) });
    });
    expectProblem(
      error,
      'unknown-column',
      'Parent.children: orderBy "nam desc" does not name a column of Child. Did you mean "name"? Write a column attribute, optionally followed by "asc" or "desc".',
    );
  });

  it('reports an option relationship() does not have', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { backPopulate: 'parent' } as never) });
      declareChild(Base);
    });
    expectProblem(
      error,
      'invalid-option',
      'Parent.children: relationship() has no option "backPopulate". Did you mean "backPopulates" or "backref"?',
    );
  });
});

describe('configure: models and tables', () => {
  it('reports a model without a primary key', () => {
    const error = mappingError((Base) => {
      Base.model('Parent', { tableName: 'parent', id: Column(Integer) });
    });
    expectProblem(
      error,
      'no-primary-key',
      'Parent: table "parent" has no primary-key column, so its rows cannot be looked up, linked or updated. Add { primaryKey: true } to a column, e.g. id: Column(Integer, { primaryKey: true }).',
    );
  });

  it('reports a model name declared twice', () => {
    let declaredAt: string | undefined;
    const error = mappingError((Base) => {
      declareParent(Base);
      declaredAt = Base.model('Parent', { tableName: 'other_parent', id: Column(Integer, { primaryKey: true }) }).declaredAt;
    });
    expect(declaredAt).toMatch(/^test\/errors\/mapping-errors\.test\.ts:\d+$/);
    expectProblem(error, 'duplicate-model', `Model "Parent" is declared twice (again at ${declaredAt}). Give each model its own name.`);
  });

  it('reports a table name declared twice', () => {
    let declaredAt: string | undefined;
    const error = mappingError((Base) => {
      Table('association', Base.metadata, Column('left_id', Integer));
      declaredAt = Table('association', Base.metadata, Column('right_id', Integer)).declaredAt;
    });
    expectProblem(
      error,
      'duplicate-table',
      `Table "association" is declared twice (again at ${declaredAt}). Declare each table once; map a model to it, or reference it by name.`,
    );
  });

  it('reports two columns with the same SQL name', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { name: Column(String(50)), title: Column('name', String(50)) });
    });
    expectProblem(error, 'duplicate-column', 'Parent (table "parent"): column "name" is declared twice. Give each column its own name.');
  });

  it('reports a Set, LargeBinary or JSON column in a key', () => {
    const error = mappingError((Base) => {
      Base.model('Film', { tableName: 'film', features: Column(Set(['Trailers', 'Commentaries']), { primaryKey: true }) });
      Table(
        'film_picture',
        Base.metadata,
        Column('picture', LargeBinary, ForeignKey('film.features')),
        Column('data', JSON, { primaryKey: true }),
      );
    });
    expect(error.problems).toEqual([
      {
        code: 'unsupported-key-type',
        message:
          'Film.features is a Set column and part of the primary key, which a Set column cannot be. Key the table by an Integer, String or other plain column.',
      },
      {
        code: 'unsupported-key-type',
        message:
          'Table "film_picture", column "picture" is a LargeBinary column and a foreign key, which a LargeBinary column cannot be. Key the table by an Integer, String or other plain column.',
      },
      {
        code: 'unsupported-key-type',
        message:
          'Table "film_picture", column "data" is a JSON column and part of the primary key, which a JSON column cannot be. Key the table by an Integer, String or other plain column.',
      },
    ]);
  });
});

describe('configure: version column (versionIdCol)', () => {
  const versioned = (Base: DeclarativeBase, versionIdCol: unknown, attributes: Attributes) =>
    Base.model('Parent', {
      tableName: 'parent',
      versionIdCol: versionIdCol as string,
      id: Column(Integer, { primaryKey: true }),
      ...attributes,
    });

  it('accepts a NOT NULL Integer, BigInteger or DateTime column', () => {
    accepts((Base) => versioned(Base, 'version', { version: Column(Integer, { nullable: false }) }));
    accepts((Base) => versioned(Base, 'version', { version: Column(BigInteger, { nullable: false }) }));
    accepts((Base) => versioned(Base, 'updated_at', { updated_at: Column(DateTime, { nullable: false }) }));
  });

  it('reports a name that is not a column', () => {
    const error = mappingError((Base) => versioned(Base, 'verison', { version: Column(Integer, { nullable: false }) }));
    expectProblem(
      error,
      'invalid-version-column',
      'Parent: versionIdCol names "verison", but Parent has no column by that name. Did you mean "version"? Declare the column, e.g. version: Column(Integer, { nullable: false }), or correct the name.',
    );
  });

  it('reports a relationship named as the version column', () => {
    const error = mappingError((Base) => {
      versioned(Base, 'children', { children: relationship('Child') });
      declareChild(Base);
    });
    expectProblem(
      error,
      'invalid-version-column',
      'Parent: versionIdCol names "children", which is a relationship, not a column. Name an Integer, BigInteger or DateTime column of Parent, e.g. version: Column(Integer, { nullable: false }).',
    );
  });

  it('reports an option that is not a name', () => {
    const error = mappingError((Base) => versioned(Base, Column(Integer, { nullable: false }), {}));
    expectProblem(
      error,
      'invalid-version-column',
      'Parent: versionIdCol expects the attribute name of a column as a string, e.g. versionIdCol: \'version\', but got: { kind: "column", type: { kind: "integer" }, foreignKeys: [], options: { nullable: false } }.',
    );
  });

  it('reports a column of a type that cannot count versions', () => {
    const error = mappingError((Base) => versioned(Base, 'version', { version: Column(String(20), { nullable: false }) }));
    expectProblem(
      error,
      'invalid-version-column',
      'Parent.version is a String column, so it cannot be the version column (versionIdCol). Name an Integer, BigInteger or DateTime column, e.g. version: Column(Integer, { nullable: false }).',
    );
  });

  it('reports a nullable version column', () => {
    const error = mappingError((Base) => versioned(Base, 'version', { version: Column(Integer) }));
    expectProblem(
      error,
      'invalid-version-column',
      'Parent.version may be NULL, and a NULL version never compares equal, so no write could check it (versionIdCol). Declare it with nullable: false.',
    );
  });

  it('reports a primary-key column', () => {
    const error = mappingError((Base) => versioned(Base, 'id', {}));
    expectProblem(
      error,
      'invalid-version-column',
      'Parent.id is part of the primary key, so it cannot be the version column (versionIdCol): a key identifies the row and never changes. Add a column of its own, e.g. version: Column(Integer, { nullable: false }).',
    );
  });

  it('reports a foreign-key column', () => {
    const error = mappingError((Base) => {
      versioned(Base, 'owner_id', { owner_id: Column(Integer, ForeignKey('owner.id'), { nullable: false }) });
      Base.model('Owner', { tableName: 'owner', id: Column(Integer, { primaryKey: true }) });
    });
    expectProblem(
      error,
      'invalid-version-column',
      'Parent.owner_id is a foreign key, so links write it; it cannot also be the version column (versionIdCol). Add a column of its own, e.g. version: Column(Integer, { nullable: false }).',
    );
  });

  it('reports a writable secondary over a versioned association object, and accepts a viewonly one', () => {
    const declare = (Base: DeclarativeBase, viewonly: boolean) => {
      Base.model('Parent', {
        tableName: 'left',
        id: Column(Integer, { primaryKey: true }),
        children: relationship('Child', { secondary: 'association', viewonly }),
      });
      Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
      Base.model('Association', {
        tableName: 'association',
        versionIdCol: 'version',
        left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
        right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
        version: Column(Integer, { nullable: false }),
      });
    };
    const error = mappingError((Base) => declare(Base, false));
    expectProblem(
      error,
      'invalid-version-column',
      'Parent.children writes table "association" as its secondary, but that is the table of Association, whose rows carry a version (versionIdCol "version") that the link rows would not keep. Mark Parent.children viewonly and write the links as Association objects, or remove versionIdCol.',
    );
    accepts((Base) => declare(Base, true));
  });
});

describe('configure: reverse relationships', () => {
  it('reports backPopulates naming a missing attribute, with a suggestion', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { backPopulates: 'parent' }) });
      declareChild(Base, { parent: relationship('Parent', { backPopulates: 'childs' }) });
    });
    expectProblem(
      error,
      'back-populates-missing',
      'Child.parent: backPopulates is "childs", but Parent has no relationship by that name. Did you mean "children"? Declare Parent.childs = relationship("Child", { backPopulates: "parent" }), or correct the name.',
    );
  });

  it('reports backPopulates naming a column', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { backPopulates: 'parent_id' }) });
      declareChild(Base);
    });
    expectProblem(
      error,
      'back-populates-not-relationship',
      'Parent.children: backPopulates is "parent_id", but Child.parent_id is a column, not a relationship. Name the relationship on Child that points back to Parent.',
    );
  });

  it('reports backPopulates naming a relationship to another model', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { backPopulates: 'sibling' }) });
      declareChild(Base, {
        sibling_id: Column(Integer, ForeignKey('child.id')),
        sibling: relationship('Child', { remoteSide: 'id' }),
      });
    });
    expectProblem(
      error,
      'back-populates-mismatch',
      'Parent.children: backPopulates is "sibling", but Child.sibling points to Child, not to Parent. Name a relationship of Child whose target is Parent.',
    );
  });

  it('reports a reverse whose own backPopulates names another relationship', () => {
    const error = mappingError((Base) => {
      declareParent(Base, {
        children: relationship('Child', { backPopulates: 'parent' }),
        kids: relationship('Child', { viewonly: true }),
      });
      declareChild(Base, { parent: relationship('Parent', { backPopulates: 'kids' }) });
    });
    expectProblem(
      error,
      'back-populates-mismatch',
      'Parent.children: backPopulates is "parent", but Child.parent has backPopulates "kids", not "children". Make each of the two name the other.',
    );
  });

  it('reports a pair that joins on different foreign keys, once', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { backPopulates: 'parent', foreignKeys: 'child.parent_id' }) });
      declareChild(Base, {
        step_parent_id: Column(Integer, ForeignKey('parent.id')),
        parent: relationship('Parent', { backPopulates: 'children', foreignKeys: 'child.step_parent_id' }),
      });
    });
    expectProblem(
      error,
      'back-populates-mismatch',
      'Parent.children: backPopulates is "parent", but Child.parent joins on child.step_parent_id while Parent.children joins on child.parent_id. Pass the same foreignKeys to both.',
    );
  });

  it('reports backref and backPopulates given together', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { backref: 'parent', backPopulates: 'parent' }) });
      declareChild(Base);
    });
    expectProblem(
      error,
      'backref-and-back-populates',
      'Parent.children: backref and backPopulates are both given. Use backPopulates when the reverse relationship is declared on Child, or backref to create it, not both.',
    );
  });

  it('reports a backref whose name the target already uses', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { backref: 'parent' }) });
      declareChild(Base, { parent: relationship('Parent') });
    });
    expectProblem(
      error,
      'backref-conflict',
      'Parent.children: backref "parent" would create Child.parent, but Child already has an attribute by that name. Rename the backref, or declare the reverse yourself and use backPopulates.',
    );
  });

  it('reports a self-referential pair that is one-to-many both ways (remoteSide missing)', () => {
    const error = mappingError((Base) => {
      Base.model('Node', {
        tableName: 'node',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('node.id')),
        children: relationship('Node', { backPopulates: 'parent' }),
        parent: relationship('Node', { backPopulates: 'children' }),
      });
    });
    expectProblem(
      error,
      'same-direction',
      'Node.children: backPopulates is "parent", but Node.parent is one-to-many too, and a reverse pair must go opposite ways. Set remoteSide: "id" on Node.parent, the side that refers to one Node, to make it many-to-one.',
    );
  });

  it('accepts the self-referential pair once remoteSide makes one side many-to-one', () => {
    accepts((Base) => {
      Base.model('Node', {
        tableName: 'node',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('node.id')),
        children: relationship('Node', { backPopulates: 'parent' }),
        parent: relationship('Node', { backPopulates: 'children', remoteSide: 'id' }),
      });
    });
  });
});

describe('configure: join conditions', () => {
  it('reports two foreign-key paths between the same tables without foreignKeys', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child') });
      declareChild(Base, { step_parent_id: Column(Integer, ForeignKey('parent.id')) });
    });
    expectProblem(
      error,
      'ambiguous-foreign-keys',
      'Parent.children: table "child" has two foreign keys to "parent" (child.parent_id, child.step_parent_id). Pass foreignKeys to choose one.',
    );
  });

  it('accepts the two paths once foreignKeys chooses one', () => {
    accepts((Base) => {
      declareParent(Base, { children: relationship('Child', { foreignKeys: 'child.parent_id' }) });
      declareChild(Base, { step_parent_id: Column(Integer, ForeignKey('parent.id')) });
    });
  });

  it('reports foreignKeys that name columns of both tables', () => {
    const error = mappingError((Base) => {
      declareParent(Base, {
        child_id: Column(Integer, ForeignKey('child.id')),
        children: relationship('Child', { foreignKeys: ['child.parent_id', 'parent.child_id'] }),
      });
      declareChild(Base);
    });
    expectProblem(
      error,
      'ambiguous-direction',
      'Parent.children: foreignKeys names columns of both "parent" and "child" (parent.child_id, child.parent_id), so the direction is unclear. Name the foreign-key columns of one table only.',
    );
  });

  it('reports two tables that no foreign key links', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child') });
      Base.model('Child', { tableName: 'child', id: Column(Integer, { primaryKey: true }), parent_id: Column(Integer) });
    });
    expectProblem(
      error,
      'no-foreign-key-path',
      'Parent.children: no foreign key links table "parent" to table "child". Add ForeignKey("parent.id") to a column of "child" (or ForeignKey("child.id") to a column of "parent"), or pass secondary for a many-to-many.',
    );
  });

  it('reports a secondary without a foreign key to either side', () => {
    const error = mappingError((Base) => {
      Table('association', Base.metadata, Column('left_id', Integer), Column('right_id', Integer));
      Base.model('Parent', {
        tableName: 'left',
        id: Column(Integer, { primaryKey: true }),
        children: relationship('Child', { secondary: 'association' }),
      });
      Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
    });
    expectProblem(
      error,
      'secondary-missing-foreign-key',
      'Parent.children: secondary table "association" has no foreign key to "left" or "right". Add ForeignKey("left.id") and ForeignKey("right.id") to its columns.',
    );
  });

  it('reports a secondary without a foreign key to the target', () => {
    const error = mappingError((Base) => {
      Table('association', Base.metadata, Column('left_id', Integer, ForeignKey('left.id')), Column('right_id', Integer));
      Base.model('Parent', {
        tableName: 'left',
        id: Column(Integer, { primaryKey: true }),
        children: relationship('Child', { secondary: 'association' }),
      });
      Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
    });
    expectProblem(
      error,
      'secondary-missing-foreign-key',
      'Parent.children: secondary table "association" has no foreign key to "right". Add ForeignKey("right.id") to one of its columns.',
    );
  });

  it("reports a secondary with two foreign keys to the owner's table", () => {
    const error = mappingError((Base) => {
      Table(
        'association',
        Base.metadata,
        Column('left_id', Integer, ForeignKey('left.id')),
        Column('other_left_id', Integer, ForeignKey('left.id')),
        Column('right_id', Integer, ForeignKey('right.id')),
      );
      Base.model('Parent', {
        tableName: 'left',
        id: Column(Integer, { primaryKey: true }),
        children: relationship('Child', { secondary: 'association' }),
      });
      Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
    });
    expectProblem(
      error,
      'ambiguous-foreign-keys',
      'Parent.children: secondary table "association" has two foreign keys to "left" (association.left_id, association.other_left_id). Pass foreignKeys to choose one.',
    );
  });

  it("reports a self-referential secondary without foreignKeys to tell the owner's side", () => {
    const error = mappingError((Base) => {
      Table(
        'friendship',
        Base.metadata,
        Column('node_id', Integer, ForeignKey('node.id')),
        Column('friend_id', Integer, ForeignKey('node.id')),
      );
      Base.model('Node', {
        tableName: 'node',
        id: Column(Integer, { primaryKey: true }),
        friends: relationship('Node', { secondary: 'friendship' }),
      });
    });
    expectProblem(
      error,
      'ambiguous-foreign-keys',
      'Node.friends: secondary table "friendship" has two foreign keys to "node" (friendship.node_id, friendship.friend_id), so which one refers to the owner is unclear. Pass foreignKeys with the column that refers to the owner, e.g. foreignKeys: "friendship.node_id".',
    );
  });

  it('reports a mapped class passed as secondary', () => {
    const error = mappingError((Base) => {
      const Association = Base.model('Association', {
        tableName: 'association',
        left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
        right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
      });
      Base.model('Parent', {
        tableName: 'left',
        id: Column(Integer, { primaryKey: true }),
        children: relationship('Child', { secondary: Association as never }),
      });
      Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
    });
    expectProblem(
      error,
      'secondary-is-model',
      'Parent.children: secondary is the model Association, but it must be a Table or a table name. Pass secondary: "association" for a plain many-to-many, or relate to Association with a one-to-many as an association object.',
    );
  });
});

describe('configure: cascade', () => {
  it('reports an unknown cascade option, with a suggestion', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { cascade: 'all, delete-orphun' }) });
      declareChild(Base);
    });
    expectProblem(
      error,
      'invalid-cascade',
      'Parent.children: unknown cascade option "delete-orphun". Did you mean "delete-orphan" or "delete"? Valid options are save-update, merge, refresh-expire, expunge, delete, delete-orphan, all, none.',
    );
  });

  it('reports delete-orphan on a many-to-one', () => {
    const error = mappingError((Base) => {
      declareParent(Base);
      declareChild(Base, { parent: relationship('Parent', { cascade: 'all, delete-orphan' }) });
    });
    expectProblem(
      error,
      'invalid-cascade',
      'Child.parent: delete-orphan cascade is for one-to-many relationships, and this one is many-to-one. Put cascade: "all, delete-orphan" on the one-to-many side instead.',
    );
  });

  it('reports delete-orphan on a backref that is many-to-one', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { backref: backref('parent', { cascade: 'all, delete-orphan' }) }) });
      declareChild(Base);
    });
    expectProblem(
      error,
      'invalid-cascade',
      'Child.parent (backref of Parent.children): delete-orphan cascade is for one-to-many relationships, and this one is many-to-one. Put cascade: "all, delete-orphan" on the one-to-many side instead.',
    );
  });

  it('reports delete-orphan without delete', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { cascade: 'save-update, delete-orphan' }) });
      declareChild(Base);
    });
    expectProblem(error, 'invalid-cascade', 'Parent.children: delete-orphan cascade requires delete. Write cascade: "all, delete-orphan".');
  });

  it('reports a writing cascade on a viewonly relationship', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child', { viewonly: true, cascade: 'all' }) });
      declareChild(Base);
    });
    expectProblem(
      error,
      'invalid-cascade',
      'Parent.children: cascade "all" writes, but the relationship is viewonly. Remove cascade, or remove viewonly.',
    );
  });
});

describe('configure: overlapping relationships', () => {
  it('reports an association object beside a writable secondary over the same table, once', () => {
    const error = mappingError((Base) => declareAssociationObject(Base));
    expectProblem(
      error,
      'overlapping-relationships',
      'Parent.children writes association.left_id and association.right_id, which Association.child, Association.parent, Child.parentAssociations and Parent.childAssociations also write, so one flush could write the same row twice. Mark Parent.children viewonly (the usual choice for a secondary relationship beside an association object), or list the others in its overlaps and write through only one.',
    );
  });

  it('accepts the pair once the secondary relationship is viewonly', () => {
    accepts((Base) => declareAssociationObject(Base, { viewonly: true }));
  });

  it('accepts the pair once overlaps names the relationships it shares columns with', () => {
    accepts((Base) =>
      declareAssociationObject(Base, {
        overlaps: ['Association.child', 'Association.parent', 'Child.parentAssociations', 'Parent.childAssociations'],
      }),
    );
  });

  it('reports two unpaired relationships over one foreign key', () => {
    const error = mappingError((Base) => {
      declareParent(Base, { children: relationship('Child') });
      declareChild(Base, { parent: relationship('Parent') });
    });
    expectProblem(
      error,
      'overlapping-relationships',
      "Parent.children and Child.parent both write column child.parent_id, so one flush could write the same row twice. Pair them with backPopulates, mark one of them viewonly, or list each in the other's overlaps.",
    );
  });
});

describe('configure: association proxy', () => {
  function declareProxy(Base: DeclarativeBase, relationshipName: string, attribute: string): void {
    Base.model('Association', {
      tableName: 'association',
      left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
      right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
      child: relationship('Child'),
    });
    Base.model('Parent', {
      tableName: 'left',
      id: Column(Integer, { primaryKey: true }),
      childAssociations: relationship('Association', { cascade: 'all, delete-orphan' }),
      children: associationProxy(relationshipName, attribute),
    });
    Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
  }

  it('reports a proxy over a relationship the owner does not have', () => {
    const error = mappingError((Base) => declareProxy(Base, 'childAsociations', 'child'));
    expectProblem(
      error,
      'invalid-association-proxy',
      'Parent.children: associationProxy("childAsociations", "child") names relationship "childAsociations", which Parent does not have. Did you mean "childAssociations"? Name the relationship from Parent to the association objects.',
    );
  });

  it('reports a proxy whose second hop the association object does not have', () => {
    const error = mappingError((Base) => declareProxy(Base, 'childAssociations', 'chld'));
    expectProblem(
      error,
      'invalid-association-proxy',
      'Parent.children: associationProxy("childAssociations", "chld") names "chld", but Association has no relationship by that name. Did you mean "child"? Name the relationship from Association to the final target.',
    );
  });
});

describe('configure: several problems', () => {
  it('reports every problem in one MappingError, each with its code', () => {
    const error = mappingError((Base) => {
      declareParent(Base, {
        children: relationship('Chld'),
        kids: relationship('Child', { cascade: 'everything' }),
      });
      declareChild(Base, { parent: relationship('Parent', { backPopulates: 'childs' }) });
      Base.model('Orphan', { tableName: 'orphan', name: Column(String(50)) });
    });
    expect(error.problems.map((problem) => problem.code)).toEqual([
      'no-primary-key',
      'unknown-target',
      'invalid-cascade',
      'back-populates-missing',
    ]);
    expect(error.message).toBe(
      [
        '4 problems in the declarations:',
        '- Orphan: table "orphan" has no primary-key column, so its rows cannot be looked up, linked or updated. Add { primaryKey: true } to a column, e.g. id: Column(Integer, { primaryKey: true }).',
        '- Parent.children: the target "Chld" is not a declared model. Did you mean "Child"? Declare it with Base.model("Chld", ...) on the same base, or correct the name.',
        '- Parent.kids: unknown cascade option "everything". Valid options are save-update, merge, refresh-expire, expunge, delete, delete-orphan, all, none.',
        '- Child.parent: backPopulates is "childs", but Parent has no relationship by that name. Did you mean "children" or "kids"? Declare Parent.childs = relationship("Child", { backPopulates: "parent" }), or correct the name.',
      ].join('\n'),
    );
  });
});

describe('buildSchema: name clashes', () => {
  it('reports two attributes that generate the same field, naming both', () => {
    let declaredAt: string | undefined;
    const error = mappingError(
      (Base) => {
        declareParent(Base);
        declaredAt = declareChild(Base, { parentId: Column(Integer) }).declaredAt;
      },
      { buildSchema: true },
    );
    expect(declaredAt).toMatch(/^test\/errors\/mapping-errors\.test\.ts:\d+$/);
    expectProblem(
      error,
      'name-clash',
      [
        'Two declarations generate the GraphQL field "Child.parentId":',
        `  Child.parent_id (column, ${declaredAt})`,
        `  Child.parentId (column, ${declaredAt})`,
        "Rename one of them, or override the name through buildSchema's inflection option.",
      ].join('\n'),
    );
  });

  it("reports a plural that collides with another model's lookup, naming every declaration", () => {
    const at: Record<string, string | undefined> = {};
    const error = mappingError(
      (Base) => {
        at.Child = Base.model('Child', { tableName: 'child', id: Column(Integer, { primaryKey: true }) }).declaredAt;
        at.Children = Base.model('Children', { tableName: 'children', id: Column(Integer, { primaryKey: true }) }).declaredAt;
      },
      { buildSchema: true },
    );
    // Children is its own plural, so its list is allChildren (and its connection
    // allChildrenConnection): only Child's list meets Children's lookup.
    expectProblem(
      error,
      'name-clash',
      [
        'Two declarations generate the GraphQL field "Query.children":',
        `  Child (model, its list, ${at.Child})`,
        `  Children (model, its lookup, ${at.Children})`,
        "Rename one of them, or override the name through buildSchema's inflection option.",
      ].join('\n'),
    );
  });

  it('reports a model whose type name a root type or scalar already has', () => {
    let declaredAt: string | undefined;
    const error = mappingError(
      (Base) => {
        declaredAt = Base.model('Mutation', { tableName: 'mutation', id: Column(Integer, { primaryKey: true }) }).declaredAt;
      },
      { buildSchema: true },
    );
    expectProblem(
      error,
      'name-clash',
      [
        'Two declarations generate the GraphQL type "Mutation":',
        `  Mutation (model, ${declaredAt})`,
        '  the mutation root type',
        "Rename one of them, or override the name through buildSchema's inflection option.",
      ].join('\n'),
    );
  });

  it('accepts the clash once the inflection option renames one of the names', () => {
    const Base = declarativeBase();
    Base.model('Child', { tableName: 'child', id: Column(Integer, { primaryKey: true }) });
    Base.model('Children', { tableName: 'children', id: Column(Integer, { primaryKey: true }) });
    const schema = buildSchema(configure(Base), {
      inflection: {
        listField: (model) => (model.name === 'Children' ? 'childrenGroups' : model.name === 'Child' ? 'childRows' : model.name),
      },
    });
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual([
      'child',
      'childRows',
      'childRowsConnection',
      'childRowsAggregate',
      'children',
      'childrenGroups',
      'childrenGroupsConnection',
      'childrenGroupsAggregate',
    ]);
  });
});
