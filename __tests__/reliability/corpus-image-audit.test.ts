/*
 * promote-image's and audit-settings' bad inputs, through the shipped bundles (build them first:
 * `npm run package -- promote-image`, `npm run package -- audit-settings`): each is refused
 * naming the input, with no trace. First, each action's working inputs, changed in nothing, are
 * run to show what they do without a bad input (audit-settings passes; promote-image gets past
 * its inputs and fails on the registry nobody listens on, naming neither a case's input nor
 * exiting cleanly as a refusal of it), so every refusal below is the changed input's.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpus, runCase } from '../../src/reliability/corpus.js';
import { imageAndAuditCases, WORKING } from '../../src/reliability/corpus-image-audit.js';

const root = path.resolve(import.meta.dirname, '..', '..');
let scratch: string;
beforeAll(() => {
  scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-image-audit-')));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const cases = imageAndAuditCases();

it('joins the corpus, each id once', () => {
  const all = corpus(true).map((c) => c.id);
  for (const c of cases) expect(all.filter((id) => id === c.id)).toEqual([c.id]);
  expect(cases.filter((c) => c.action === 'promote-image').length).toBeGreaterThanOrEqual(15);
  expect(cases.filter((c) => c.action === 'audit-settings').length).toBeGreaterThanOrEqual(10);
});

describe('the working inputs, changed in nothing', () => {
  it('audit-settings passes on them (exit 0), so a refusal below is its changed input', async () => {
    const r = await runCase(root, scratch, {
      ...WORKING['audit-settings'],
      id: 'audit-working',
      category: 'control',
      names: ['audit-settings'],
    });
    expect(r.detail).toMatch(/^ACCEPTED \(exit 0\)/);
  }, 60_000);

  it('promote-image gets past its inputs and fails on the registry, naming no input', async () => {
    const names = [...new Set(cases.filter((c) => c.action === 'promote-image').flatMap((c) => c.names))];
    const r = await runCase(root, scratch, {
      ...WORKING['promote-image'],
      id: 'promote-working',
      category: 'control',
      names,
    });
    expect(r.detail).not.toMatch(/^ACCEPTED/);
    expect(r.detail).toMatch(/127\.0\.0\.1:9/);
    expect(r.detail).not.toMatch(/Input '/);
  }, 60_000);
});

it.each(cases.map((c) => [c.id, c] as const))(
  '%s: refused naming the input, with no trace',
  async (_id, item) => {
    const r = await runCase(root, scratch, item);
    expect({ id: r.id, clean: r.clean, detail: r.clean ? '' : r.detail, leaks: r.leaks }).toEqual({
      id: item.id,
      clean: true,
      detail: '',
      leaks: [],
    });
  },
  60_000,
);
