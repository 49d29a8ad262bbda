/** Many to many, both directions with backPopulates (examples/seed/many-to-many-back-populates.ts). */
import { describe, expect, it } from 'vitest';
import Base, { association } from '../../examples/seed/many-to-many-back-populates.js';
import { configure } from '../../src/index.js';
import { describeManyToMany } from './families/manyToMany.js';

const mapping = configure(Base);

describeManyToMany({ pattern: 'many-to-many-back-populates', Base, reverse: 'declared' });

describe('many-to-many-back-populates: mapper', () => {
  it('resolves the Table passed on both sides to the same mapped secondary', () => {
    const secondary = mapping.table('association');
    expect(secondary?.decl).toBe(association);
    expect(mapping.model('Parent')?.attribute('children')).toMatchObject({ secondary });
    expect(mapping.model('Child')?.attribute('parents')).toMatchObject({ secondary });
  });
});
