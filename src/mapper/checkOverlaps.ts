/**
 * Step 7 of `configure()`: refuses two writable relationships that write the same column
 * without knowing of each other — SQLAlchemy's `qzyx` warning made an error
 * (`_warn_for_conflicting_sync_targets`; `docs/sqlalchemy-semantics.md` R7.2). The classic
 * case is an association object mapped beside a `secondary` relationship over its table.
 */
import { isRelationshipDecl, type TableColumn } from '../declare/index.js';
import type { ProblemCollector } from '../errors/MappingError.js';
import { columnName } from './describe.js';
import type { RelationshipDraft } from './draft.js';

/** The columns a relationship writes when it links two objects. */
export function writtenColumns(relationship: RelationshipDraft): TableColumn[] {
  return [...relationship.syncPairs, ...relationship.secondarySyncPairs].map((pair) => pair.to);
}

interface Overlap {
  readonly a: RelationshipDraft;
  readonly b: RelationshipDraft;
  readonly columns: readonly TableColumn[];
}

/**
 * Reports each group of overlapping relationships once. A relationship that overlaps with
 * several others (a `secondary` beside the four relationships of an association object) is
 * reported with all of them in one problem, since one change to it fixes them all.
 */
export function checkOverlaps(relationships: readonly RelationshipDraft[], problems: ProblemCollector): void {
  let overlaps = findOverlaps(relationships);
  while (overlaps.length > 0) {
    const subject = mostOverlapping(relationships, overlaps);
    const mine = overlaps.filter((o) => o.a === subject || o.b === subject);
    problems.add('overlapping-relationships', mine.length === 1 ? pairMessage(mine[0]!) : groupMessage(subject, mine));
    overlaps = overlaps.filter((o) => !mine.includes(o));
  }
}

function findOverlaps(relationships: readonly RelationshipDraft[]): Overlap[] {
  const writable = relationships.filter((r) => !r.viewonly);
  const overlaps: Overlap[] = [];
  for (const [i, a] of writable.entries()) {
    const columns = writtenColumns(a);
    for (const b of writable.slice(i + 1)) {
      if (a.reverse === b || intendedPair(a, b) || acknowledges(a, b) || acknowledges(b, a)) continue;
      const shared = writtenColumns(b).filter((column) => columns.includes(column));
      if (shared.length > 0) overlaps.push({ a, b, columns: shared });
    }
  }
  return overlaps;
}

function mostOverlapping(relationships: readonly RelationshipDraft[], overlaps: readonly Overlap[]): RelationshipDraft {
  const count = (r: RelationshipDraft) => overlaps.filter((o) => o.a === r || o.b === r).length;
  return relationships.reduce((best, r) => (count(r) > count(best) ? r : best));
}

function pairMessage({ a, b, columns }: Overlap): string {
  const secondary = [a, b].find((r) => r.secondary !== undefined);
  let fix: string;
  if (a.target === b.owner && b.target === a.owner && a.secondary === b.secondary) {
    fix = `Pair them with backPopulates, mark one of them viewonly, or list each in the other's overlaps.`;
  } else if (secondary) {
    fix = `Mark ${label(secondary)} viewonly (the usual choice for a secondary relationship beside an association object), or list each in the other's overlaps and write through only one.`;
  } else {
    fix = `Mark one of them viewonly, or list each in the other's overlaps and write through only one.`;
  }
  return `${label(a)} and ${label(b)} both write column ${columnName(columns[0]!)}, so one flush could write the same row twice. ${fix}`;
}

function groupMessage(subject: RelationshipDraft, overlaps: readonly Overlap[]): string {
  const others = overlaps
    .map((o) => (o.a === subject ? o.b : o.a))
    .map(label)
    .sort();
  const written = writtenColumns(subject);
  const columns = written.filter((column) => overlaps.some((o) => o.columns.includes(column)));
  return `${label(subject)} writes ${andList(columns.map(columnName))}, which ${andList(others)} also write, so one flush could write the same row twice. Mark ${label(subject)} viewonly (the usual choice for a secondary relationship beside an association object), or list the others in its overlaps and write through only one.`;
}

/** `"a, b and c"`. */
function andList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function label(relationship: RelationshipDraft): string {
  return `${relationship.owner.name}.${relationship.name}`;
}

/** `overlaps` may name the other relationship as `"children"` or `"Parent.children"`. */
function acknowledges(a: RelationshipDraft, b: RelationshipDraft): boolean {
  return a.overlaps.includes(b.name) || a.overlaps.includes(label(b));
}

/**
 * Whether one of the two names the other as its reverse (`backPopulates` or `backref`). Such
 * a pair that failed to link has its own problem already; an overlap would only repeat it.
 */
function intendedPair(a: RelationshipDraft, b: RelationshipDraft): boolean {
  return (a.target === b.owner && intendedReverse(a) === b.name) || (b.target === a.owner && intendedReverse(b) === a.name);
}

function intendedReverse(relationship: RelationshipDraft): string | undefined {
  if (relationship.declaredBackPopulates !== undefined) return relationship.declaredBackPopulates;
  const decl = relationship.origin === 'declared' ? relationship.owner.class.attributes[relationship.name] : undefined;
  const backref = isRelationshipDecl(decl) ? decl.options.backref : undefined;
  return typeof backref === 'string' ? backref : backref?.name;
}
