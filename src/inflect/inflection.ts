/**
 * Every GraphQL name relgraph generates, each from one named function. The names themselves
 * are fixed by `docs/graphql-surface.md`; `buildSchema(mapping, { inflection })` may override
 * any of them (graphile-build's `inflection.ts` works the same way).
 */
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import type { TableColumn } from '../declare/index.js';
import { camelCase, lowerFirst, pascalCase, upperFirst } from '../util/camelCase.js';
import { plural, singular } from '../util/pluralize.js';

export interface Inflection {
  /** `Parent` — the model's name, unchanged. */
  typeName(model: MappedModel): string;
  /** `parentId` for attribute `parent_id`; also relationship and proxy fields. */
  fieldName(attribute: string): string;
  /** `parent` — `Query.parent(id: Int!)`. */
  lookupField(model: MappedModel): string;
  /**
   * `parents`, `children` — `Query.parents(where, orderBy, limit, offset)`; also the name
   * connection and aggregate fields start from. `allStaff` for a model `Staff`, whose plural is
   * its lookup's name.
   */
  listField(model: MappedModel): string;
  /** `childrenConnection` for list field `children`, `parentsConnection` for root list `parents`. */
  connectionField(listField: string): string;
  /** `childrenAggregate`, `parentsAggregate`. */
  aggregateField(listField: string): string;
  /** `ChildConnection`; `AssociationChildConnection` when its edges are rows of association object `Association`. */
  connectionType(target: MappedModel, association: MappedModel | undefined): string;
  /** `ChildEdge`; `AssociationChildEdge` for edges that carry the columns of association object `Association`. */
  edgeType(target: MappedModel, association: MappedModel | undefined): string;
  /** `PageInfo`. */
  pageInfoType(): string;
  /** `ChildAggregate`. */
  aggregateType(model: MappedModel): string;
  /** `ChildSumFields`, `ChildAvgFields`, `ChildMinFields`, `ChildMaxFields`. */
  aggregateFieldsType(model: MappedModel, fn: 'sum' | 'avg' | 'min' | 'max'): string;
  /** `ParentWhere`. */
  whereInput(model: MappedModel): string;
  /** `ParentOrderBy`. */
  orderByInput(model: MappedModel): string;
  /** `ParentKey` — the primary-key fields, for `connect` and `disconnect`. */
  keyInput(model: MappedModel): string;
  /** `ParentCreateInput`. */
  createInput(model: MappedModel): string;
  /** `TagUniqueInput` — one optional field per column of a unique key, for `connectOrCreate`'s `where`. */
  uniqueInput(model: MappedModel): string;
  /** `TagConnectOrCreateInput` — `{ where: TagUniqueInput!, create: TagCreateInput! }`. */
  connectOrCreateInput(model: MappedModel): string;
  /** `ParentUpdateInput`. */
  updateInput(model: MappedModel): string;
  /** `ChildListRelationInput` — `{ connect, connectOrCreate, disconnect, create, set }` for lists of Child. */
  listRelationInput(target: MappedModel): string;
  /** `ParentRelationInput` — `{ connect, connectOrCreate, create, disconnect }` for a scalar Parent. */
  scalarRelationInput(target: MappedModel): string;
  /** `ChildListFilter` — `{ some, none, every }`. */
  listFilterInput(target: MappedModel): string;
  /** `IntFilter`, `StringFilter`, `PostStatusFilter`. */
  scalarFilterInput(scalarTypeName: string): string;
  /** `FilmSpecialFeaturesSetFilter`: the filter of a `Set` column whose enum is `FilmSpecialFeatures`. */
  setFilterInput(enumTypeName: string): string;
  /** `PostStatus` for `Enum([...], { name: 'PostStatus' })`, else `PostStatus` from model `Post`, attribute `status`. */
  enumType(model: MappedModel, column: TableColumn): string;
  /** `SortDirection` — `ASC` / `DESC`. */
  sortDirectionEnum(): string;
  /** `createParent`. */
  createMutation(model: MappedModel): string;
  /** `updateParent`. */
  updateMutation(model: MappedModel): string;
  /** `deleteParent`. */
  deleteMutation(model: MappedModel): string;
  /** `previewDeleteParent` — what `deleteParent` would do, without doing it. */
  deletePreviewMutation(model: MappedModel): string;
  /** `DeletePreview` — what every delete preview answers with. */
  deletePreviewType(): string;
  /** `DeletePreviewRows` — rows of one model that a delete would touch in one way. */
  deletePreviewRowsType(): string;
  /** `ReferentialAction` — a foreign key's ON DELETE rule: `CASCADE`, `SET_NULL`, `RESTRICT`, `NO_ACTION`. */
  referentialActionEnum(): string;
  /** `addParentChild` for `Parent.children`: add + type + singular of the relationship. */
  addLinkMutation(owner: MappedModel, relationship: MappedRelationship | MappedAssociationProxy): string;
  /** `removeParentChild`. */
  removeLinkMutation(owner: MappedModel, relationship: MappedRelationship | MappedAssociationProxy): string;
  /** `setChildParent` for the scalar `Child.parent`: set + type + relationship. */
  setLinkMutation(owner: MappedModel, relationship: MappedRelationship): string;
  /** `childId` for `Parent.children`, `parentId` for `Child.parent`: the link's target argument. */
  linkTargetArgument(relationship: MappedRelationship | MappedAssociationProxy): string;
  /** `parentChanged` — `Subscription.parentChanged(where)`: rows created, updated, deleted. */
  rowChangedSubscription(model: MappedModel): string;
  /** `ParentChange` — what `parentChanged` sends. */
  rowChangeType(model: MappedModel): string;
  /** `parentChildrenChanged` for `Parent.children` — `Subscription.parentChildrenChanged(id)`: links added and removed. */
  linkChangedSubscription(owner: MappedModel, relationship: MappedRelationship): string;
  /** `ParentChildrenChange`. */
  linkChangeType(owner: MappedModel, relationship: MappedRelationship): string;
  /** `child` for `Parent.children`: the field of a link change holding the row linked or unlinked. */
  linkedRowField(relationship: MappedRelationship): string;
  /** `ChangeOperation` — `CREATED` / `UPDATED` / `DELETED`. */
  changeOperationEnum(): string;
  /** `LinkOperation` — `ADDED` / `REMOVED`. */
  linkOperationEnum(): string;
}

