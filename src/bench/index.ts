/*
 * `npm run bench`: speed, memory and request counts of what ships, each against a baseline
 * measured in the same run on the same machine; writes docs/PERFORMANCE.md. Never part of the
 * test suite except as `--quick` (the smoke test). Flags: --quick, --out=FILE, --only=a,b.
 * Sizes and rounds: see config.ts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchConfig } from './config.js';
import { hashChild } from './hash.js';
import { BenchError } from './errors.js';

const self = fileURLToPath(import.meta.url);

async function main(): Promise<void> {
  const [, , root, ...args] = process.argv;
  if (args[0] === 'hash-child') return hashChild(args[1], args[2]);
  // Loaded only here, not for the hash child: ncc splits it into its own chunk, so the child's
  // peak RSS is the hasher's, not that of the emulators and the rest of the bench.
  const { runBench, SECTIONS } = await import('./run.js');
  const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const unknown = args.filter((a) => !/^--(quick|out=.+|only=.+)$/.test(a));
  if (unknown.length > 0) throw new BenchError('USAGE', `bench: unknown argument(s) ${unknown.join(' ')}`);
  const only = (flag('only') ?? '').split(',').filter((s) => s !== '');
  const bad = only.filter((s) => !(s in SECTIONS));
  if (bad.length > 0)
    throw new BenchError(
      'USAGE',
      `bench: unknown section(s) ${bad.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}`,
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sealed-bench-'));
  try {
    const config = benchConfig(
      {
        root,
        dir,
        hashChild: (file, algorithms) => [
          process.execPath,
          [self, root, 'hash-child', file, algorithms.join(',')],
        ],
      },
      args.includes('--quick'),
    );
    const out = path.resolve(root, flag('out') ?? path.join('docs', 'PERFORMANCE.md'));
    await runBench(config, out, only);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
