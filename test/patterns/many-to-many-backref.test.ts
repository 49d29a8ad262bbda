/** Many to many, both directions with backref (examples/seed/many-to-many-backref.ts). */
import { describe, expect, it } from 'vitest';
import Base, { association } from '../../examples/seed/many-to-many-backref.js';
import { configure } from '../../src/index.js';
import { describeManyToMany } from './families/manyToMany.js';

const mapping = configure(Base);

describeManyToMany({ pattern: 'many-to-many-backref', Base, reverse: 'backref' });

describe('many-to-many-backref: mapper', () => {
  it('gives the backref the secondary of the forward relationship', () => {
    const secondary = mapping.table('association');
    expect(secondary?.decl).toBe(association);
    expect(mapping.model('Child')?.attribute('parents')).toMatchObject({ secondary });
  });
});