export const defaultInflection: Inflection = {
  typeName: (model) => model.name,
  fieldName: (attribute) => camelCase(attribute),
  lookupField: (model) => lowerFirst(model.name),
  listField: (model) => {
    // A name that is its own plural (`Staff`) would give the list the lookup's name: `allStaff`, as PostGraphile names it.
    const lookup = lowerFirst(model.name);
    const list = plural(lookup);
    return list === lookup ? `all${upperFirst(list)}` : list;
  },
  connectionField: (listField) => `${listField}Connection`,
  aggregateField: (listField) => `${listField}Aggregate`,
  connectionType: (target, association) => `${association?.name ?? ''}${target.name}Connection`,
  edgeType: (target, association) => `${association?.name ?? ''}${target.name}Edge`,
  pageInfoType: () => 'PageInfo',
  aggregateType: (model) => `${model.name}Aggregate`,
  aggregateFieldsType: (model, fn) => `${model.name}${upperFirst(fn)}Fields`,
  whereInput: (model) => `${model.name}Where`,
  orderByInput: (model) => `${model.name}OrderBy`,
  keyInput: (model) => `${model.name}Key`,
  createInput: (model) => `${model.name}CreateInput`,
  uniqueInput: (model) => `${model.name}UniqueInput`,
  connectOrCreateInput: (model) => `${model.name}ConnectOrCreateInput`,
  updateInput: (model) => `${model.name}UpdateInput`,
  listRelationInput: (target) => `${target.name}ListRelationInput`,
  scalarRelationInput: (target) => `${target.name}RelationInput`,
  listFilterInput: (target) => `${target.name}ListFilter`,
  scalarFilterInput: (scalarTypeName) => `${scalarTypeName}Filter`,
  setFilterInput: (enumTypeName) => `${enumTypeName}SetFilter`,
  enumType: (model, column) => column.type.enumName ?? `${model.name}${pascalCase(column.attribute)}`,
  sortDirectionEnum: () => 'SortDirection',
  createMutation: (model) => `create${model.name}`,
  updateMutation: (model) => `update${model.name}`,
  deleteMutation: (model) => `delete${model.name}`,
  deletePreviewMutation: (model) => `previewDelete${model.name}`,
  deletePreviewType: () => 'DeletePreview',
  deletePreviewRowsType: () => 'DeletePreviewRows',
  referentialActionEnum: () => 'ReferentialAction',
  addLinkMutation: (owner, relationship) => `add${owner.name}${upperFirst(singular(camelCase(relationship.name)))}`,
  removeLinkMutation: (owner, relationship) => `remove${owner.name}${upperFirst(singular(camelCase(relationship.name)))}`,
  setLinkMutation: (owner, relationship) => `set${owner.name}${upperFirst(camelCase(relationship.name))}`,
  rowChangedSubscription: (model) => `${lowerFirst(model.name)}Changed`,
  rowChangeType: (model) => `${model.name}Change`,
  linkChangedSubscription: (owner, relationship) => `${lowerFirst(owner.name)}${upperFirst(camelCase(relationship.name))}Changed`,
  linkChangeType: (owner, relationship) => `${owner.name}${upperFirst(camelCase(relationship.name))}Change`,
  linkedRowField: (relationship) => singular(camelCase(relationship.name)),
  changeOperationEnum: () => 'ChangeOperation',
  linkOperationEnum: () => 'LinkOperation',
  linkTargetArgument: (relationship) => {
    const field = camelCase(relationship.name);
    const uselist = relationship.kind === 'associationProxy' || relationship.uselist;
    return `${uselist ? singular(field) : field}Id`;
  },
};

/** The default inflection with some functions replaced. */
export function createInflection(overrides: Partial<Inflection> = {}): Inflection {
  return { ...defaultInflection, ...overrides };
}
