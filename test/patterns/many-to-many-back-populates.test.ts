/** Many to many, both directions with backPopulates (examples/seed/many-to-many-back-populates.ts). */
import { describe, expect, it } from 'vitest';
import Base, { association } from '../../examples/seed/many-to-many-back-populates.js';
import { configure } from '../../src/index.js';
import { decisions } from './seedSchema.js';
import { describeTwoWayManyToMany } from './twoWayManyToMany.js';

const mapping = configure(Base);

describeTwoWayManyToMany('many-to-many-back-populates', Base);

describe('many-to-many-back-populates: mapper', () => {
  it('pairs Parent.children with Child.parents over the same secondary, with the joins swapped', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: 'Child.parents', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: 'association',
      join: ['left.id = association.left_id'], secondaryJoin: ['association.right_id = right.id'],
    });
    expect(decisions(mapping, 'Child.parents')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: 'Parent.children', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: 'association',
      join: ['right.id = association.right_id'], secondaryJoin: ['association.left_id = left.id'],
    });
  });

  it('resolves the Table passed on both sides to the same mapped secondary', () => {
    const secondary = mapping.table('association');
    expect(secondary?.decl).toBe(association);
    expect(mapping.model('Parent')?.attribute('children')).toMatchObject({ secondary });
    expect(mapping.model('Child')?.attribute('parents')).toMatchObject({ secondary });
  });
});
