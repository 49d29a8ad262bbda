/**
 * Step 7 of `configure()`: refuses two writable relationships that write the same column
 * without knowing of each other — SQLAlchemy's `qzyx` warning made an error
 * (`_warn_for_conflicting_sync_targets`; `shared/sqlalchemy-semantics.md` R7.2). The classic
 * case is an association object mapped beside a `secondary` relationship over its table.
 */
import type { TableColumn } from '../declare/index.js';
import type { ProblemCollector } from '../errors/MappingError.js';
import { columnName } from './describe.js';
import type { RelationshipDraft } from './draft.js';

/** The columns a relationship writes when it links two objects. */
export function writtenColumns(relationship: RelationshipDraft): TableColumn[] {
  return [...relationship.syncPairs, ...relationship.secondarySyncPairs].map((pair) => pair.to);
}

export function checkOverlaps(relationships: readonly RelationshipDraft[], problems: ProblemCollector): void {
  const writable = relationships.filter((r) => !r.viewonly);
  for (const [i, a] of writable.entries()) {
    const columns = writtenColumns(a);
    for (const b of writable.slice(i + 1)) {
      if (a.reverse === b || acknowledges(a, b) || acknowledges(b, a)) continue;
      const shared = writtenColumns(b).find((column) => columns.includes(column));
      if (!shared) continue;
      const first = `${a.owner.name}.${a.name}`;
      const second = `${b.owner.name}.${b.name}`;
      const pairable = a.target === b.owner && b.target === a.owner;
      const fix = pairable
        ? `Pair them with backPopulates, mark one of them viewonly, or list each in the other's overlaps.`
        : `Mark one of them viewonly (the usual choice for a secondary relationship beside an association object), or list each in the other's overlaps and write through only one.`;
      problems.add('overlapping-relationships', `${first} and ${second} both write column ${columnName(shared)}, so one flush could write the same row twice. ${fix}`);
    }
  }
}

/** `overlaps` may name the other relationship as `"children"` or `"Parent.children"`. */
function acknowledges(a: RelationshipDraft, b: RelationshipDraft): boolean {
  return a.overlaps.includes(b.name) || a.overlaps.includes(`${b.owner.name}.${b.name}`);
}
