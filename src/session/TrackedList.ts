/**
 * A relationship's list as a model instance shows it: an array whose changing methods record
 * what was added and removed and keep the reverse relationship in step (SQLAlchemy's
 * instrumented collections, `orm/collections.py`). Assigning an index directly is not tracked;
 * use the methods.
 */

/**
 * What a list reports to its owner's state when it changes. `context` is what the list was
 * created with (its owner), so that one listener serves every list of a relationship.
 */
export interface ListListener<T, C = unknown> {
  /** Called before any change; throws to refuse it (a viewonly relationship). */
  guard?(context: C): void;
  appended(item: T, context: C): void;
  removed(item: T, context: C): void;
}

/** What an empty history reads as: most lists never get one (the reverse side of a link). */
const none: ReadonlySet<never> = new Set<never>();

/**
 * Up to this many members, "already in the list?" scans the array; past it, a Set answers. A
 * link of 1,000 rows makes 1,000 reverse lists of one member each, and a Set for each of them
 * was a tenth of the objects the link allocated, while the owner's list of 1,000 still gets one.
 */
const scanUpTo = 16;

export class TrackedList<T extends object> extends Array<T> {
  #listener: ListListener<T> | undefined;
  #context: unknown;
  /** Whether every member is known (new owners, or loaded); appends to an unloaded list still count. */
  loaded = false;
  // The history is made on the first change: a list read, or loaded and never changed, has none.
  #added: Set<T> | undefined;
  #deleted: Set<T> | undefined;
  /** The members, for a constant-time "already in the list?" once the list is long (`scanUpTo`). */
  #members: Set<T> | undefined;

  static override get [Symbol.species]() {
    return Array;
  }

  /** @internal Built by the session; users get lists from model attributes. */
  static create<T extends object, C = unknown>(listener: ListListener<T, C>, loaded: boolean, context?: C): TrackedList<T> {
    const list = new TrackedList<T>();
    list.#listener = listener as ListListener<T>;
    list.#context = context;
    list.loaded = loaded;
    return list;
  }

  /** Members added since the last flush (or load). */
  get added(): ReadonlySet<T> {
    return this.#added ?? none;
  }

  /** Members removed since the last flush (or load). */
  get deleted(): ReadonlySet<T> {
    return this.#deleted ?? none;
  }

  override push(...items: T[]): number {
    for (const item of items) this.append(item);
    return this.length;
  }

  override unshift(...items: T[]): number {
    this.#guard();
    for (const item of [...items].reverse()) {
      if (this.#has(item)) continue;
      Array.prototype.unshift.call(this, item);
      if (this.#members) this.#members.add(item);
      else if (this.length > scanUpTo) this.#members = new Set(this);
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
    this.#guard();
    if (this.#has(item)) return;
    this.#push(item);
    this.#recordAdd(item);
  }

  /** Removes `item`; removing a non-member of an unloaded list still records the removal. */
  remove(item: T): void {
    this.#guard();
    if (!this.#drop(item) && this.loaded && !this.#added?.has(item)) return;
    this.#recordRemove(item);
    this.#listener?.removed(item, this.#context);
  }

  /** @internal Changes membership without telling anyone: the reverse side of an event. */
  silentlyAppend(item: T): void {
    if (this.#has(item)) return;
    this.#push(item);
    if (this.#deleted?.has(item)) this.#deleted.delete(item);
    else (this.#added ??= new Set()).add(item);
  }

  /** @internal */
  silentlyRemove(item: T): void {
    this.#drop(item);
    this.#recordRemove(item);
  }

  /** @internal Sets the members as loaded from the database, keeping pending changes. */
  loadMembers(members: readonly T[]): void {
    const deleted = this.#deleted;
    const merged = new Set(deleted ? members.filter((member) => !deleted.has(member)) : members);
    for (const item of this) merged.add(item);
    Array.prototype.splice.call(this, 0, this.length, ...merged);
    this.#members = merged.size > scanUpTo ? merged : undefined;
    this.loaded = true;
  }

  /** @internal After a flush: the current members become the baseline. */
  resetHistory(): void {
    this.#added = undefined;
    this.#deleted = undefined;
  }

  #guard(): void {
    const listener = this.#listener;
    if (listener?.guard) listener.guard(this.#context);
  }

  #has(item: T): boolean {
    return this.#members ? this.#members.has(item) : this.includes(item);
  }

  #push(item: T): void {
    Array.prototype.push.call(this, item);
    if (this.#members) this.#members.add(item);
    else if (this.length > scanUpTo) this.#members = new Set(this);
  }

  /** Takes `item` out of the array; whether it was a member. */
  #drop(item: T): boolean {
    if (this.#members && !this.#members.delete(item)) return false;
    const at = this.indexOf(item);
    if (at < 0) return false;
    Array.prototype.splice.call(this, at, 1);
    return true;
  }

  #recordAdd(item: T): void {
    if (this.#deleted?.has(item)) this.#deleted.delete(item);
    else (this.#added ??= new Set()).add(item);
    this.#listener?.appended(item, this.#context);
  }

  #recordRemove(item: T): void {
    if (this.#added?.has(item)) this.#added.delete(item);
    else (this.#deleted ??= new Set()).add(item);
  }
}
