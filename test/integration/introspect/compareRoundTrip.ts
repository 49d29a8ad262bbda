/**
 * Compares what `relgraph introspect` made of a database with the declarations that created it:
 * first the mappings (`configure()` of each), model by model and relationship by relationship,
 * then the two GraphQL schemas, structurally (type by type, field by field: names, types with
 * their nullability, arguments, enum values), not as text, since the order of types differs.
 *
 * The schemas are walked together from `Query` and `Mutation`. Names are translated from the
 * original's to the introspected module's through the pairs of models (same table) and of
 * relationships (same direction, target and join columns) found in the mappings, with the
 * default inflection's own functions (`whereInput`, `connectionField`, `addLinkMutation`, ...):
 * a field of the original is looked for under the name the introspected module gives the same
 * column or relationship. Every difference is returned: the mappings' own (a model or
 * relationship named otherwise, a `uselist` the database cannot tell, ...) and the schemas'
 * (a type or field renamed, missing, extra or of another type), each schema difference with the
 * differences of the mappings it follows from, when it follows from any. Which of them are
 * inherent is for the caller's allow-list (`roundTrip.test.ts`) to say.
 *
 * Descriptions are not compared: the generated ones repeat model and relationship names (and
 * say "one-to-many" or "many-to-many"), and a column's `doc` is not in the database.
 */
