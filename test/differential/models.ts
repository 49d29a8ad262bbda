/**
 * Models only the differential test uses (schema `differential`), for what the example schemas
 * leave out:
 *
 * - A list keyed by a nullable column that is not the primary key: `Team.members` joins
 *   `member.team_code` to `team.code`, so some teams have no key at all — their lists and
 *   connections are empty and their aggregates count 0 — and members can have no team.
 * - A list ordered by default by a nullable column, descending (`Team.members`: `score desc`):
 *   cursors that hold NULL.
 * - An association object whose edges carry columns of several types, nullable ones among them
 *   (`Membership`: hours, role, since, active), reached through a proxy (`Team.projects`).
 * - Numeric and temporal columns of every kind, for the aggregates: Integer, BigInteger, Float,
 *   Numeric with two and three decimals, Date, DateTime.
 */
import {
  BigInteger,
  Boolean,
  Column,
  Date,
  DateTime,
  Float,
  ForeignKey,
  Integer,
  Numeric,
  String,
  associationProxy,
  declarativeBase,
  relationship,
} from '../../src/declare/index.js';

const Base = declarativeBase();

export const Team = Base.model('Team', {
  tableName: 'team',
  id: Column(Integer, { primaryKey: true }),
  code: Column(Integer, { unique: true }),
  name: Column(String(30)),
  budget: Column(Numeric(12, 2)),
  rating: Column(Float),
  members: relationship('Member', { backPopulates: 'team', orderBy: 'score desc' }),
  memberships: relationship('Membership', { backPopulates: 'team' }),
  projects: associationProxy('memberships', 'project'),
});

export const Member = Base.model('Member', {
  tableName: 'member',
  id: Column(Integer, { primaryKey: true }),
  team_code: Column(Integer, ForeignKey('team.code')),
  score: Column(Integer),
  points: Column(BigInteger),
  joined_on: Column(Date),
  team: relationship('Team', { backPopulates: 'members' }),
});

export const Project = Base.model('Project', {
  tableName: 'project',
  id: Column(Integer, { primaryKey: true }),
  title: Column(String(40), { nullable: false }),
  started_at: Column(DateTime),
  cost: Column(Numeric(8, 3)),
  memberships: relationship('Membership', { backPopulates: 'project' }),
});

export const Membership = Base.model('Membership', {
  tableName: 'membership',
  team_id: Column(Integer, ForeignKey('team.id'), { primaryKey: true }),
  project_id: Column(Integer, ForeignKey('project.id'), { primaryKey: true }),
  hours: Column(Float),
  role: Column(String(20)),
  since: Column(DateTime),
  active: Column(Boolean, { nullable: false }),
  team: relationship('Team', { backPopulates: 'memberships' }),
  project: relationship('Project', { backPopulates: 'memberships' }),
});

export default Base;
