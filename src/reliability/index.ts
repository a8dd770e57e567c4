/*
 * `npm run reliability`: the fault matrix, the bad-input corpus, concurrent runs and the secret
 * scan, all against the loopback emulators with the shipped bundles; writes docs/RELIABILITY.md.
 * Flags: --quick (the subset the test suite runs), --out=FILE, --only=matrix,corpus,concurrency,
 * --filter=TEXT (only scenarios and corpus cases whose name contains TEXT; for working on one).
 * Build the bundles first (`npm run package`; the npm script does).
 */
import * as path from 'node:path';
import { runReliability, PARTS } from './run.js';

async function main(): Promise<void> {
  const [, , root, ...args] = process.argv;
  const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const unknown = args.filter((a) => !/^--(quick|out=.+|only=.+|filter=.+)$/.test(a));
  if (unknown.length > 0) throw new Error(`reliability: unknown argument(s) ${unknown.join(' ')}`);
  const only = (flag('only') ?? '').split(',').filter((s) => s !== '');
  const bad = only.filter((s) => !PARTS.includes(s));
  if (bad.length > 0)
    throw new Error(`reliability: unknown part(s) ${bad.join(', ')}; parts: ${PARTS.join(', ')}`);
  const out = path.resolve(root, flag('out') ?? path.join('docs', 'RELIABILITY.md'));
  const result = await runReliability({
    root,
    quick: args.includes('--quick'),
    out,
    only,
    filter: flag('filter'),
  });
  console.log(result.totals);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
