/** Checks a policy against the mapping at startup: every model, attribute and option it names exists. */
import { ProblemCollector } from '../errors/MappingError.js';
import type { Mapping } from '../mapper/index.js';
import { didYouMean } from '../util/didYouMean.js';
import type { Policy } from './definePolicy.js';

const ruleNames = ['read', 'create', 'update', 'delete', 'link', 'links', 'fields'];

/**
 * @throws MappingError with code `invalid-policy`, one problem per mistake, e.g.
 *   `Policy for Child: fields names "secrt", which Child does not have. Did you mean "secret"?`
 */
export function validatePolicy(policy: Policy, mapping: Mapping): void {
  const problems = new ProblemCollector();
  for (const [modelName, rules] of Object.entries(policy.models)) {
    const model = mapping.model(modelName);
    if (!model) {
      problems.add(
        'invalid-policy',
        `Policy: "${modelName}" is not a model.${didYouMean(
          modelName,
          mapping.models.map((m) => m.name),
        )} Name rules after the models declared with Base.model().`,
      );
      continue;
    }
    for (const key of Object.keys(rules)) {
      if (!ruleNames.includes(key)) {
        problems.add(
          'invalid-policy',
          `Policy for ${modelName}: "${key}" is not a rule.${didYouMean(key, ruleNames)} Rules are ${ruleNames.join(', ')}.`,
        );
      }
    }
    const attributes = [
      ...model.columns.map((c) => c.attribute),
      ...model.relationships.map((r) => r.name),
      ...model.proxies.map((p) => p.name),
    ];
    for (const attribute of Object.keys(rules.fields ?? {})) {
      if (!attributes.includes(attribute)) {
        problems.add(
          'invalid-policy',
          `Policy for ${modelName}: fields names "${attribute}", which ${modelName} does not have.${didYouMean(attribute, attributes)} Name a column, relationship or proxy attribute.`,
        );
      }
    }
    const relationships = [...model.relationships.map((r) => r.name), ...model.proxies.map((p) => p.name)];
    for (const name of Object.keys(rules.links ?? {})) {
      if (!relationships.includes(name)) {
        problems.add(
          'invalid-policy',
          `Policy for ${modelName}: links names "${name}", which is not a relationship of ${modelName}.${didYouMean(name, relationships)}`,
        );
      }
    }
  }
  problems.throwIfAny();
}
