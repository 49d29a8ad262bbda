import { describe, expect, inject, it } from 'vitest';
import { DIALECTS } from './dialects.js';
import { selectDialects } from './selectDialects.js';

describe('support: selecting dialects', () => {
  it('selects every dialect by default, and the listed ones in a fixed order', () => {
    expect(selectDialects(undefined)).toEqual(['sqlite', 'mariadb']);
    expect(selectDialects('')).toEqual(['sqlite', 'mariadb']);
    expect(selectDialects('mariadb, SQLite')).toEqual(['sqlite', 'mariadb']);
    expect(selectDialects('sqlite')).toEqual(['sqlite']);
  });

  it('rejects an unknown name instead of running nothing', () => {
    expect(() => selectDialects('sqlite,postgres')).toThrow(
      'RELGRAPH_DIALECTS names unknown dialects: "postgres". Use a comma-separated list of "sqlite", "mariadb".',
    );
  });

  it('includes MariaDB exactly when it is selected and the global setup provided a server', () => {
    const wanted = selectDialects(process.env['RELGRAPH_DIALECTS']);
    const expected = wanted.filter((name) => name === 'sqlite' || inject('relgraphMariadb') !== null);
    expect(DIALECTS.map((d) => d.name)).toEqual(expected);
  });

  it('runs MariaDB when CI=true and it is selected', () => {
    const wanted = selectDialects(process.env['RELGRAPH_DIALECTS']);
    if (process.env['CI'] === 'true' && wanted.includes('mariadb')) expect(DIALECTS.map((d) => d.name)).toContain('mariadb');
  });
});
