/*
 * The real corpus: release workflows of well-known public projects (their repository, path,
 * commit and licence in __tests__/fixtures/workflows/README.md), linted with tag-pattern `v*`,
 * against the findings checked in beside each one (`<name>.findings.json`), each of which was
 * read and judged right (the README says why, file by file). A change to any check that moves
 * a finding fails here. `WRITE_CORPUS_FINDINGS=1` rewrites the JSON files, to be reviewed again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintWorkflow, WORKFLOW_CHECKS } from '../../../../src/core/audit/workflow/index.js';

const corpus = path.resolve(import.meta.dirname, '../../../fixtures/workflows/corpus');
const files = fs
  .readdirSync(corpus)
  .filter((f) => f.endsWith('.yml'))
  .sort();

describe('the real corpus', () => {
  it('holds at least ten release workflows, each with its expected findings', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files)
      expect(fs.existsSync(path.join(corpus, file.replace(/\.yml$/, '.findings.json')))).toBe(true);
  });

  it.each(files)('%s: exactly the findings checked in', (file) => {
    const text = fs.readFileSync(path.join(corpus, file), 'utf8');
    const findings = lintWorkflow(text, `.github/workflows/${file}`, { tagPattern: 'v*' });
    const expectedFile = path.join(corpus, file.replace(/\.yml$/, '.findings.json'));
    if (process.env.WRITE_CORPUS_FINDINGS === '1')
      fs.writeFileSync(expectedFile, `${JSON.stringify(findings, null, 2)}\n`);
    const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as unknown;
    expect(findings).toEqual(expected);
  });

  it('finds something of every check across the corpus but step-order (no project there runs sealed-release)', () => {
    const seen = new Set(
      files.flatMap((file) =>
        lintWorkflow(fs.readFileSync(path.join(corpus, file), 'utf8'), file, { tagPattern: 'v*' }).map(
          (f) => f.check,
        ),
      ),
    );
    expect(WORKFLOW_CHECKS.filter((c) => !seen.has(c))).toEqual(['step-order']);
  });
});
