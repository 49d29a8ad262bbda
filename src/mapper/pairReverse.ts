/**
 * Steps 4 and 5 of `configure()`: create the relationships that `backref` asks for, and pair
 * each relationship with its reverse (`docs/sqlalchemy-semantics.md` R2.1–R2.3, R1.5).
 */
import type { BackrefDecl, RelationshipDecl } from '../declare/index.js';
import type { ProblemCollector } from '../errors/MappingError.js';
import { didYouMean } from '../util/didYouMean.js';
import { plural, singular } from '../util/pluralize.js';
import { columnList } from './describe.js';
import type { RelationshipDraft } from './draft.js';
import { createRelationshipDraft, oppositeDirection, resolveCascade, resolveOrderBy, reverseJoin, toList } from './mapRelationship.js';

/**
 * Creates the reverse of `forward` on its target (SQLAlchemy `_generate_backref`): same
 * secondary with the joins swapped, or the same foreign key seen from the other side. It
 * carries over `viewonly` and `postUpdate`, but not `uselist`, `cascade`, `orderBy` or
 * `passiveDeletes`, which come from `backref(name, options)` and are checked as a declared
 * relationship's are (R2.2).
 */
export function createBackref(
  forward: RelationshipDraft,
  backref: string | BackrefDecl,
  problems: ProblemCollector,
): RelationshipDraft | undefined {
  const { name, options } = typeof backref === 'string' ? { name: backref, options: {} } : backref;
  const owner = forward.target;
  const label = `${forward.owner.name}.${forward.name}`;
  if (owner.class.attributes[name] !== undefined || owner.relationships.some((r) => r.name === name)) {
    problems.add(
      'backref-conflict',
      `${label}: backref "${name}" would create ${owner.name}.${name}, but ${owner.name} already has an attribute by that name. Rename the backref, or declare the reverse yourself and use backPopulates.`,
    );
    return undefined;
  }
  const direction = oppositeDirection(forward.direction);
  const viewonly = forward.viewonly || options.viewonly === true;
  const cascade = resolveCascade(`${owner.name}.${name} (backref of ${label})`, options, direction, viewonly, problems);
  if (!cascade) return undefined;
  const orderBy = resolveOrderBy(`${owner.name}.${name}`, options.orderBy, forward.owner, problems);
  if (!orderBy) return undefined;
  const { join, secondaryJoin } = reverseJoin(forward.direction, forward.join, forward.secondaryJoin);
  const reverse = createRelationshipDraft({
    owner,
    name,
    target: forward.owner,
    direction,
    uselist: options.uselist ?? direction !== 'many-to-one',
    secondary: forward.secondary,
    join,
    secondaryJoin,
    cascade,
    orderBy,
    passiveDeletes: options.passiveDeletes ?? false,
    viewonly,
    postUpdate: options.postUpdate ?? forward.postUpdate,
    overlaps: toList(options.overlaps),
    origin: 'backref',
    declaredAt: forward.declaredAt,
    doc: options.doc,
    declaredBackPopulates: forward.name,
  });
  owner.relationships.push(reverse);
  link(forward, reverse);
  return reverse;
}

/**
 * Pairs each relationship with the one its `backPopulates` names, checking that they agree.
 * A problem is reported once per pair: when both sides name each other, the second side's
 * view of the same disagreement is not reported again.
 */
export function pairBackPopulates(relationships: readonly RelationshipDraft[], problems: ProblemCollector): void {
  const reported = new Set<RelationshipDraft>();
  for (const relationship of relationships) {
    const reverse = findBackPopulates(relationship, problems);
    if (!reverse) continue;
    const mismatch = describeMismatch(relationship, reverse);
    if (mismatch === 'reported-on-reverse') continue;
    if (!mismatch) {
      link(relationship, reverse);
    } else if (!(reported.has(reverse) && reverse.declaredBackPopulates === relationship.name)) {
      problems.add(
        mismatch.code,
        `${relationship.owner.name}.${relationship.name}: backPopulates is "${relationship.declaredBackPopulates}", but ${mismatch.message}`,
      );
      reported.add(relationship);
    }
  }
}

