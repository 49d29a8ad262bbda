/**
 * The committed seed diagrams (`examples/seed/<name>.mmd` and `examples/seed/diagrams.md`) are
 * what `npm run generate:examples` writes now, as the SDL beside each seed is (`test/patterns/`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDiagramFiles, seedDirectory } from '../../../scripts/seedDiagrams.js';

describe('examples: the seed diagrams', () => {
  it('are up to date, one per seed example and the page that shows them all', async () => {
    const files = await seedDiagramFiles();
    expect(files.size).toBe(19);
    for (const [file, generated] of files) {
      const committed = readFileSync(path.join(seedDirectory, file), 'utf8');
      expect(generated, `examples/seed/${file} is out of date. Run \`npm run generate:examples\` and review the diff.`).toBe(committed);
    }
  });

  it('shows each pattern in its own section of diagrams.md', async () => {
    const page = (await seedDiagramFiles()).get('diagrams.md')!;
    expect(page.match(/^## /gm)).toHaveLength(18);
    expect(page.match(/^```mermaid$/gm)).toHaveLength(18);
    expect(page).toContain('## many-to-one-backref\n\nMany to one, both directions with `backref`. ');
    expect(page).toContain('"Parent" }o--o| "Child" : "child / parents: many-to-one"');
  });
});
