/** Hands out table aliases `t0`, `t1`, ... for one statement, subqueries included. */
export class Aliases {
  #next = 0;

  next(): string {
    return `t${this.#next++}`;
  }
}
