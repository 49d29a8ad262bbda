/** One to one with `backref('parent', { uselist: false })` (examples/seed/one-to-one-backref.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-one-backref.js';
import { configure } from '../../src/index.js';
import { describeOneToOne } from './families/oneToOne.js';
import { decisions } from './seedSchema.js';

const mapping = configure(Base);

describeOneToOne({ pattern: 'one-to-one-backref', Base, keyOn: 'parent' });

describe('one-to-one-backref: mapper', () => {
  it('creates Child.parent as a one-to-many reverse made a scalar by the backref options', () => {
    expect(decisions(mapping, 'Parent.child')).toMatchObject({
      direction: 'many-to-one',
      uselist: false,
      reverse: 'Child.parent',
      origin: 'declared',
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'one-to-many',
      uselist: false,
      nullable: true,
      reverse: 'Parent.child',
      origin: 'backref',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['child.id = parent.child_id'],
      secondaryJoin: [],
    });
  });
});
