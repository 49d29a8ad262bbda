export { definePolicy, isPolicy } from './definePolicy.js';
export type { Policy, ModelRules, Rule, RuleValue, WhereRule } from './definePolicy.js';
export { validatePolicy } from './validatePolicy.js';
