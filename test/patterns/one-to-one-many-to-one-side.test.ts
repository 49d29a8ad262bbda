/** One to one from the many-to-one side: `Child.parent` with `uselist: false` (examples/seed/one-to-one-many-to-one-side.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-one-many-to-one-side.js';
import { configure } from '../../src/index.js';
import { describeOneToOne } from './families/oneToOne.js';
import { decisions } from './seedSchema.js';

const mapping = configure(Base);

describeOneToOne({ pattern: 'one-to-one-many-to-one-side', Base, keyOn: 'parent' });

describe('one-to-one-many-to-one-side: mapper', () => {
  it('pairs the many-to-one Parent.child with Child.parent, one-to-many made a scalar', () => {
    expect(decisions(mapping, 'Parent.child')).toEqual({
      direction: 'many-to-one',
      uselist: false,
      nullable: true,
      reverse: 'Child.parent',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['parent.child_id = child.id'],
      secondaryJoin: [],
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'one-to-many',
      uselist: false,
      nullable: true,
      reverse: 'Parent.child',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['child.id = parent.child_id'],
      secondaryJoin: [],
    });
  });
});
