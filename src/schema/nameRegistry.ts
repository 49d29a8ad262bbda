/**
 * Records where every generated GraphQL name came from, so that a clash names both
 * declarations (graphile-build's `makeNewBuild.ts` does the same).
 */
import { ProblemCollector } from '../errors/MappingError.js';

export class NameRegistry {
  readonly #origins = new Map<string, string>();
  readonly #problems = new ProblemCollector();

  /**
   * @param name `"Query.children"` for a field, `"ParentWhere"` for a type.
   * @param origin `"Child (model, examples/app.ts:12)"`.
   */
  register(name: string, origin: string): void {
    const first = this.#origins.get(name);
    if (first === undefined) {
      this.#origins.set(name, origin);
      return;
    }
    if (first === origin) return;
    const what = name.includes('.') ? 'field' : 'type';
    this.#problems.add('name-clash', `Two declarations generate the GraphQL ${what} "${name}":\n  ${first}\n  ${origin}\nRename one of them, or override the name through buildSchema's inflection option.`);
  }

  throwIfAny(): void {
    this.#problems.throwIfAny();
  }
}
