/*
 * One bench run: every section in turn, then docs/PERFORMANCE.md (or `out`) written from the
 * rows. The report states the commit and whether the tree was clean, so a committed report can
 * be matched to the code that produced it.
 */
import type { BenchConfig } from './config.js';
import { benchColdStart } from './cold.js';
import { benchEconomy, benchScale, benchUndraftEconomy } from './economy.js';
import { benchHash } from './hash.js';
import { benchImages } from './images.js';
import type { Row } from './measure.js';
import { GENERATED_REPORTS, provenance, provenanceMarkdown, writeReport, type Provenance } from './report.js';
import { benchSign } from './sign.js';
import { benchUpload } from './upload.js';

export const SECTIONS: Record<string, (config: BenchConfig) => Promise<Row[]> | Row[]> = {
  digest: benchHash,
  upload: benchUpload,
  signing: benchSign,
  'cold start': benchColdStart,
  'API economy': async (config) => [...(await benchEconomy(config)), ...(await benchUndraftEconomy(config))],
  scale: benchScale,
  images: benchImages,
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The markdown report from the rows. */
export function renderBench(rows: Row[], p: Provenance, config: BenchConfig, seconds: number): string {
  const judged = rows.filter((r) => r.met !== undefined);
  const met = judged.filter((r) => r.met).length;
  const missed = judged.filter((r) => !r.met);
  const lines = [
    '# Performance',
    '',
    provenanceMarkdown(p, config.quick ? 'npm run bench -- --quick' : 'npm run bench'),
    '',
    `**Targets met ${met} of ${judged.length}${missed.length ? `; missed: ${missed.map((r) => `${r.section} — ${r.what}`).join('; ')}` : ''}.**`,
    '',
    `Every timed figure is the median of ${config.rounds} round(s) (cold start: ${config.coldRounds}) with min–max, the product and its baseline run alternately in the same run on the same machine; the ratio is what to read (absolute times on a shared machine are noise). Run time ${seconds.toFixed(0)} s.${config.quick ? ' **Quick mode: tiny sizes and one round, a smoke test, not a measurement.**' : ''}`,
    '',
    '| section | what | sealed-release | baseline | result | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.section)} | ${cell(r.what)} | ${cell(r.ours)} | ${cell(r.baseline)} | ${cell(r.result)} | ${cell(r.target)} | ${r.met === undefined ? '—' : r.met ? 'yes' : '**no**'} |`,
    ),
  ];
  const notes = rows.filter((r) => r.note);
  if (notes.length > 0) {
    lines.push('', '## Findings', '', ...notes.map((r) => `- **${r.section} — ${r.what}:** ${r.note}`));
  }
  lines.push(
    '',
    '## How it is measured',
    '',
    "- digest: the product's one-pass hasher (`hashFileSync`, used by byte-identity) in a child process; its own hashing time against `openssl dgst` wall time on the same random-byte file, page cache warm. Bytes read come from `/proc/self/io`. Peak RSS from the kernel (`/usr/bin/time -f %M`).",
    "- upload, signing, scale: the shipped bundles (`dist/<name>/index.js`) run by the runner harness against the loopback emulators (GitHub, Sigstore) in the bench process; wall time around the whole step, peak RSS as the process's own high-water mark at exit (`VmHWM` of `/proc/self/status`; not ru_maxrss, which Linux carries over from the bench process that forked it). Large files are sparse: both sides read the same cheap bytes, so the comparison isolates the product's own overhead.",
    "- cold start: `node dist/<name>/index.js` with a runner's file commands and no inputs (the action loads, reads its configuration and refuses; tag-semver-guard and the preflight, whose inputs are all optional, run their checks and fail on the missing GITHUB_REF; the CLI prints `--version`) against a bundle of `@actions/core` alone (`getInput` + `setOutput`, built by the same ncc in the same run: every JavaScript action pays that much to speak to the runner), as the median of paired ratios (each bundle start over the baseline start right before it); the baseline's own row puts it against `node -e 0`. The judged ratio is CPU time (user + system of the child, from bash's `times`, in ms), which the machine's other load disturbs far less than wall time (wall time between two `EPOCHREALTIME` readings around the child is shown beside it). Sigstore client code is detected by the names `fulcio`/`rekor` in the bundle's files; the size is every file of the bundle, and of it index.js, the only file a start compiles before a step loads its chunks.",
    "- API economy: requests counted from the GitHub emulator's log (every request, reads and writes).",
    "- images: the shipped promote-image bundle promoting a signed image (a signature, an SPDX SBOM and SLSA provenance signed by the Sigstore emulator and attached through the `sha256-<hex>` tag index, as on GHCR); requests counted from the OCI registry emulator's log (every request; tags paged 1000 at a time), beside skopeo's for `copy --all --preserve-digests` of the same index to another tag of the repository on the same emulator (the peer's way: a full copy, nothing verified, written again on every run); time against the real registry (distribution 2.8 on loopback) beside `skopeo copy --all --preserve-digests` of the same index to a tag of the same repository, alternately, each round in a fresh repository so each promotion writes its two tags.",
    '- Environment: BENCH_ROUNDS, BENCH_HASH_MIB, BENCH_RSS_MIB, BENCH_UPLOAD_BYTES, BENCH_SIGN_BYTES, BENCH_COLD_ROUNDS, BENCH_SCALE, BENCH_ECONOMY_WORKFLOWS, BENCH_ECONOMY_RELEASES shrink or grow a run; `--only=digest,upload,…` runs some sections; `--quick` is the smoke test.',
  );
  return lines.join('\n') + '\n';
}

/** Runs the sections (all, or `only`), logs progress, writes the report to `out`; returns the rows. */
export async function runBench(
  config: BenchConfig,
  out: string,
  only: string[] = [],
  log: (line: string) => void = console.log,
): Promise<Row[]> {
  const p = provenance(config.root, GENERATED_REPORTS);
  const started = Date.now();
  const rows: Row[] = [];
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const t = Date.now();
    log(`bench: ${name}…`);
    const got = await section(config);
    rows.push(...got);
    for (const r of got) log(`  ${r.what}: ${r.result}${r.met === false ? '  (TARGET MISSED)' : ''}`);
    log(`bench: ${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  writeReport(out, renderBench(rows, p, config, (Date.now() - started) / 1000));
  log(`bench: wrote ${out}`);
  return rows;
}
