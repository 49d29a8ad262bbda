/** The one error a bad declaration produces: every problem found, each with a stable code. */

/** Stable codes of declaration problems; each has a section in docs/errors.md. */
export type MappingProblemCode =
  | 'duplicate-model'
  | 'duplicate-table'
  | 'duplicate-column'
  | 'unsupported-key-type'
  | 'no-primary-key'
  | 'invalid-version-column'
  | 'unknown-target'
  | 'unknown-table'
  | 'unknown-column'
  | 'invalid-option'
  | 'secondary-is-model'
  | 'secondary-missing-foreign-key'
  | 'no-foreign-key-path'
  | 'ambiguous-foreign-keys'
  | 'ambiguous-direction'
  | 'back-populates-missing'
  | 'back-populates-not-relationship'
  | 'back-populates-mismatch'
  | 'backref-and-back-populates'
  | 'backref-conflict'
  | 'same-direction'
  | 'invalid-cascade'
  | 'overlapping-relationships'
  | 'invalid-association-proxy'
  | 'name-clash'
  | 'invalid-policy';

export interface MappingProblem {
  readonly code: MappingProblemCode;
  /** A full sentence (or more): where, what is wrong, the fix. */
  readonly message: string;
}

/**
 * Raised by `configure()` and `buildSchema()`. Its message lists every problem, so one run
 * shows the whole list, as graphql-js's schema validation does.
 *
 * @example
 * try { configure(Base) } catch (e) { if (e instanceof MappingError) e.problems.map(p => p.code) }
 */
export class MappingError extends Error {
  readonly problems: readonly MappingProblem[];

  constructor(problems: readonly MappingProblem[]) {
    super(formatProblems(problems));
    this.name = 'MappingError';
    this.problems = problems;
  }
}

function formatProblems(problems: readonly MappingProblem[]): string {
  if (problems.length === 1) return problems[0]!.message;
  const header = `${problems.length} problems in the declarations:`;
  return [header, ...problems.map((p) => `- ${p.message.replaceAll('\n', '\n  ')}`)].join('\n');
}

/** Collects problems while a phase runs, then throws them together. */
export class ProblemCollector {
  readonly #problems: MappingProblem[] = [];

  add(code: MappingProblemCode, message: string): void {
    this.#problems.push({ code, message });
  }

  get size(): number {
    return this.#problems.length;
  }

  throwIfAny(): void {
    if (this.#problems.length > 0) throw new MappingError([...this.#problems]);
  }
}
