/** Many to many, both directions with backref (examples/seed/many-to-many-backref.ts). */
import { describe, expect, it } from 'vitest';
import Base, { association } from '../../examples/seed/many-to-many-backref.js';
import { configure } from '../../src/index.js';
import { decisions } from './seedSchema.js';
import { describeTwoWayManyToMany } from './twoWayManyToMany.js';

const mapping = configure(Base);

describeTwoWayManyToMany('many-to-many-backref', Base);

describe('many-to-many-backref: mapper', () => {
  it('creates Child.parents with the same secondary, the joins swapped', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: 'Child.parents', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: 'association',
      join: ['left.id = association.left_id'], secondaryJoin: ['association.right_id = right.id'],
    });
    expect(decisions(mapping, 'Child.parents')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: 'Parent.children', origin: 'backref',
      cascade: 'save-update, merge', viewonly: false, secondary: 'association',
      join: ['right.id = association.right_id'], secondaryJoin: ['association.left_id = left.id'],
    });
  });

  it('gives the backref the secondary of the forward relationship', () => {
    const secondary = mapping.table('association');
    expect(secondary?.decl).toBe(association);
    expect(mapping.model('Child')?.attribute('parents')).toMatchObject({ secondary });
  });
});
