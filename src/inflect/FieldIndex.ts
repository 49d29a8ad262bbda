import type { TableColumn } from '../declare/index.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import type { Inflection } from './inflection.js';

/** Looks up GraphQL field names of a model's `Where` and `OrderBy` inputs. */
export class FieldIndex {
  readonly #inflection: Inflection;
  readonly #models = new Map<MappedModel, Map<string, TableColumn | MappedRelationship | MappedAssociationProxy>>();

  constructor(inflection: Inflection) {
    this.#inflection = inflection;
  }

  field(model: MappedModel, name: string): TableColumn | MappedRelationship | MappedAssociationProxy | undefined {
    let fields = this.#models.get(model);
    if (!fields) {
      fields = new Map();
      for (const column of model.columns) fields.set(this.#inflection.fieldName(column.attribute), column);
      for (const relationship of model.relationships) fields.set(this.#inflection.fieldName(relationship.name), relationship);
      for (const proxy of model.proxies) fields.set(this.#inflection.fieldName(proxy.name), proxy);
      this.#models.set(model, fields);
    }
    return fields.get(name);
  }
}
