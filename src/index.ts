/** relgraph's public API. Re-exports only: this list of names is the surface users program against. */
export {
  Integer, BigInteger, String, Text, Boolean, Float, Numeric, DateTime, Date, JSON, Enum,
  Column, ForeignKey, ForeignKeyConstraint, UniqueConstraint, Table, MetaData,
  relationship, backref, associationProxy, declarativeBase,
  isColumnDecl, isMetaData, isRelationshipDecl, isAssociationProxyDecl, isDeclarativeBase, isModelClass,
} from './declare/index.js';
export type {
  ColumnType, ColumnKind, JsonValue, ColumnDecl, ColumnOptions, ForeignKeyDecl, ForeignKeyConstraintDecl,
  UniqueConstraintDecl, ReferentialAction, TableDecl, TableColumn, RelationshipDecl, RelationshipOptions,
  BackrefDecl, BackrefOptions, AssociationProxyDecl, AssociationProxyOptions, DeclarativeBase, ModelClass,
  ModelDeclaration, Row, Instance, Attribute, Attributes,
} from './declare/index.js';
export { configure, isMappedRelationship, isMappedAssociationProxy } from './mapper/index.js';
export type {
  Mapping, MappedModel, MappedRelationship, MappedAssociationProxy, MappedTable, ResolvedForeignKey,
  Direction, Cascade, OrderTerm, JoinPair, SecondaryJoinPair, SyncPair,
} from './mapper/index.js';
export { defaultInflection, createInflection } from './inflect/inflection.js';
export type { Inflection } from './inflect/inflection.js';
export { buildSchema, printSchemaSdl, GraphQLBigInt, GraphQLDate, GraphQLDateTime, GraphQLDecimal, GraphQLJSON } from './schema/index.js';
export type { BuildSchemaOptions, SchemaResolvers, FieldResolver, FieldOrigin } from './schema/index.js';
export { MappingError } from './errors/MappingError.js';
export type { MappingProblem, MappingProblemCode } from './errors/MappingError.js';
export { FlushError } from './errors/FlushError.js';
export { RelgraphError, NotFoundError, BadUserInputError, ConstraintViolationError, ForbiddenError, QueryTooComplexError, isRelgraphError } from './errors/RelgraphError.js';
export { ErrorCode } from './errors/codes.js';
