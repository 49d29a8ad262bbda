/** `MetaData`: the collection of tables (and the models mapped to them) that one schema is built from. */
import type { TableDecl } from './Table.js';
import type { ModelClass } from './model.js';

/**
 * Holds tables by name and models by name. Name strings in declarations (`secondary:
 * 'association'`, `ForeignKey('parent.id')`, `relationship('Child')`) are resolved against it
 * when the mapper runs, so declaration order does not matter.
 *
 * @example
 * const metadata = new MetaData();
 * Table('association', metadata, Column('left_id', Integer, ForeignKey('left.id')));
 */
export class MetaData {
  readonly #tables = new Map<string, TableDecl>();
  readonly #models = new Map<string, ModelClass>();
  readonly #duplicates: Array<{ kind: 'table' | 'model'; name: string; declaredAt: string | undefined }> = [];

  get tables(): ReadonlyMap<string, TableDecl> {
    return this.#tables;
  }

  get models(): ReadonlyMap<string, ModelClass> {
    return this.#models;
  }

  /** Names declared twice; the mapper reports them with everything else. */
  get duplicates(): ReadonlyArray<{ kind: 'table' | 'model'; name: string; declaredAt: string | undefined }> {
    return this.#duplicates;
  }

  addTable(table: TableDecl): void {
    if (this.#tables.has(table.name)) {
      this.#duplicates.push({ kind: 'table', name: table.name, declaredAt: table.declaredAt });
      return;
    }
    this.#tables.set(table.name, table);
  }

  addModel(model: ModelClass): void {
    if (this.#models.has(model.modelName)) {
      this.#duplicates.push({ kind: 'model', name: model.modelName, declaredAt: model.declaredAt });
      return;
    }
    this.#models.set(model.modelName, model);
  }
}

export function isMetaData(value: unknown): value is MetaData {
  return value instanceof MetaData;
}