/** The relationship that `backPopulates` names, or undefined (after reporting why, if it is the user's mistake). */
function findBackPopulates(relationship: RelationshipDraft, problems: ProblemCollector): RelationshipDraft | undefined {
  const name = relationship.declaredBackPopulates;
  if (name === undefined || relationship.origin === 'backref') return undefined;
  const label = `${relationship.owner.name}.${relationship.name}`;
  const { target } = relationship;
  const reverse = target.relationships.find((r) => r.name === name);
  if (reverse) return reverse;
  const intro = `${label}: backPopulates is "${name}", but`;
  const declared = target.class.attributes[name];
  if (declared && declared.kind !== 'relationship') {
    const what = declared.kind === 'column' ? 'a column' : 'an association proxy';
    problems.add(
      'back-populates-not-relationship',
      `${intro} ${target.name}.${name} is ${what}, not a relationship. Name the relationship on ${target.name} that points back to ${relationship.owner.name}.`,
    );
  } else if (!declared) {
    const names = target.relationships.map((r) => r.name);
    problems.add(
      'back-populates-missing',
      `${intro} ${target.name} has no relationship by that name.${didYouMean(name, names.length > 0 ? names : Object.keys(target.class.attributes))} Declare ${target.name}.${name} = relationship("${relationship.owner.name}", { backPopulates: "${relationship.name}" }), or correct the name.`,
    );
  }
  // A declared relationship that failed to map has its own problem already.
  return undefined;
}

type Mismatch = { code: 'back-populates-mismatch' | 'same-direction'; message: string };

/** What keeps the two from pairing, if anything; `'reported-on-reverse'` when that is the reverse's own mistake. */
function describeMismatch(relationship: RelationshipDraft, reverse: RelationshipDraft): Mismatch | 'reported-on-reverse' | undefined {
  const label = `${relationship.owner.name}.${relationship.name}`;
  const other = `${reverse.owner.name}.${reverse.name}`;
  if (reverse.target !== relationship.owner) {
    return {
      code: 'back-populates-mismatch',
      message: `${other} points to ${reverse.target.name}, not to ${relationship.owner.name}. Name a relationship of ${reverse.owner.name} whose target is ${relationship.owner.name}.`,
    };
  }
  if (reverse.declaredBackPopulates !== undefined && reverse.declaredBackPopulates !== relationship.name) {
    if (!relationship.owner.relationships.some((r) => r.name === reverse.declaredBackPopulates)) return 'reported-on-reverse';
    return {
      code: 'back-populates-mismatch',
      message: `${other} has backPopulates "${reverse.declaredBackPopulates}", not "${relationship.name}". Make each of the two name the other.`,
    };
  }
  if (reverse.reverse !== undefined && reverse.reverse !== relationship) {
    return {
      code: 'back-populates-mismatch',
      message: `${other} is already the reverse of ${reverse.reverse.owner.name}.${reverse.reverse.name}. A relationship has one reverse; declare a separate one.`,
    };
  }
  if (relationship.owner === relationship.target && relationship.direction === 'one-to-many' && reverse.direction === 'one-to-many') {
    // R1.5: in a self-referential pair one side must be made many-to-one with remoteSide.
    const key = relationship.join.map((pair) => pair.local.attribute).join('", "');
    const scalar = [relationship, reverse].filter((r) => isSingularName(r.name));
    const side = scalar.length === 1 ? `${scalar[0]!.owner.name}.${scalar[0]!.name}, ` : '';
    return {
      code: 'same-direction',
      message: `${other} is one-to-many too, and a reverse pair must go opposite ways. Set remoteSide: "${key}" on ${side}the side that refers to one ${relationship.owner.name}, to make it many-to-one.`,
    };
  }
  if (reverse.direction !== oppositeDirection(relationship.direction)) {
    return {
      code: 'back-populates-mismatch',
      message: `${other} is ${reverse.direction} while ${label} is ${relationship.direction}. A reverse pair must go opposite ways over the same foreign key.`,
    };
  }
  if (reverse.secondary !== relationship.secondary) {
    return {
      code: 'back-populates-mismatch',
      message: `${other} uses secondary "${reverse.secondary?.name}" while ${label} uses "${relationship.secondary?.name}". Use the same secondary on both sides.`,
    };
  }
  const expected = reverseJoin(relationship.direction, relationship.join, relationship.secondaryJoin);
  const same =
    expected.join.length === reverse.join.length &&
    expected.join.every((pair, i) => pair.local === reverse.join[i]?.local && pair.remote === reverse.join[i]?.remote);
  if (!same) {
    const mine = columnList(
      relationship.direction === 'many-to-one' ? relationship.join.map((p) => p.local) : relationship.join.map((p) => p.remote),
    );
    const theirs = columnList(reverse.direction === 'many-to-one' ? reverse.join.map((p) => p.local) : reverse.join.map((p) => p.remote));
    return {
      code: 'back-populates-mismatch',
      message: `${other} joins on ${theirs} while ${label} joins on ${mine}. Pass the same foreignKeys to both.`,
    };
  }
  return undefined;
}

/** `parent` but not `children`: a hint for which side of a self-referential pair is the scalar. */
function isSingularName(name: string): boolean {
  return singular(name) === name && plural(name) !== name;
}

function link(a: RelationshipDraft, b: RelationshipDraft): void {
  a.reverse = b;
  b.reverse = a;
}

export function backrefOf(decl: RelationshipDecl): string | BackrefDecl | undefined {
  return decl.options.backref;
}
