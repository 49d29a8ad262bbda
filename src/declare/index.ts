/** The declaration API, as users import it. */
export {
  Integer,
  BigInteger,
  SmallInteger,
  TinyInteger,
  Year,
  String,
  Text,
  Boolean,
  Float,
  Numeric,
  DateTime,
  Date,
  Time,
  JSON,
  Enum,
  Set,
  LargeBinary,
  isIntegerKind,
  isSortableKind,
  integerRange,
} from './columnTypes.js';
export type { ColumnType, ColumnKind, JsonValue } from './columnTypes.js';
export { Column, isColumnDecl } from './Column.js';
export type { ColumnDecl, ColumnOptions } from './Column.js';
export { ForeignKey, ForeignKeyConstraint, UniqueConstraint } from './ForeignKey.js';
export type { ForeignKeyDecl, ForeignKeyConstraintDecl, UniqueConstraintDecl, ReferentialAction } from './ForeignKey.js';
export { Table } from './Table.js';
export type { TableDecl, TableColumn } from './Table.js';
export { MetaData, isMetaData } from './MetaData.js';
export { relationship, backref, isRelationshipDecl } from './relationship.js';
export type { RelationshipDecl, RelationshipOptions, BackrefDecl, BackrefOptions } from './relationship.js';
export { associationProxy, isAssociationProxyDecl } from './associationProxy.js';
export type { AssociationProxyDecl, AssociationProxyOptions } from './associationProxy.js';
export { declarativeBase, isDeclarativeBase, isModelClass } from './model.js';
export type { DeclarativeBase, ModelClass, ModelDeclaration, Row, Instance, Attribute, Attributes } from './model.js';
