/** Many to one, one direction: `Parent.child` over `parent.child_id` (examples/seed/many-to-one.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-one.js';
import { configure } from '../../src/index.js';
import { describeManyToOne } from './families/manyToOne.js';
import { decisions } from './seedSchema.js';

const mapping = configure(Base);

describeManyToOne({ pattern: 'many-to-one', Base, reverse: false });

describe('many-to-one: mapper', () => {
  it('infers many-to-one from the foreign key on the owner, with a scalar', () => {
    expect(decisions(mapping, 'Parent.child')).toEqual({
      direction: 'many-to-one',
      uselist: false,
      nullable: true,
      reverse: undefined,
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['parent.child_id = child.id'],
      secondaryJoin: [],
    });
  });
});
