/**
 * `mapDeclarations()`: turns declarations into frozen mapped models. Every name and thunk is
 * resolved here, once, and every problem found is reported together in one `MappingError`. Users
 * call it through the public `configure()` (`session/configure.ts`), which also instruments the
 * model classes.
 */
import {
  isAssociationProxyDecl,
  isDeclarativeBase,
  isMetaData,
  isRelationshipDecl,
  type DeclarativeBase,
  type MetaData,
  type TableColumn,
} from '../declare/index.js';
import { ProblemCollector } from '../errors/MappingError.js';
import { checkOverlaps } from './checkOverlaps.js';
import { deepFreeze, type ModelDraft, type RelationshipDraft, type TableDraft } from './draft.js';
import { mapAssociationProxy } from './mapAssociationProxy.js';
import { mapRelationship } from './mapRelationship.js';
import { createBackref, pairBackPopulates } from './pairReverse.js';
import { resolveTables } from './resolveTables.js';
import type { MappedAssociationProxy, Mapping, MappedModel, MappedRelationship, MappedTable } from './types.js';
import { uniqueKeysOf } from './uniqueKeys.js';
import { checkVersionedSecondaries, resolveVersionColumn } from './versionColumn.js';

/**
 * @example
 * const mapping = mapDeclarations(Base);
 * mapping.model('Parent')?.relationships[0]?.direction // 'one-to-many'
 *
 * @throws MappingError listing every problem, e.g.
 *   `Child.parent: backPopulates is "childs", but Parent has no relationship by that name. Did you mean "children"? ...`
 */
export function mapDeclarations(source: DeclarativeBase | MetaData): Mapping {
  const metadata = isMetaData(source) ? source : isDeclarativeBase(source) ? source.metadata : undefined;
  if (!metadata) {
    throw new TypeError(`configure() expects a declarative base or a MetaData, but got: ${String(source)}.`);
  }
  const problems = new ProblemCollector();
  reportDuplicates(metadata, problems);
  const tables = resolveTables(metadata, problems);
  const models = mapModels(metadata, tables, problems);
  const relationships = mapRelationships(models, tables, problems);
  for (const relationship of [...relationships]) {
    const backref = relationship.origin === 'declared' ? relationship.owner.class.attributes[relationship.name] : undefined;
    const option = isRelationshipDecl(backref) ? backref.options.backref : undefined;
    if (option === undefined) continue;
    const reverse = createBackref(relationship, option, problems);
    if (reverse) relationships.push(reverse);
  }
  pairBackPopulates(relationships, problems);
  for (const model of models.values()) {
    for (const [name, decl] of Object.entries(model.class.attributes)) {
      if (!isAssociationProxyDecl(decl)) continue;
      const proxy = mapAssociationProxy(model, name, decl, problems);
      if (proxy) model.proxies.push(proxy);
    }
  }
  checkOverlaps(relationships, problems);
  checkVersionedSecondaries(relationships, problems);
  for (const relationship of relationships) {
    if (relationship.secondary) relationship.secondary.isSecondary = true;
  }
  problems.throwIfAny();
  return freezeMapping(metadata, models, tables);
}

function reportDuplicates(metadata: MetaData, problems: ProblemCollector): void {
  for (const duplicate of metadata.duplicates) {
    const where = duplicate.declaredAt ? ` (again at ${duplicate.declaredAt})` : '';
    if (duplicate.kind === 'model') {
      problems.add('duplicate-model', `Model "${duplicate.name}" is declared twice${where}. Give each model its own name.`);
    } else {
      problems.add(
        'duplicate-table',
        `Table "${duplicate.name}" is declared twice${where}. Declare each table once; map a model to it, or reference it by name.`,
      );
    }
  }
}

function mapModels(metadata: MetaData, tables: Map<string, TableDraft>, problems: ProblemCollector): Map<string, ModelDraft> {
  const models = new Map<string, ModelDraft>();
  for (const modelClass of metadata.models.values()) {
    const table = tables.get(modelClass.tableName)!;
    if (table.decl !== modelClass.table) continue; // its table name was a duplicate, reported above
    const primaryKey = table.primaryKey;
    if (primaryKey.length === 0) {
      problems.add(
        'no-primary-key',
        `${modelClass.modelName}: table "${table.name}" has no primary-key column, so its rows cannot be looked up, linked or updated. Add { primaryKey: true } to a column, e.g. id: Column(Integer, { primaryKey: true }).`,
      );
    }
    const draft: ModelDraft = {
      kind: 'model',
      name: modelClass.modelName,
      class: modelClass,
      table,
      columns: table.columns,
      primaryKey,
      uniqueKeys: uniqueKeysOf(table),
      relationships: [],
      proxies: [],
      versionColumn: resolveVersionColumn(modelClass, table, problems),
      declaredAt: modelClass.declaredAt,
      attribute: (name) =>
        draft.columns.find((c) => c.attribute === name) ??
        draft.relationships.find((r) => r.name === name) ??
        draft.proxies.find((p) => p.name === name),
    };
    table.model = draft;
    models.set(draft.name, draft);
  }
  return models;
}

function mapRelationships(
  models: Map<string, ModelDraft>,
  tables: Map<string, TableDraft>,
  problems: ProblemCollector,
): RelationshipDraft[] {
  const relationships: RelationshipDraft[] = [];
  for (const model of models.values()) {
    for (const [name, decl] of Object.entries(model.class.attributes)) {
      if (!isRelationshipDecl(decl)) continue;
      const relationship = mapRelationship(model, name, decl, { models, tables, problems });
      if (!relationship) continue;
      model.relationships.push(relationship);
      relationships.push(relationship);
    }
  }
  return relationships;
}

/**
 * Once the model is complete, `attribute(name)` answers from a Map: the write path asks it for
 * every row it links. Columns win over relationships, relationships over proxies, as the search
 * it replaces found them.
 */
function indexAttributes(model: ModelDraft): void {
  const byName = new Map<string, TableColumn | MappedRelationship | MappedAssociationProxy>();
  for (const proxy of model.proxies) if (!byName.has(proxy.name)) byName.set(proxy.name, proxy);
  for (const relationship of model.relationships) byName.set(relationship.name, relationship);
  for (const column of model.columns) byName.set(column.attribute, column);
  model.attribute = (name) => byName.get(name);
}

function freezeMapping(metadata: MetaData, models: Map<string, ModelDraft>, tables: Map<string, TableDraft>): Mapping {
  for (const model of models.values()) indexAttributes(model);
  const modelList: MappedModel[] = [...models.values()];
  const tableList: MappedTable[] = [...tables.values()];
  const mapping: Mapping = {
    metadata,
    models: modelList,
    tables: tableList,
    model: (name) => models.get(name),
    table: (name) => tables.get(name),
  };
  // The metadata belongs to the user (more may be declared on it later); the rest is ours.
  deepFreeze([mapping], (value) => value === metadata);
  return mapping;
}
