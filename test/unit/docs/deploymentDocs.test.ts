/** docs/deployment/ says what the settings say: each page is generated from src/server/settings.ts and committed. */
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { deploymentPages } from '../../../scripts/deploymentDocs.js';
import { settings } from '../../../src/server/settings.js';

describe('docs: deployment', () => {
  const pages = deploymentPages();

  it('has a page for every setting of relgraph serve, and no page for a setting that is gone', async () => {
    expect([...pages.keys()].sort()).toEqual([...settings.map((setting) => `${setting.flag}.md`), 'README.md'].sort());
    expect((await readdir('docs/deployment')).sort()).toEqual([...pages.keys()].sort());
  });

  it('commits each page as the settings generate it (npm run generate:docs)', async () => {
    for (const [name, content] of pages) {
      expect(await readFile(`docs/deployment/${name}`, 'utf8'), name).toBe(content);
    }
  });
});
