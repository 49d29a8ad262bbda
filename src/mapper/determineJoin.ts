/**
 * Derives a relationship's direction and join columns from the foreign keys, as SQLAlchemy's
 * `_JoinCondition` does (`orm/relationships.py`: `_determine_joins`, `_determine_direction`;
 * `docs/sqlalchemy-semantics.md` R1.1–R1.8).
 */
import type { TableColumn } from '../declare/index.js';
import { columnList } from './describe.js';
import type { TableDraft } from './draft.js';
import type { Direction, JoinPair, ResolvedForeignKey, SecondaryJoinPair } from './types.js';

export interface JoinRequest {
  /** `"Parent.children"`, the prefix of every message. */
  readonly label: string;
  readonly owner: TableDraft;
  readonly target: TableDraft;
  readonly secondary: TableDraft | undefined;
  /** Columns named by `foreignKeys`, already resolved. */
  readonly foreignKeys: readonly TableColumn[] | undefined;
  /** Columns named by `remoteSide`, already resolved. */
  readonly remoteSide: readonly TableColumn[] | undefined;
}

export interface JoinResult {
  readonly direction: Direction;
  readonly join: readonly JoinPair[];
  readonly secondaryJoin: readonly SecondaryJoinPair[];
}

export type JoinOutcome =
  | { readonly ok: true; readonly result: JoinResult }
  | {
      readonly ok: false;
      readonly code:
        | 'no-foreign-key-path'
        | 'ambiguous-foreign-keys'
        | 'ambiguous-direction'
        | 'secondary-missing-foreign-key'
        | 'invalid-option';
      readonly message: string;
    };

export function determineJoin(request: JoinRequest): JoinOutcome {
  return request.secondary ? determineSecondaryJoin(request, request.secondary) : determineDirectJoin(request);
}

/**
 * Without `secondary` (R1.2–R1.4):
 * 1. Collect the foreign keys between the two tables, kept to those `foreignKeys` names.
 * 2. None: no path. Several: ambiguous, unless `foreignKeys` chose them all on one side
 *    (then they form one composite path).
 * 3. A foreign key on the target's table makes a one-to-many; on the owner's, a many-to-one.
 * 4. Self-referential: one-to-many, unless `remoteSide` names the referenced columns.
 */
function determineDirectJoin(request: JoinRequest): JoinOutcome {
  const { label, owner, target, foreignKeys } = request;
  const selfReferential = owner === target;
  const linking = [
    ...owner.foreignKeys.filter((fk) => fk.targetTable === target),
    ...(selfReferential ? [] : target.foreignKeys.filter((fk) => fk.targetTable === owner)),
  ];
  const chosen = foreignKeys ? linking.filter((fk) => fk.columns.every((c) => foreignKeys.includes(c))) : linking;
  if (chosen.length === 0) {
    if (foreignKeys) {
      return {
        ok: false,
        code: 'no-foreign-key-path',
        message: `${label}: foreignKeys names ${columnList(foreignKeys)}, but no foreign key made of those columns links table "${owner.name}" to table "${target.name}". Name the columns of a ForeignKey between the two tables.`,
      };
    }
    return { ok: false, code: 'no-foreign-key-path', message: noPathMessage(label, owner, target) };
  }
  const sides = new Set(chosen.map((fk) => fk.table));
  if (chosen.length > 1 && (!foreignKeys || sides.size > 1)) {
    if (foreignKeys) {
      return {
        ok: false,
        code: 'ambiguous-direction',
        message: `${label}: foreignKeys names columns of both "${owner.name}" and "${target.name}" (${columnList(chosen.flatMap((fk) => fk.columns))}), so the direction is unclear. Name the foreign-key columns of one table only.`,
      };
    }
    return { ok: false, code: 'ambiguous-foreign-keys', message: ambiguousMessage(label, owner, target, chosen) };
  }
  const pairs = chosen.flatMap((fk) => fk.columns.map((column, i) => ({ column, referenced: fk.targets[i]! })));
  const foreignKeyOnOwner = chosen[0]!.table === owner && !selfReferential;
  if (selfReferential) return selfReferentialJoin(request, pairs);
  const direction: Direction = foreignKeyOnOwner ? 'many-to-one' : 'one-to-many';
  const join = pairs.map(({ column, referenced }) =>
    foreignKeyOnOwner ? { local: column, remote: referenced } : { local: referenced, remote: column },
  );
  return { ok: true, result: { direction, join, secondaryJoin: [] } };
}

function selfReferentialJoin(request: JoinRequest, pairs: ReadonlyArray<{ column: TableColumn; referenced: TableColumn }>): JoinOutcome {
  const { remoteSide, label } = request;
  const referencing = pairs.map((p) => p.column);
  const referenced = pairs.map((p) => p.referenced);
  if (!remoteSide || remoteSide.every((c) => referencing.includes(c))) {
    // R1.4: by default the foreign-key column is remote, which makes a one-to-many collection.
    return {
      ok: true,
      result: { direction: 'one-to-many', join: pairs.map((p) => ({ local: p.referenced, remote: p.column })), secondaryJoin: [] },
    };
  }
  if (remoteSide.every((c) => referenced.includes(c))) {
    return {
      ok: true,
      result: { direction: 'many-to-one', join: pairs.map((p) => ({ local: p.column, remote: p.referenced })), secondaryJoin: [] },
    };
  }
  return {
    ok: false,
    code: 'invalid-option',
    message: `${label}: remoteSide names ${columnList(remoteSide)}, which are neither the referenced columns (${columnList(referenced)}) nor the foreign-key columns (${columnList(referencing)}). Name ${columnList(referenced)} for a many-to-one, or leave remoteSide out for a one-to-many.`,
  };
}

