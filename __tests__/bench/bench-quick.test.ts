/*
 * The bench's smoke test: `--quick` runs every section with tiny sizes and one round against
 * the shipped bundles, so the bench code cannot rot between the runs that write
 * docs/PERFORMANCE.md. It checks that every section produced rows and that the report names its
 * commit; the figures themselves mean nothing at this size.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchConfig } from '../../src/bench/config.js';
import { runBench, SECTIONS } from '../../src/bench/run.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The hash child from source: Node 24 strips digest.ts's types (it has no relative imports). */
const CHILD = `
import * as fs from 'node:fs';
const { hashFileSync } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'src', 'core', 'digest.ts')).href)});
const rchar = () => Number(/^rchar: (\\d+)$/m.exec(fs.readFileSync('/proc/self/io', 'utf8'))[1]);
const [file, algorithms] = process.argv.slice(1);
const before = rchar();
const start = process.hrtime.bigint();
const { size, ...digests } = hashFileSync(file, algorithms.split(','));
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ digests, ms, bytesRead: rchar() - before, size }) + '\\n');
`;

test('npm run bench -- --quick runs every section and writes a report naming its commit', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-quick-'));
  try {
    const config = benchConfig(
      {
        root,
        dir,
        hashChild: (file, algorithms) => [
          process.execPath,
          [
            '--input-type=module',
            '--disable-warning=ExperimentalWarning',
            '-e',
            CHILD,
            file,
            algorithms.join(','),
          ],
        ],
      },
      true,
    );
    const out = path.join(dir, 'PERFORMANCE.md');
    const rows = await runBench(config, out, [], () => undefined);
    for (const section of Object.keys(SECTIONS)) {
      expect(rows.some((r) => r.section === section)).toBe(true);
    }
    const report = fs.readFileSync(out, 'utf8');
    expect(report).toMatch(/^- commit: `[0-9a-f]{40}` \(working tree: /m);
    expect(report).toContain('Quick mode');
    // The digest rows checked the product's digests against openssl's (a mismatch throws).
    expect(rows.find((r) => r.what.startsWith('sha256 + sha512'))?.result).toContain('file read once');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
