/**
 * A relationship's list as a model instance shows it: an array whose changing methods record
 * what was added and removed and keep the reverse relationship in step (SQLAlchemy's
 * instrumented collections, `orm/collections.py`). Assigning an index directly is not tracked;
 * use the methods.
 */

/** What a list reports to its owner's state when it changes. */
export interface ListListener<T> {
  /** Called before any change; throws to refuse it (a viewonly relationship). */
  guard?(): void;
  appended(item: T): void;
  removed(item: T): void;
}

export class TrackedList<T extends object> extends Array<T> {
  #listener: ListListener<T> | undefined;
  /** Whether every member is known (new owners, or loaded); appends to an unloaded list still count. */
  loaded = false;
  readonly added = new Set<T>();
  readonly deleted = new Set<T>();
  /** The members, for a constant-time "already in the list?": lists of thousands are linked at once. */
  readonly #members = new Set<T>();

  static override get [Symbol.species]() {
    return Array;
  }

  /** @internal Built by the session; users get lists from model attributes. */
  static create<T extends object>(listener: ListListener<T>, loaded: boolean): TrackedList<T> {
    const list = new TrackedList<T>();
    list.#listener = listener;
    list.loaded = loaded;
    return list;
  }

  override push(...items: T[]): number {
    for (const item of items) this.append(item);
    return this.length;
  }

  override unshift(...items: T[]): number {
    this.#listener?.guard?.();
    for (const item of [...items].reverse()) {
      if (this.#members.has(item)) continue;
      Array.prototype.unshift.call(this, item);
      this.#members.add(item);
      this.#recordAdd(item);
    }
    return this.length;
  }

  override pop(): T | undefined {
    const item = this.at(-1);
    if (item !== undefined) this.remove(item);
    return item;
  }

  override shift(): T | undefined {
    const item = this[0];
    if (item !== undefined) this.remove(item);
    return item;
  }

  override splice(start: number, deleteCount?: number, ...items: T[]): T[] {
    const removed = this.slice(start, deleteCount === undefined ? undefined : start + deleteCount);
    for (const item of removed) this.remove(item);
    for (const item of items) this.append(item);
    return removed;
  }

  /** Adds `item` unless it is a member already: a list relationship holds each object once. */
  append(item: T): void {
    this.#listener?.guard?.();
    if (this.#members.has(item)) return;
    Array.prototype.push.call(this, item);
    this.#members.add(item);
    this.#recordAdd(item);
  }

  /** Removes `item`; removing a non-member of an unloaded list still records the removal. */
  remove(item: T): void {
    this.#listener?.guard?.();
    if (this.#members.delete(item)) Array.prototype.splice.call(this, this.indexOf(item), 1);
    else if (this.loaded && !this.added.has(item)) return;
    if (this.added.has(item)) this.added.delete(item);
    else this.deleted.add(item);
    this.#listener?.removed(item);
  }

  /** @internal Changes membership without telling anyone: the reverse side of an event. */
  silentlyAppend(item: T): void {
    if (this.#members.has(item)) return;
    Array.prototype.push.call(this, item);
    this.#members.add(item);
    if (this.deleted.has(item)) this.deleted.delete(item);
    else this.added.add(item);
  }

  /** @internal */
  silentlyRemove(item: T): void {
    if (this.#members.delete(item)) Array.prototype.splice.call(this, this.indexOf(item), 1);
    if (this.added.has(item)) this.added.delete(item);
    else this.deleted.add(item);
  }

  /** @internal Sets the members as loaded from the database, keeping pending changes. */
  loadMembers(members: readonly T[]): void {
    const merged = new Set(members.filter((member) => !this.deleted.has(member)));
    for (const item of this) merged.add(item);
    Array.prototype.splice.call(this, 0, this.length, ...merged);
    this.#members.clear();
    for (const item of merged) this.#members.add(item);
    this.loaded = true;
  }

  /** @internal After a flush: the current members become the baseline. */
  resetHistory(): void {
    this.added.clear();
    this.deleted.clear();
  }

  #recordAdd(item: T): void {
    if (this.deleted.has(item)) this.deleted.delete(item);
    else this.added.add(item);
    this.#listener?.appended(item);
  }
}