/**
 * With `secondary` the direction is always many-to-many (R1.1). The secondary's foreign keys
 * to the owner's table give the join, those to the target's table the secondary join. In a
 * self-referential many-to-many both point at one table, and `foreignKeys` names the owner's.
 */
function determineSecondaryJoin(request: JoinRequest, secondary: TableDraft): JoinOutcome {
  const { label, owner, target, foreignKeys } = request;
  const toOwner = secondary.foreignKeys.filter((fk) => fk.targetTable === owner);
  const toTarget = secondary.foreignKeys.filter((fk) => fk.targetTable === target);
  const named = (fks: ResolvedForeignKey[]) => (foreignKeys ? fks.filter((fk) => fk.columns.every((c) => foreignKeys.includes(c))) : []);
  let ownerSide: ResolvedForeignKey[];
  let targetSide: ResolvedForeignKey[];
  if (owner === target) {
    ownerSide = named(toOwner);
    targetSide = toOwner.filter((fk) => !ownerSide.includes(fk));
    if (ownerSide.length === 0 && toOwner.length >= 2) {
      return {
        ok: false,
        code: 'ambiguous-foreign-keys',
        message: `${label}: secondary table "${secondary.name}" has ${count(toOwner.length)} foreign keys to "${owner.name}" (${columnList(toOwner.flatMap((fk) => fk.columns))}), so which one refers to the owner is unclear. Pass foreignKeys with the column that refers to the owner, e.g. foreignKeys: "${secondary.name}.${toOwner[0]!.columns[0]!.name}".`,
      };
    }
  } else {
    ownerSide = named(toOwner).length > 0 ? named(toOwner) : toOwner;
    targetSide = named(toTarget).length > 0 ? named(toTarget) : toTarget;
  }
  const missing = [ownerSide.length === 0 ? owner : undefined, targetSide.length === 0 ? target : undefined].filter((t) => t !== undefined);
  if (missing.length > 0) {
    const which = [...new Set(missing.map((t) => `"${t.name}"`))].join(' or ');
    const fix = missing.map((t) => `ForeignKey("${t.name}.${t.primaryKey[0]?.name ?? 'id'}")`).join(' and ');
    return {
      ok: false,
      code: 'secondary-missing-foreign-key',
      message: `${label}: secondary table "${secondary.name}" has no foreign key to ${which}. Add ${fix} to ${missing.length > 1 && owner !== target ? 'its columns' : 'one of its columns'}.`,
    };
  }
  for (const [side, fks] of [
    [owner, ownerSide],
    [target, targetSide],
  ] as const) {
    if (fks.length > 1) {
      return {
        ok: false,
        code: 'ambiguous-foreign-keys',
        message: `${label}: secondary table "${secondary.name}" has ${count(fks.length)} foreign keys to "${side.name}" (${columnList(fks.flatMap((fk) => fk.columns))}). Pass foreignKeys to choose one.`,
      };
    }
  }
  const ownerFk = ownerSide[0]!;
  const targetFk = targetSide[0]!;
  return {
    ok: true,
    result: {
      direction: 'many-to-many',
      join: ownerFk.columns.map((column, i) => ({ local: ownerFk.targets[i]!, remote: column })),
      secondaryJoin: targetFk.columns.map((column, i) => ({ secondary: column, target: targetFk.targets[i]! })),
    },
  };
}

function noPathMessage(label: string, owner: TableDraft, target: TableDraft): string {
  const ownerKey = owner.primaryKey[0]?.name ?? 'id';
  const targetKey = target.primaryKey[0]?.name ?? 'id';
  return `${label}: no foreign key links table "${owner.name}" to table "${target.name}". Add ForeignKey("${owner.name}.${ownerKey}") to a column of "${target.name}" (or ForeignKey("${target.name}.${targetKey}") to a column of "${owner.name}"), or pass secondary for a many-to-many.`;
}

function ambiguousMessage(label: string, owner: TableDraft, target: TableDraft, fks: readonly ResolvedForeignKey[]): string {
  const columns = columnList(fks.flatMap((fk) => fk.columns));
  const tables = new Set(fks.map((fk) => fk.table));
  const subject =
    tables.size === 1
      ? `table "${fks[0]!.table.name}" has ${count(fks.length)} foreign keys to "${fks[0]!.targetTable.name}"`
      : `tables "${owner.name}" and "${target.name}" are linked by ${count(fks.length)} foreign keys`;
  const composite =
    tables.size === 1 &&
    fks.every((fk) => fk.columns.length === 1) &&
    new Set(fks.map((fk) => fk.targets[0])).size === fks.length &&
    fks[0]!.targetTable.primaryKey.length === fks.length
      ? ' If they form one composite key, declare them as one ForeignKeyConstraint.'
      : '';
  return `${label}: ${subject} (${columns}). Pass foreignKeys to choose one.${composite}`;
}

function count(n: number): string {
  return ['zero', 'one', 'two', 'three', 'four', 'five'][n] ?? String(n);
}
