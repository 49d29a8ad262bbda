/** The mapper's face: `mapDeclarations()` and the frozen types it returns. */
export { mapDeclarations } from './configure.js';
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
} from './types.js';
export { isMappedRelationship, isMappedAssociationProxy } from './types.js';
export { formatCascade } from './parseCascade.js';
export { writtenColumns } from './checkOverlaps.js';
export { columnName, columnList, instanceName } from './describe.js';
export { linkHolder, describeRelationship, cardinalityOf, type Cardinality, type LinkHolder } from './linkHolder.js';
export { aggregatableColumns, aggregateFunctions, type AggregateFunction } from './aggregatable.js';
export { edgeColumns, type EdgeColumns } from './edgeColumns.js';
