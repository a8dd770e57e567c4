/*
 * The fast subset of the reliability matrix, on every CI run: a few fault cells (a 5xx burst,
 * an upload cut, the GitHub lies, a missing release attestation, a tampered registry mirror),
 * ~15 bad inputs and two concurrent rounds (the staging racers, then stage-release, sbom-attach
 * and undraft all at once), through the shipped bundles against the emulators. The full matrix
 * is `npm run reliability`. Build the bundles first (`npm run package`).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runReliability } from '../../src/reliability/run.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Known findings on this commit (see docs/RELIABILITY.md): a cell or case listed here is
 * reported, not hidden, and the forbidden outcomes below are still asserted for it. None now.
 */
const KNOWN: string[] = [];

test('the quick reliability subset: no forbidden outcome, no leak, every cell and bad input handled', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-quick-'));
  try {
    const out = path.join(dir, 'RELIABILITY.md');
    const r = await runReliability({ root, quick: true, out, log: () => undefined });
    // Never, whatever else happens.
    expect(r.cells.flatMap((c) => c.forbidden)).toEqual([]);
    expect(r.leaks).toBe(0);
    const run = r.cells.filter((c) => c.status === 'run');
    expect(run.length).toBeGreaterThanOrEqual(4);
    // Every fault was really applied (a cell whose fault never fired proves nothing).
    expect(run.filter((c) => !c.applied).map((c) => `${c.scenario} × ${c.fault}`)).toEqual([]);
    expect(
      run
        .filter((c) => !c.survived && !KNOWN.includes(`${c.scenario} × ${c.fault}`))
        .map((c) => `${c.scenario} × ${c.fault}: ${c.detail}`),
    ).toEqual([]);
    expect(r.corpus.length).toBeGreaterThanOrEqual(15);
    expect(
      r.corpus.filter((c) => !c.clean && !KNOWN.includes(c.id)).map((c) => `${c.id}: ${c.detail}`),
    ).toEqual([]);
    // Whatever the racers' exits, the end state is one draft with one copy of each asset; with
    // undraft racing too, one release published once, whole, and unchanged after publishing.
    expect(r.concurrency.map((c) => [c.drafts, c.copies, c.ok])).toEqual([
      [1, { 'app.bin': 1, 'sbom.cdx.json': 1 }, true],
      [1, { 'app.bin': 1, 'sbom.cdx.json': 1 }, true],
    ]);
    expect(fs.readFileSync(out, 'utf8')).toMatch(
      /^\*\*faults tried \d+, survived \d+, false passes 0, assets overwritten 0, partial publishes 0,/m,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