import {
  buildSchema as buildSchemaFromSdl,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import {
  defaultInflection,
  type MappedAssociationProxy,
  type MappedModel,
  type MappedRelationship,
  type Mapping,
  type TableColumn,
} from '../../../src/index.js';

const inflection = defaultInflection;

/** A difference between the mappings. */
export type MappingDifference =
  | { readonly kind: 'model-name'; readonly original: MappedModel; readonly introspected: MappedModel }
  | { readonly kind: 'model-missing'; readonly original: MappedModel }
  | { readonly kind: 'model-extra'; readonly introspected: MappedModel }
  | {
      readonly kind: 'relationship-name' | 'relationship-uselist' | 'relationship-order-by';
      readonly original: MappedRelationship;
      readonly introspected: MappedRelationship;
    }
  | { readonly kind: 'relationship-missing'; readonly original: MappedRelationship }
  /** `reverseOf`: the original's relationship the introspected one's reverse side matches, if any. */
  | { readonly kind: 'relationship-extra'; readonly introspected: MappedRelationship; readonly reverseOf: MappedRelationship | undefined }
  | { readonly kind: 'viewonly-as-proxy'; readonly original: MappedRelationship; readonly introspected: MappedAssociationProxy }
  | { readonly kind: 'proxy-name'; readonly original: MappedAssociationProxy; readonly introspected: MappedAssociationProxy }
  | { readonly kind: 'proxy-missing'; readonly original: MappedAssociationProxy }
  | { readonly kind: 'proxy-extra'; readonly introspected: MappedAssociationProxy }
  | {
      readonly kind: 'column-type' | 'column-default' | 'enum-name';
      readonly original: TableColumn;
      readonly introspected: TableColumn;
      readonly detail: string;
    }
  /** The original's `versionIdCol`, which the introspected model (a plain column) does not have. */
  | { readonly kind: 'version-column'; readonly original: TableColumn; readonly introspected: TableColumn };

export type SchemaDifferenceKind =
  | 'type-name'
  | 'type-kind'
  | 'type-missing'
  | 'type-extra'
  | 'enum-values'
  | 'field-name'
  | 'field-missing'
  | 'field-extra'
  | 'field-type'
  | 'field-wrapping'
  | 'argument-name'
  | 'argument-missing'
  | 'argument-extra'
  | 'argument-type'
  | 'argument-wrapping';

/** A difference between the schemas, with the differences of the mappings it follows from. */
export interface SchemaDifference {
  readonly kind: SchemaDifferenceKind;
  /** `Parent.child` (the original's name) or `Parent.child → Parent.children`. */
  readonly subject: string;
  readonly detail: string;
  readonly causes: readonly MappingDifference[];
}

export interface RoundTrip {
  readonly mapping: readonly MappingDifference[];
  readonly schema: readonly SchemaDifference[];
}

/**
 * Which differences of the mappings can explain a difference of the schemas of each kind: a
 * relationship's other name explains a field's other name, not its other type.
 */
const explains: Record<SchemaDifferenceKind, ReadonlyArray<MappingDifference['kind']>> = {
  // A relationship's other name explains the other name of its link-change payload (`ParentChildrenChange`).
  'type-name': ['model-name', 'enum-name', 'relationship-name'],
  'type-kind': [],
  'type-missing': ['relationship-uselist', 'viewonly-as-proxy', 'column-type', 'relationship-missing', 'proxy-missing'],
  'type-extra': ['relationship-uselist', 'viewonly-as-proxy', 'column-type', 'relationship-extra', 'proxy-extra'],
  'enum-values': [],
  'field-name': ['model-name', 'relationship-name', 'proxy-name', 'viewonly-as-proxy'],
  'field-missing': ['relationship-uselist', 'viewonly-as-proxy', 'column-type', 'relationship-missing', 'proxy-missing', 'model-missing'],
  'field-extra': [
    'relationship-uselist',
    'viewonly-as-proxy',
    'column-type',
    'relationship-extra',
    'proxy-extra',
    'model-extra',
    'version-column',
  ],
  'field-type': ['relationship-uselist', 'viewonly-as-proxy', 'column-type'],
  'field-wrapping': ['relationship-uselist', 'column-default'],
  'argument-name': ['relationship-name', 'proxy-name', 'viewonly-as-proxy'],
  'argument-missing': ['relationship-uselist', 'viewonly-as-proxy', 'version-column'],
  'argument-extra': ['relationship-uselist', 'viewonly-as-proxy'],
  'argument-type': ['relationship-uselist', 'viewonly-as-proxy', 'column-type'],
  'argument-wrapping': ['relationship-uselist'],
};

/** What a field of a generated type is made from. */
type Origin = MappedModel | MappedRelationship | MappedAssociationProxy | TableColumn;

const columnKey = (column: TableColumn) => `${column.table.name}.${column.name}`;

/** Direction, owner, target, secondary and join columns: what the database says of a relationship. */
export function relationshipSignature(relationship: MappedRelationship): string {
  const join = relationship.join
    .map((p) => `${columnKey(p.local)}=${columnKey(p.remote)}`)
    .sort()
    .join(',');
  const secondaryJoin = relationship.secondaryJoin
    .map((p) => `${columnKey(p.secondary)}=${columnKey(p.target)}`)
    .sort()
    .join(',');
  return [
    relationship.owner.table.name,
    relationship.direction,
    relationship.target.table.name,
    relationship.secondary?.name ?? '',
    join,
    secondaryJoin,
  ].join(' | ');
}

export function describeMappingDifference(difference: MappingDifference): string {
  const rel = (r: MappedRelationship | MappedAssociationProxy) => `${r.owner.name}.${r.name}`;
  switch (difference.kind) {
    case 'model-name':
      return `model ${difference.original.name} (table "${difference.original.table.name}") is ${difference.introspected.name}`;
    case 'model-missing':
      return `model ${difference.original.name} (table "${difference.original.table.name}") has no introspected model`;
    case 'model-extra':
      return `introspected model ${difference.introspected.name} (table "${difference.introspected.table.name}") has no original`;
    case 'relationship-name':
      return `relationship ${rel(difference.original)} is ${rel(difference.introspected)}`;
    case 'relationship-uselist':
      return `relationship ${rel(difference.original)} has uselist ${difference.original.uselist}, ${rel(difference.introspected)} ${difference.introspected.uselist}`;
    case 'relationship-order-by':
      return `relationship ${rel(difference.original)} orders by ${difference.original.orderBy.map((t) => `${t.column.name}${t.descending ? ' desc' : ''}`).join(', ')}; ${rel(difference.introspected)} by the primary key`;
    case 'relationship-missing':
      return `relationship ${rel(difference.original)} (${difference.original.direction}) has no introspected counterpart`;
    case 'relationship-extra':
      return `introspected relationship ${rel(difference.introspected)} (${difference.introspected.direction}) has no original${difference.reverseOf ? `; its reverse is the original's ${rel(difference.reverseOf)}` : ''}`;
    case 'viewonly-as-proxy':
      return `viewonly relationship ${rel(difference.original)} (secondary "${difference.original.secondary?.name}") is the association proxy ${rel(difference.introspected)}`;
    case 'proxy-name':
      return `association proxy ${rel(difference.original)} is ${rel(difference.introspected)}`;
    case 'proxy-missing':
      return `association proxy ${rel(difference.original)} has no introspected counterpart`;
    case 'proxy-extra':
      return `introspected association proxy ${rel(difference.introspected)} (${difference.introspected.relationship.name} → ${difference.introspected.attribute.name}) has no original`;
    case 'column-type':
    case 'column-default':
    case 'enum-name':
      return `column ${columnKey(difference.original)}: ${difference.detail}`;
    case 'version-column':
      return `column ${columnKey(difference.original)} is the version column (versionIdCol) of the original; the introspected one is a plain column`;
  }
}

/** The differences between two mappings and between the schemas they generate. */
export function compareRoundTrip(input: {
  readonly original: Mapping;
  readonly introspected: Mapping;
  readonly originalSdl: string;
  readonly introspectedSdl: string;
}): RoundTrip {
  const { original, introspected } = input;
  const mappingDifferences: MappingDifference[] = [];
  const causesByItem = new Map<unknown, MappingDifference[]>();
  const note = (difference: MappingDifference, ...items: unknown[]) => {
    mappingDifferences.push(difference);
    for (const item of items) causesByItem.set(item, [...(causesByItem.get(item) ?? []), difference]);
  };

  // Models: the same table.
  const modelPairs: Array<readonly [MappedModel, MappedModel]> = [];
  for (const o of original.models) {
    const i = introspected.models.find((m) => m.table.name === o.table.name);
    if (!i) {
      note({ kind: 'model-missing', original: o }, o);
      continue;
    }
    modelPairs.push([o, i]);
    if (o.name !== i.name) note({ kind: 'model-name', original: o, introspected: i }, o, i);
  }
  for (const i of introspected.models) {
    if (!modelPairs.some(([, m]) => m === i)) note({ kind: 'model-extra', introspected: i }, i);
  }

  // Columns of each model pair: the same SQL name.
  const columnPairs: Array<readonly [TableColumn, TableColumn]> = [];
  for (const [o, i] of modelPairs) {
    for (const column of o.columns) {
      const counterpart = i.columns.find((c) => c.name === column.name);
      if (!counterpart) continue; // the caller's column checks say so
      columnPairs.push([column, counterpart]);
      const kinds = `${column.type.kind} → ${counterpart.type.kind}`;
      if (column.type.kind !== counterpart.type.kind)
        note({ kind: 'column-type', original: column, introspected: counterpart, detail: kinds }, column, counterpart);
      if (column.default !== undefined && counterpart.default === undefined && counterpart.serverDefault === undefined) {
        note(
          {
            kind: 'column-default',
            original: column,
            introspected: counterpart,
            detail: `default ${typeof column.default === 'function' ? 'computed by a function' : JSON.stringify(column.default)} → none`,
          },
          column,
          counterpart,
        );
      }
      const originalEnum = column.type.kind === 'enum' ? inflection.enumType(o, column) : undefined;
      const introspectedEnum = counterpart.type.kind === 'enum' ? inflection.enumType(i, counterpart) : undefined;
      if (originalEnum && introspectedEnum && originalEnum !== introspectedEnum) {
        note(
          { kind: 'enum-name', original: column, introspected: counterpart, detail: `enum ${originalEnum} is ${introspectedEnum}` },
          column,
          counterpart,
        );
      }
      // The model's update and delete mutations lose the version argument with it: noted on the model too.
      if (column === o.versionColumn && counterpart !== i.versionColumn)
        note({ kind: 'version-column', original: column, introspected: counterpart }, column, counterpart, o);
    }
  }

  // Relationships: the same signature; a viewonly secondary over an association object's table
  // may be the introspected module's proxy through it.
  const relationshipPairs = new Map<MappedRelationship, MappedRelationship>();
  const used = new Set<MappedRelationship>();
  const proxyFor = new Map<MappedRelationship, MappedAssociationProxy>();
  const usedProxies = new Set<MappedAssociationProxy>();
  for (const [o, i] of modelPairs) {
    for (const relationship of o.relationships) {
      const signature = relationshipSignature(relationship);
      const candidates = i.relationships.filter((r) => !used.has(r) && relationshipSignature(r) === signature);
      const match = candidates.find((r) => inflection.fieldName(r.name) === inflection.fieldName(relationship.name)) ?? candidates[0];
      if (match) {
        used.add(match);
        relationshipPairs.set(relationship, match);
        continue;
      }
      const proxy =
        relationship.viewonly && relationship.secondary && relationship.direction === 'many-to-many'
          ? i.proxies.find(
              (p) =>
                !usedProxies.has(p) &&
                p.relationship.target.table.name === relationship.secondary!.name &&
                p.target.table.name === relationship.target.table.name &&
                sameColumns(
                  p.relationship.join.map((j) => j.remote),
                  relationship.join.map((j) => j.remote),
                ) &&
                sameColumns(
                  p.attribute.join.map((j) => j.local),
                  relationship.secondaryJoin.map((j) => j.secondary),
                ),
            )
          : undefined;
      if (proxy) {
        usedProxies.add(proxy);
        proxyFor.set(relationship, proxy);
        note({ kind: 'viewonly-as-proxy', original: relationship, introspected: proxy }, relationship, proxy);
      } else {
        note({ kind: 'relationship-missing', original: relationship }, relationship);
      }
    }
  }
  for (const [o, i] of relationshipPairs) {
    if (inflection.fieldName(o.name) !== inflection.fieldName(i.name))
      note({ kind: 'relationship-name', original: o, introspected: i }, o, i);
    if (o.uselist !== i.uselist) note({ kind: 'relationship-uselist', original: o, introspected: i }, o, i);
    if (o.orderBy.length > 0 && i.orderBy.length === 0) note({ kind: 'relationship-order-by', original: o, introspected: i }, o, i);
  }
  const originalOf = new Map([...relationshipPairs].map(([o, i]) => [i, o]));
  for (const [, i] of modelPairs) {
    for (const relationship of i.relationships) {
      if (used.has(relationship)) continue;
      note(
        { kind: 'relationship-extra', introspected: relationship, reverseOf: relationship.reverse && originalOf.get(relationship.reverse) },
        relationship,
      );
    }
  }

  // Proxies: through corresponding relationships.
  const proxyPairs = new Map<MappedAssociationProxy, MappedAssociationProxy>();
  for (const [o, i] of modelPairs) {
    for (const proxy of o.proxies) {
      const match = i.proxies.find(
        (p) =>
          !usedProxies.has(p) &&
          p.relationship === relationshipPairs.get(proxy.relationship) &&
          p.attribute === relationshipPairs.get(proxy.attribute),
      );
      if (!match) {
        note({ kind: 'proxy-missing', original: proxy }, proxy);
        continue;
      }
      usedProxies.add(match);
      proxyPairs.set(proxy, match);
      if (inflection.fieldName(proxy.name) !== inflection.fieldName(match.name))
        note({ kind: 'proxy-name', original: proxy, introspected: match }, proxy, match);
    }
    for (const proxy of i.proxies) if (!usedProxies.has(proxy)) note({ kind: 'proxy-extra', introspected: proxy }, proxy);
  }

  // The names of the generated types and fields, translated.
  const translation = new Translation();
  for (const [o, i] of modelPairs) {
    const causes = causesByItem.get(o)?.filter((c) => c.kind === 'model-name') ?? [];
    for (const typeOf of perModelTypes) translation.type(typeOf(o), typeOf(i), causes);
    for (const [a, b] of modelPairs) {
      const associationCauses = [...causes, ...(causesByItem.get(a)?.filter((c) => c.kind === 'model-name') ?? [])];
      translation.type(inflection.connectionType(o, a), inflection.connectionType(i, b), associationCauses);
      translation.type(inflection.edgeType(o, a), inflection.edgeType(i, b), associationCauses);
      translation.fields(
        inflection.edgeType(o, a),
        modelFields(a, b, columnPairs, relationshipPairs, proxyPairs, proxyFor, { columnsOnly: true }),
      );
    }
    for (const column of o.columns) {
      const counterpart = columnPairs.find(([c]) => c === column)?.[1];
      if (column.type.kind !== 'enum' || counterpart?.type.kind !== 'enum') continue;
      const enumCauses = causesByItem.get(column)?.filter((c) => c.kind === 'enum-name') ?? causes;
      translation.type(inflection.enumType(o, column), inflection.enumType(i, counterpart), enumCauses.length > 0 ? enumCauses : causes);
      translation.type(
        inflection.scalarFilterInput(inflection.enumType(o, column)),
        inflection.scalarFilterInput(inflection.enumType(i, counterpart)),
        enumCauses.length > 0 ? enumCauses : causes,
      );
    }
    const fields = modelFields(o, i, columnPairs, relationshipPairs, proxyPairs, proxyFor, { columnsOnly: false });
    for (const typeOf of perModelTypes) translation.fields(typeOf(o), fields);

    // Query and Mutation.
    const list = [inflection.listField(o), inflection.listField(i)] as const;
    const root: FieldTranslation = new Map([
      [inflection.lookupField(o), { name: inflection.lookupField(i), original: o, introspected: i }],
      [list[0], { name: list[1], original: o, introspected: i }],
      [inflection.connectionField(list[0]), { name: inflection.connectionField(list[1]), original: o, introspected: i }],
      [inflection.aggregateField(list[0]), { name: inflection.aggregateField(list[1]), original: o, introspected: i }],
    ]);
    translation.fields('Query', root);
    const mutations: FieldTranslation = new Map([
      [inflection.createMutation(o), { name: inflection.createMutation(i), original: o, introspected: i }],
      [inflection.updateMutation(o), { name: inflection.updateMutation(i), original: o, introspected: i }],
      [inflection.deleteMutation(o), { name: inflection.deleteMutation(i), original: o, introspected: i }],
      [inflection.deletePreviewMutation(o), { name: inflection.deletePreviewMutation(i), original: o, introspected: i }],
    ]);
    const links: Array<
      readonly [MappedRelationship | MappedAssociationProxy | undefined, MappedRelationship | MappedAssociationProxy | undefined]
    > = [
      ...o.relationships.map((r) => [r, relationshipPairs.get(r) ?? proxyFor.get(r)] as const),
      ...o.proxies.map((p) => [p, proxyPairs.get(p)] as const),
      ...i.relationships.filter((r) => !originalOf.has(r)).map((r) => [undefined, r] as const),
      ...i.proxies.filter((p) => ![...proxyPairs.values(), ...proxyFor.values()].includes(p)).map((p) => [undefined, p] as const),
    ];
    for (const [a, b] of links) {
      const names = (model: MappedModel, r: MappedRelationship | MappedAssociationProxy) => [
        inflection.addLinkMutation(model, r),
        inflection.removeLinkMutation(model, r),
        ...(r.kind === 'relationship' ? [inflection.setLinkMutation(model, r)] : []),
      ];
      const argument = (r: MappedRelationship | MappedAssociationProxy | undefined) => (r ? inflection.linkTargetArgument(r) : undefined);
      const originalNames = a ? names(o, a) : [];
      const introspectedNames = b ? names(i, b) : [];
      for (const [index, name] of originalNames.entries()) {
        mutations.set(name, {
          name: introspectedNames[index] ?? name,
          original: a,
          introspected: b,
          owners: [o, i],
          arguments: argument(a) && argument(b) ? new Map([[argument(a)!, argument(b)!]]) : undefined,
        });
      }
      for (const name of introspectedNames) translation.introspectedOrigin('Mutation', name, b);
    }
    translation.fields('Mutation', mutations);

    // Subscription: the model's changes, and each writable list's links.
    const keyFields = (model: MappedModel, other: MappedModel) =>
      model.primaryKey.flatMap((column) => {
        const counterpart = columnPairs.find(([c]) => c === column)?.[1];
        return counterpart && other.primaryKey.includes(counterpart)
          ? [
              [
                inflection.fieldName(column.attribute),
                { name: inflection.fieldName(counterpart.attribute), original: o, introspected: i },
              ] as const,
            ]
          : [];
      });
    const subscriptions: FieldTranslation = new Map([
      [inflection.rowChangedSubscription(o), { name: inflection.rowChangedSubscription(i), original: o, introspected: i }],
    ]);
    translation.type(inflection.rowChangeType(o), inflection.rowChangeType(i), causes);
    translation.fields(
      inflection.rowChangeType(o),
      new Map([[inflection.lookupField(o), { name: inflection.lookupField(i), original: o, introspected: i }], ...keyFields(o, i)]),
    );
    const listOf = (r: MappedRelationship | MappedAssociationProxy | undefined) =>
      r?.kind === 'relationship' && r.uselist && !r.viewonly ? r : undefined;
    for (const [a, b] of links) {
      const [listA, listB] = [listOf(a), listOf(b)];
      if (listA) {
        subscriptions.set(inflection.linkChangedSubscription(o, listA), {
          name: listB ? inflection.linkChangedSubscription(i, listB) : inflection.linkChangedSubscription(o, listA),
          original: listA,
          introspected: listB,
          owners: [o, i],
        });
      }
      if (listB) translation.introspectedOrigin('Subscription', inflection.linkChangedSubscription(i, listB), listB);
      if (listA && listB) {
        const linkCauses = [...causes, ...(causesByItem.get(listA) ?? [])];
        translation.type(inflection.linkChangeType(o, listA), inflection.linkChangeType(i, listB), linkCauses);
        translation.fields(
          inflection.linkChangeType(o, listA),
          new Map([
            [inflection.lookupField(o), { name: inflection.lookupField(i), original: o, introspected: i }],
            [inflection.linkedRowField(listA), { name: inflection.linkedRowField(listB), original: listA, introspected: listB }],
          ]),
        );
      }
    }
    translation.fields('Subscription', subscriptions);
  }

  const schemaDifferences = walkSchemas(
    buildSchemaFromSdl(input.originalSdl),
    buildSchemaFromSdl(input.introspectedSdl),
    translation,
    (item) => causesByItem.get(item) ?? [],
  );
  return { mapping: mappingDifferences, schema: schemaDifferences };
}

function sameColumns(a: readonly TableColumn[], b: readonly TableColumn[]): boolean {
  const keys = (columns: readonly TableColumn[]) => columns.map(columnKey).sort().join(',');
  return keys(a) === keys(b);
}

/** The generated types of one model whose fields are its columns, relationships and proxies. */
const perModelTypes: ReadonlyArray<(model: MappedModel) => string> = [
  (m) => inflection.typeName(m),
  (m) => inflection.whereInput(m),
  (m) => inflection.orderByInput(m),
  (m) => inflection.keyInput(m),
  (m) => inflection.createInput(m),
  (m) => inflection.uniqueInput(m),
  (m) => inflection.connectOrCreateInput(m),
  (m) => inflection.updateInput(m),
  (m) => inflection.listRelationInput(m),
  (m) => inflection.scalarRelationInput(m),
  (m) => inflection.listFilterInput(m),
  (m) => inflection.aggregateType(m),
  (m) => inflection.connectionType(m, undefined),
  (m) => inflection.edgeType(m, undefined),
  ...(['sum', 'avg', 'min', 'max'] as const).map((fn) => (m: MappedModel) => inflection.aggregateFieldsType(m, fn)),
];

interface FieldCorrespondence {
  /** The introspected field's name. */
  readonly name: string;
  readonly original: Origin | undefined;
  readonly introspected: Origin | undefined;
  /** Argument names, original → introspected, where they differ. */
  readonly arguments?: ReadonlyMap<string, string> | undefined;
  /** The models whose names the field's name holds besides (`addParentChild`). */
  readonly owners?: readonly Origin[];
}
type FieldTranslation = Map<string, FieldCorrespondence>;

/** The fields of a model's types: columns by SQL name, relationships and proxies by their pairs, each list with its connection and aggregate. */
function modelFields(
  o: MappedModel,
  i: MappedModel,
  columnPairs: ReadonlyArray<readonly [TableColumn, TableColumn]>,
  relationshipPairs: ReadonlyMap<MappedRelationship, MappedRelationship>,
  proxyPairs: ReadonlyMap<MappedAssociationProxy, MappedAssociationProxy>,
  proxyFor: ReadonlyMap<MappedRelationship, MappedAssociationProxy>,
  options: { columnsOnly: boolean },
): FieldTranslation {
  const fields: FieldTranslation = new Map();
  for (const column of o.columns) {
    const counterpart = columnPairs.find(([c]) => c === column)?.[1];
    fields.set(inflection.fieldName(column.attribute), {
      name: inflection.fieldName(counterpart?.attribute ?? column.attribute),
      original: column,
      introspected: counterpart,
    });
  }
  if (options.columnsOnly) return fields;
  const names = (name: string) => {
    const field = inflection.fieldName(name);
    return [field, inflection.connectionField(field), inflection.aggregateField(field)];
  };
  const pair = (a: MappedRelationship | MappedAssociationProxy, b: MappedRelationship | MappedAssociationProxy | undefined) => {
    const theirs = b ? names(b.name) : [];
    for (const [index, name] of names(a.name).entries()) fields.set(name, { name: theirs[index] ?? name, original: a, introspected: b });
  };
  for (const relationship of o.relationships) pair(relationship, relationshipPairs.get(relationship) ?? proxyFor.get(relationship));
  for (const proxy of o.proxies) pair(proxy, proxyPairs.get(proxy));
  // The introspected side's own fields, for the origin of extra ones.
  const paired = new Set<unknown>([...fields.values()].map((f) => f.introspected));
  for (const item of [...i.relationships, ...i.proxies]) {
    if (paired.has(item)) continue;
    for (const name of names(item.name))
      if (![...fields.values()].some((f) => f.name === name))
        fields.set(`\u0000${name}`, { name, original: undefined, introspected: item });
  }
  return fields;
}

/** Type names and field names of the original, as the introspected schema has them. */
class Translation {
  readonly types = new Map<string, { name: string; causes: readonly MappingDifference[] }>();
  readonly #fields = new Map<string, FieldTranslation>();
  readonly #introspectedOrigins = new Map<string, Origin | undefined>();

  type(original: string, introspected: string, causes: readonly MappingDifference[]): void {
    if (!this.types.has(original)) this.types.set(original, { name: introspected, causes: original === introspected ? [] : causes });
  }

  fields(typeName: string, fields: FieldTranslation): void {
    const existing = this.#fields.get(typeName) ?? new Map();
    for (const [name, field] of fields) existing.set(name, field);
    this.#fields.set(typeName, existing);
  }

  introspectedOrigin(typeName: string, field: string, origin: Origin | undefined): void {
    this.#introspectedOrigins.set(`${typeName}.${field}`, origin);
  }

  /** The introspected name of an original field, and what each side's field is made from. */
  field(typeName: string, field: string): FieldCorrespondence | undefined {
    return this.#fields.get(typeName)?.get(field);
  }

  /** What an introspected field of the type paired with `originalType` is made from. */
  originOfIntrospected(originalType: string, introspectedType: string, field: string): Origin | undefined {
    for (const correspondence of this.#fields.get(originalType)?.values() ?? []) {
      if (correspondence.name === field && correspondence.introspected) return correspondence.introspected;
    }
    return this.#introspectedOrigins.get(`${introspectedType}.${field}`);
  }

  /** The introspected type an original type should be paired with. */
  expected(original: string): string {
    return this.types.get(original)?.name ?? original;
  }
}

/** `[Child!]!` */
function typeString(type: GraphQLType): string {
  if (isNonNullType(type)) return `${typeString(type.ofType)}!`;
  if (isListType(type)) return `[${typeString(type.ofType)}]`;
  return type.name;
}

function wrappers(type: GraphQLType): string {
  if (isNonNullType(type)) return `!${wrappers(type.ofType)}`;
  if (isListType(type)) return `[${wrappers(type.ofType)}`;
  return '';
}

function walkSchemas(
  original: GraphQLSchema,
  introspected: GraphQLSchema,
  translation: Translation,
  causesOf: (item: unknown) => MappingDifference[],
): SchemaDifference[] {
  const differences: SchemaDifference[] = [];
  const record = (kind: SchemaDifferenceKind, subject: string, detail: string, causes: readonly MappingDifference[]) => {
    const relevant = [...new Set(causes)].filter((c) => explains[kind].includes(c.kind));
    differences.push({ kind, subject, detail, causes: relevant });
  };
  const pairedOriginal = new Set<string>();
  const pairedIntrospected = new Set<string>();
  /** Causes of the types referred to only by a field or argument that differs. */
  const referenceCauses = { original: new Map<string, Set<MappingDifference>>(), introspected: new Map<string, Set<MappingDifference>>() };
  const refer = (side: 'original' | 'introspected', type: GraphQLType, causes: readonly MappingDifference[]) => {
    const name = getNamedType(type).name;
    const set = referenceCauses[side].get(name) ?? new Set();
    for (const cause of causes) set.add(cause);
    referenceCauses[side].set(name, set);
  };
  const queue: Array<readonly [GraphQLNamedType, GraphQLNamedType]> = [];
  const seen = new Set<string>();
  const enqueue = (o: GraphQLNamedType, i: GraphQLNamedType) => {
    const key = `${o.name}\u0000${i.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    queue.push([o, i]);
  };
  for (const root of ['getQueryType', 'getMutationType'] as const) {
    const o = original[root]();
    const i = introspected[root]();
    if (o && i) enqueue(o, i);
    else if (o || i) record(o ? 'type-missing' : 'type-extra', (o ?? i)!.name, 'root type', []);
  }

  const originCauses = (...origins: Array<Origin | undefined>) => origins.flatMap((origin) => (origin ? causesOf(origin) : []));

  /** Compares the types of a pair of fields or arguments; pairs their named types when they correspond. */
  const compareTypes = (
    kind: 'field' | 'argument',
    subject: string,
    o: GraphQLType,
    i: GraphQLType,
    causes: readonly MappingDifference[],
  ) => {
    const namedO = getNamedType(o);
    const namedI = getNamedType(i);
    const corresponding = translation.expected(namedO.name) === namedI.name;
    if (wrappers(o) !== wrappers(i)) record(`${kind}-wrapping`, subject, `${typeString(o)} → ${typeString(i)}`, causes);
    if (!corresponding) record(`${kind}-type`, subject, `${typeString(o)} → ${typeString(i)}`, causes);
    if (corresponding) enqueue(namedO, namedI);
    else {
      refer('original', o, causes);
      refer('introspected', i, causes);
    }
  };

  const compareArguments = (
    subject: string,
    o: readonly GraphQLArgument[],
    i: readonly GraphQLArgument[],
    renames: ReadonlyMap<string, string> | undefined,
    causes: readonly MappingDifference[],
  ) => {
    const pairedArguments = new Set<string>();
    for (const argument of o) {
      const name = renames?.get(argument.name) ?? argument.name;
      const counterpart = i.find((a) => a.name === name);
      if (name !== argument.name) record('argument-name', `${subject}(${argument.name})`, `${argument.name} → ${name}`, causes);
      if (!counterpart) {
        record('argument-missing', `${subject}(${argument.name})`, `${argument.name}: ${typeString(argument.type)}`, causes);
        refer('original', argument.type, causes);
        continue;
      }
      pairedArguments.add(counterpart.name);
      compareTypes('argument', `${subject}(${argument.name})`, argument.type, counterpart.type, causes);
    }
    for (const argument of i) {
      if (pairedArguments.has(argument.name)) continue;
      record('argument-extra', `${subject}(${argument.name})`, `${argument.name}: ${typeString(argument.type)}`, causes);
      refer('introspected', argument.type, causes);
    }
  };

  for (;;) {
    if (queue.length === 0) {
      // Types reached only through fields that differ, present on both sides: compared too.
      for (const type of Object.values(original.getTypeMap())) {
        const counterpart = introspected.getType(translation.expected(type.name));
        if (!type.name.startsWith('__') && !pairedOriginal.has(type.name) && counterpart && !pairedIntrospected.has(counterpart.name))
          enqueue(type, counterpart);
      }
      if (queue.length === 0) break;
    }
    const [o, i] = queue.shift()!;
    pairedOriginal.add(o.name);
    pairedIntrospected.add(i.name);
    if (o.name !== i.name) record('type-name', o.name, `${o.name} → ${i.name}`, translation.types.get(o.name)?.causes ?? []);
    const kindOf = (t: GraphQLNamedType) =>
      isObjectType(t)
        ? 'object'
        : isInputObjectType(t)
          ? 'input'
          : isEnumType(t)
            ? 'enum'
            : isScalarType(t)
              ? 'scalar'
              : isInterfaceType(t)
                ? 'interface'
                : isUnionType(t)
                  ? 'union'
                  : 'other';
    if (kindOf(o) !== kindOf(i)) {
      record('type-kind', o.name, `${kindOf(o)} ${o.name} → ${kindOf(i)} ${i.name}`, []);
      continue;
    }
    if (isEnumType(o) && isEnumType(i)) {
      const values = (t: typeof o) =>
        t
          .getValues()
          .map((v) => v.name)
          .join(', ');
      if (values(o) !== values(i)) record('enum-values', o.name, `${values(o)} → ${values(i)}`, []);
      continue;
    }
    if (!(isObjectType(o) || isInputObjectType(o)) || !(isObjectType(i) || isInputObjectType(i))) continue;
    const fieldsO: ReadonlyArray<GraphQLField<unknown, unknown> | GraphQLInputField> = Object.values(o.getFields());
    const fieldsI = i.getFields() as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>;
    const pairedFields = new Set<string>();
    for (const field of fieldsO) {
      const correspondence = translation.field(o.name, field.name);
      const name = correspondence?.name ?? field.name;
      const causes = originCauses(correspondence?.original, correspondence?.introspected, ...(correspondence?.owners ?? []));
      const subject = `${o.name}.${field.name}`;
      if (name !== field.name) record('field-name', subject, `${o.name}.${field.name} → ${i.name}.${name}`, causes);
      const counterpart = fieldsI[name];
      if (!counterpart) {
        record('field-missing', subject, `${field.name}: ${typeString(field.type)} (looked for ${i.name}.${name})`, causes);
        refer('original', field.type, causes);
        for (const argument of 'args' in field ? field.args : []) refer('original', argument.type, causes);
        continue;
      }
      pairedFields.add(name);
      compareTypes('field', subject, field.type, counterpart.type, causes);
      if ('args' in field && 'args' in counterpart)
        compareArguments(subject, field.args, counterpart.args, correspondence?.arguments, causes);
    }
    for (const field of Object.values(fieldsI)) {
      if (pairedFields.has(field.name)) continue;
      const causes = originCauses(translation.originOfIntrospected(o.name, i.name, field.name));
      record(
        'field-extra',
        `${i.name}.${field.name}`,
        `${field.name}: ${typeString(field.type)} (in ${i.name}, paired with ${o.name})`,
        causes,
      );
      refer('introspected', field.type, causes);
      for (const argument of 'args' in field ? field.args : []) refer('introspected', argument.type, causes);
    }
  }

  // Types of one schema with no counterpart: they follow from the differences that refer to them.
  for (const [side, schema, paired, kind] of [
    ['original', original, pairedOriginal, 'type-missing'],
    ['introspected', introspected, pairedIntrospected, 'type-extra'],
  ] as const) {
    const unpaired = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !paired.has(t.name));
    const causes = new Map(unpaired.map((t) => [t.name, new Set(referenceCauses[side].get(t.name) ?? [])]));
    // An unpaired type referred to by another unpaired type shares its causes.
    for (let changed = true; changed; ) {
      changed = false;
      for (const type of unpaired) {
        if (!(isObjectType(type) || isInputObjectType(type))) continue;
        const fields: ReadonlyArray<GraphQLField<unknown, unknown> | GraphQLInputField> = Object.values(type.getFields());
        for (const field of fields) {
          for (const referred of [field.type, ...('args' in field ? field.args.map((a) => a.type) : [])]) {
            const target = causes.get(getNamedType(referred).name);
            if (!target) continue;
            for (const cause of causes.get(type.name)!) {
              if (!target.has(cause)) {
                target.add(cause);
                changed = true;
              }
            }
          }
        }
      }
    }
    for (const type of unpaired)
      record(kind, type.name, `${side === 'original' ? 'only in the original' : 'only in the introspected'} schema`, [
        ...causes.get(type.name)!,
      ]);
  }
  return differences;
}
