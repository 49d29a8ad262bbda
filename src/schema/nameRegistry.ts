/**
 * Records where every generated GraphQL name came from, so that a clash names both
 * declarations (graphile-build's `makeNewBuild.ts` does the same).
 */
import { ProblemCollector } from '../errors/MappingError.js';

export class NameRegistry {
  readonly #origins = new Map<string, string[]>();

  /**
   * @param name `"Query.children"` for a field, `"ParentWhere"` for a type.
   * @param origin `"Child (model, examples/app.ts:12)"`.
   */
  register(name: string, origin: string): void {
    const origins = this.#origins.get(name);
    if (origins === undefined) this.#origins.set(name, [origin]);
    else if (!origins.includes(origin)) origins.push(origin);
  }

  /**
   * One problem per clash. The same declarations usually clash in several places at once
   * (`Child.parentId`, then `ChildWhere.parentId`, `ChildCreateInput.parentId`, ...): only the
   * first is reported, since renaming one declaration fixes them all.
   */
  throwIfAny(): void {
    const problems = new ProblemCollector();
    const reported = new Set<string>();
    for (const [name, origins] of this.#origins) {
      const key = [...origins].sort().join('\n');
      if (origins.length < 2 || reported.has(key)) continue;
      reported.add(key);
      const what = name.includes('.') ? 'field' : 'type';
      problems.add(
        'name-clash',
        `${count(origins.length)} declarations generate the GraphQL ${what} "${name}":\n  ${origins.join('\n  ')}\nRename one of them, or override the name through buildSchema's inflection option.`,
      );
    }
    problems.throwIfAny();
  }
}

function count(n: number): string {
  return ['Two', 'Three', 'Four', 'Five'][n - 2] ?? String(n);
}
