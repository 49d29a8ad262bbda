/** Many to many, one direction: `Parent.children` through `association` (examples/seed/many-to-many.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-many.js';
import { configure } from '../../src/index.js';
import { describeManyToMany } from './families/manyToMany.js';

const mapping = configure(Base);

describeManyToMany({ pattern: 'many-to-many', Base, reverse: false });

describe('many-to-many: mapper', () => {
  it('marks the association table as a secondary without a model', () => {
    expect(mapping.table('association')).toMatchObject({ isSecondary: true, model: undefined });
  });
});
