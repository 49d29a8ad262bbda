/** Many to one, both directions with backref (examples/seed/many-to-one-backref.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-one-backref.js';
import { configure } from '../../src/index.js';
import { describeManyToOne } from './families/manyToOne.js';
import { decisions } from './seedSchema.js';

const mapping = configure(Base);

describeManyToOne({ pattern: 'many-to-one-backref', Base, reverse: true });

describe('many-to-one-backref: mapper', () => {
  it('creates Child.parents as the one-to-many reverse of Parent.child, a list by default', () => {
    expect(decisions(mapping, 'Parent.child')).toMatchObject({
      direction: 'many-to-one',
      uselist: false,
      reverse: 'Child.parents',
      origin: 'declared',
    });
    expect(decisions(mapping, 'Child.parents')).toEqual({
      direction: 'one-to-many',
      uselist: true,
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
