/** relgraph's public API. Re-exports only: this list of names is the surface users program against. */
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
  Column,
  ForeignKey,
  ForeignKeyConstraint,
  UniqueConstraint,
  Table,
  MetaData,
  relationship,
  backref,
  associationProxy,
  declarativeBase,
  isColumnDecl,
  isMetaData,
  isRelationshipDecl,
  isAssociationProxyDecl,
  isDeclarativeBase,
  isModelClass,
} from './declare/index.js';
export type {
  ColumnType,
  ColumnKind,
  JsonValue,
  ColumnDecl,
  ColumnOptions,
  ForeignKeyDecl,
  ForeignKeyConstraintDecl,
  UniqueConstraintDecl,
  ReferentialAction,
  TableDecl,
  TableColumn,
  RelationshipDecl,
  RelationshipOptions,
  BackrefDecl,
  BackrefOptions,
  AssociationProxyDecl,
  AssociationProxyOptions,
  DeclarativeBase,
  ModelClass,
  ModelDeclaration,
  Row,
  Instance,
  Attribute,
  Attributes,
} from './declare/index.js';
export { isMappedRelationship, isMappedAssociationProxy } from './mapper/index.js';
export { configure } from './session/configure.js';
export type {
  Mapping,
  MappedModel,
  MappedRelationship,
  MappedAssociationProxy,
  MappedTable,
  ResolvedForeignKey,
  Direction,
  Cascade,
  OrderTerm,
  JoinPair,
  SecondaryJoinPair,
  SyncPair,
} from './mapper/index.js';
export { defaultInflection, createInflection } from './inflect/inflection.js';
export type { Inflection } from './inflect/inflection.js';
export { buildSchema, printSchemaSdl, GraphQLBigInt, GraphQLDate, GraphQLDateTime, GraphQLDecimal, GraphQLJSON } from './schema/index.js';
export { renderDiagram, diagramFormats } from './diagram/index.js';
export type { DiagramFormat, RenderDiagramOptions } from './diagram/index.js';
export type { BuildSchemaOptions, SchemaResolvers, FieldResolver, FieldOrigin } from './schema/index.js';
export { MappingError } from './errors/MappingError.js';
export type { MappingProblem, MappingProblemCode } from './errors/MappingError.js';
export { FlushError } from './errors/FlushError.js';
export { StaleDataError } from './errors/StaleDataError.js';
export type { StaleRow } from './errors/StaleDataError.js';
export {
  RelgraphError,
  NotFoundError,
  BadUserInputError,
  ConstraintViolationError,
  ForbiddenError,
  QueryTooComplexError,
  isRelgraphError,
} from './errors/RelgraphError.js';
export { ErrorCode } from './errors/codes.js';
export { DatabaseUrlError } from './errors/DatabaseUrlError.js';
export { DatabaseUnavailableError } from './errors/DatabaseUnavailableError.js';
export { redactUrl } from './util/redactUrl.js';
export { checkDatabase } from './introspect/checkDatabase.js';
export type { Drift } from './introspect/checkDrift.js';
export {
  createDriver,
  createAll,
  checkLinkTables,
  type KeylessLinkTable,
  ReadReplicas,
  type ReadReplicasOptions,
  type ReplicaEvent,
  type ReplicaSource,
  TransactionAbortedError,
  ConnectionUnavailableError,
} from './dialect/index.js';
export type {
  MysqlTlsOptions,
  Driver,
  DriverOptions,
  Executor,
  QueryResult,
  StatementEvent,
  Dialect,
  DialectCapabilities,
  DatabaseErrorKind,
  DatabaseErrorClass,
  CreateDriverOptions,
  CreateAllOptions,
} from './dialect/index.js';
export { Session, TrackedList, stateOf } from './session/index.js';
export type { SessionOptions, FlushPreview, PreviewWrite, PreviewRow, DatabaseAction } from './session/index.js';
export { createLoaders, Loaders } from './loaders/Loaders.js';
export { createResolvers } from './resolvers/createResolvers.js';
export { createHandler } from './server/createHandler.js';
export { createRelgraph } from './server/createRelgraph.js';
export type { ExecutorName, Relgraph, RelgraphOptions } from './server/createRelgraph.js';
export type { PlanCacheStats } from './execute/createPlanExecutor.js';
export { useRelgraph } from './server/useRelgraph.js';
export { apolloGateway } from './server/apolloGateway.js';
export type { ApolloGateway, ApolloGatewayOptions, ApolloGatewayRequest, ApolloGatewayExecutor } from './server/apolloGateway.js';
export { subgraphSchema } from './federation/subgraphSchema.js';
export type { SubgraphSchemaOptions } from './federation/subgraphSchema.js';
export { printSubgraphSdl } from './federation/printSubgraphSdl.js';
export type { UseRelgraphOptions } from './server/useRelgraph.js';
export type { RetryOptions } from './server/runUnitOfWork.js';
export type { RelgraphContext } from './resolvers/RelgraphContext.js';
export { defaultLimitValues, getValidLimits } from './server/limits.js';
export { costLimitPlugin, costLimitRule, depthLimitPlugin, depthLimitRule } from './server/selectionLimits.js';
export type { CostLimitOptions, DepthLimitOptions } from './server/selectionLimits.js';
export type { Limits } from './server/limits.js';
export type { HandlerOptions, RelgraphServer } from './server/createHandler.js';
export { listen, closeOnSignals } from './server/listen.js';
export type { ListenOptions, RunningServer } from './server/listen.js';
export type { WebSocketOptions } from './server/webSockets.js';
export type { SubscriptionOptions } from './server/createRelgraph.js';
export { redisChangeChannel } from './live/redisChangeChannel.js';
export type { RedisChannelOptions } from './live/redisChangeChannel.js';
export { ChangeFeed } from './live/ChangeFeed.js';
export type { ChangeChannel, ChangeFeedOptions } from './live/ChangeFeed.js';
export type { ChangeEvent, RowEvent, LinkEvent, EncodedValue } from './session/ChangeLog.js';
export { createLogger, isLogLevel } from './server/logger.js';
export type { Logger, LogLevel, LogFormat, LoggerOptions } from './server/logger.js';
export { createMetrics } from './server/metrics.js';
export type { Metrics, MetricsOptions, RequestOutcome } from './server/metrics.js';
export { defineConfig, settings as serveSettings } from './server/settings.js';
export type { RelgraphConfig, ServeSettings, Setting } from './server/settings.js';
export { definePolicy, isPolicy } from './policy/index.js';
export type { Policy, ModelRules, Rule, RuleValue, WhereRule } from './policy/index.js';
