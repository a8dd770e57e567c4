/*
 * undraft's checks before publishing: the local preparation, the one release for the tag, the
 * tag and its commit, and every asset check. Each adds rows to the one report; nothing here
 * writes to GitHub.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, messageOf } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { ReleaseAsset } from '../github/assets.js';
import { resolveTagCommit } from '../github/refs.js';
import { listReleasesForTag, type Release } from '../github/releases.js';
import type { Report } from '../action/report.js';
import type { LoadedTrust } from '../sigstore/index.js';
import { resolveInWorkspace } from '../paths.js';
import { quote } from '../quote.js';
import { globToRegExp, isGlob } from '../glob.js';
import { parseSha256Sums, type SumsLine } from './assets.js';
import type { Digests } from './digests.js';
import {
  bundleSubjectName,
  classifyAssets,
  downloadedPath,
  mayBeJson,
  type Classification,
  type SbomJudge,
} from './evidence.js';
import { isPrereleaseTag } from './latest.js';
import { composeBody } from './notes.js';
import { nameList, sha256Label } from './text.js';
import type { UndraftConfig, UndraftDeps } from './types.js';
import { verifySignatures } from './verify-signatures.js';
import { verifyProvenance } from './provenance.js';

/** Everything the pipeline computes locally before the first request. */
export interface Prepared {
  body?: (current: string | null) => string;
  /** The `sha256sums` file: its lines, how rows name it, its asset name and its bytes' sha256. */
  sums?: { lines: SumsLine[]; label: string; name: string; sha256: string };
  trust?: LoadedTrust;
}

/** Local preparation: files, notes, SemVer. Throws ConfigurationError for the user's mistakes. */
export async function prepare(config: UndraftConfig): Promise<Prepared> {
  const prepared: Prepared = { body: composeBody(config.notesPath, config.appendNotes) };
  if (config.sha256sums !== undefined) {
    const file = resolveInWorkspace('sha256sums', config.sha256sums);
    if (!fs.statSync(file).isFile())
      throw new ConfigurationError(`Input 'sha256sums': '${config.sha256sums}' is not a file.`);
    const bytes = fs.readFileSync(file);
    prepared.sums = {
      lines: parseSha256Sums(bytes.toString('utf8'), config.sha256sums),
      label: config.sha256sums,
      name: path.basename(file),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  }
  if (config.prerelease === 'auto') isPrereleaseTag(config.tag);
  if (config.makeLatest === 'auto') isPrereleaseTag(config.tag);
  return prepared;
}

/** The release the tag refers to, and whether it is still a draft; undefined after a failed row. */
export async function findRelease(
  client: GitHubClient,
  config: UndraftConfig,
  report: Report,
): Promise<Release | undefined> {
  const releases = await listReleasesForTag(client, config.repository, config.tag);
  const label = (r: Release): string => `${r.draft ? 'draft' : 'published release'} ${r.id} (${r.html_url})`;
  const drafts = releases.filter((r) => r.draft);
  const published = releases.filter((r) => !r.draft);
  if (published.length > 1 || (published.length === 1 && drafts.length > 0)) {
    report.fail(
      'release',
      `tag ${config.tag} has ${releases.map(label).join(', ')}: which one is the release is not knowable; remove the stray ones by hand`,
    );
    return undefined;
  }
  if (published.length === 1) {
    report.pass('release', `${label(published[0])} is already published: checking it, never changing it`);
    return published[0];
  }
  if (drafts.length === 0) {
    report.fail(
      'release',
      `no draft release for tag ${config.tag} (the whole release list was read); run stage-release first`,
    );
    return undefined;
  }
  if (drafts.length > 1) {
    report.fail(
      'release',
      `tag ${config.tag} has ${drafts.length} drafts: ${drafts.map(label).join(', ')}; delete the ones that should not be published`,
    );
    return undefined;
  }
  report.pass('release', `one ${label(drafts[0])} for ${config.tag}`);
  return drafts[0];
}

/** A full commit SHA, as GitHub accepts one for `target_commitish`. */
const FULL_SHA = /^[0-9a-f]{40}$/i;

/**
 * The tag and the commit: the tag must exist, the run's own commit (when it runs on the tag)
 * must be the tag's commit, and the release must not target another commit. A branch name
 * (what the web UI, `gh release create --draft` and release-drafter write, e.g. `main`) is
 * accepted: GitHub uses `target_commitish` only to create a missing tag ("Unused if the Git
 * tag already exists", REST docs for create/update a release), and the tag exists here; the
 * publish request then pins the release to the tag's commit. A full SHA of another commit is
 * refused: the draft was made for other bytes. Returns the tag's commit, lower case.
 */
export async function checkTarget(
  deps: UndraftDeps,
  config: UndraftConfig,
  release: Release,
  report: Report,
): Promise<string | undefined> {
  const commit = await resolveTagCommit(deps.client, config.repository, config.tag);
  if (!commit) {
    report.fail(
      'tag and commit',
      `tag ${config.tag} does not exist in ${config.repository.owner}/${config.repository.repo}; push the tag before publishing (a release must never create its own tag)`,
    );
    return undefined;
  }
  const tagCommit = commit.toLowerCase();
  const problems: string[] = [];
  if (release.tag_name !== config.tag) problems.push(`the release's tag is ${quote(release.tag_name)}`);
  if (deps.runRef === `refs/tags/${config.tag}` && deps.runSha && deps.runSha.toLowerCase() !== tagCommit) {
    problems.push(
      `this workflow runs for commit ${deps.runSha}, but tag ${config.tag} now points to ${commit}: the tag moved after the run started`,
    );
  }
  const target = release.target_commitish;
  if (FULL_SHA.test(target) && target.toLowerCase() !== tagCommit) {
    problems.push(
      `the release targets commit ${target}, not the tag's commit ${tagCommit}: it was drafted for another commit`,
    );
  }
  if (problems.length > 0) {
    report.fail('tag and commit', problems.join('; '));
    return undefined;
  }
  report.pass(
    'tag and commit',
    target.toLowerCase() === tagCommit
      ? `${config.tag} → ${tagCommit}; the release targets exactly that commit`
      : `${config.tag} → ${tagCommit}; the release targets ${quote(target)}, which GitHub ignores once the tag exists: publishing pins it to ${tagCommit}`,
  );
  return tagCommit;
}

/** sbom-attach's judge, loaded (with the schemas) only when an asset may be an SBOM. */
async function loadSbomJudge(): Promise<SbomJudge> {
  const sbom = await import('../sbom/sbom.js');
  return {
    maxBytes: sbom.MAX_SBOM_BYTES,
    judge: (text) => {
      const analysis = sbom.judgeSbom(text);
      return {
        format: analysis.format,
        specVersion: analysis.specVersion,
        components: analysis.components.length,
      };
    },
  };
}

/** Reads which assets are evidence (see evidence.ts) into `dir` and reports it as one row. */
async function classify(
  deps: UndraftDeps,
  config: UndraftConfig,
  prepared: Prepared,
  uploaded: ReleaseAsset[],
  digests: Digests,
  report: Report,
  dir: string,
): Promise<Classification> {
  const maybeSbom = uploaded.some(
    (a) => bundleSubjectName(a.name, config.bundleSuffix) === undefined && mayBeJson(a),
  );
  const classification = await classifyAssets(
    { client: deps.client, repo: config.repository, dir, digests },
    uploaded,
    {
      bundleSuffix: config.bundleSuffix,
      sums: prepared.sums && { name: prepared.sums.name, sha256: prepared.sums.sha256 },
      sbom: maybeSbom ? await loadSbomJudge() : undefined,
    },
  );
  const { evidence, unreadable } = classification;
  if (unreadable.length > 0) {
    report.fail(
      'evidence',
      `could not read ${unreadable.map((u) => `'${u.name}' (${u.reason})`).join('; ')}: what they are is unknown`,
    );
  } else {
    const kinds = [...evidence.values()];
    const count = (kind: string): number => kinds.filter((e) => e.kind === kind).length;
    report.pass(
      'evidence',
      `by content: ${count('bundle')} bundle(s) of other assets, ` +
        (count('provenance') > 0 ? `${count('provenance')} provenance bundle(s), ` : '') +
        `${count('sbom')} SBOM(s), ` +
        `${count('sums') > 0 ? 'the sha256sums file' : 'no sha256sums file'}; ` +
        `${uploaded.length - evidence.size} payload asset(s)`,
    );
  }
  return classification;
}

/** Why a payload named like evidence is not evidence, for the rows that demand something of it. */
function because(classification: Classification, name: string): string {
  const reason = classification.payloadBecause.get(name);
  return reason === undefined ? `'${name}'` : `'${name}' (${reason})`;
}

/**
 * Every asset check, against the release's current assets. Returns whether all passed. `commit`
 * is the tag's commit (undefined when it could not be resolved), which provenance must name.
 */
export async function checkAssets(
  deps: UndraftDeps,
  config: UndraftConfig,
  prepared: Prepared,
  assets: ReleaseAsset[],
  digests: Digests,
  report: Report,
  commit?: string,
): Promise<boolean> {
  const before = report.failures.length;
  const broken = assets.filter((a) => a.state !== 'uploaded');
  if (broken.length > 0) {
    report.fail(
      'asset states',
      `not fully uploaded: ${broken.map((a) => `'${a.name}' (${a.state})`).join(', ')}; re-run stage-release to repair them`,
    );
  } else {
    report.pass('asset states', `all ${assets.length} assets are 'uploaded'`);
  }
  const uploaded = assets.filter((a) => a.state === 'uploaded');
  // The bundles read to classify them stay here until verify-signatures has verified them.
  const dir = fs.mkdtempSync(path.join(deps.tempDir, 'undraft-evidence-'));
  try {
    await checkUploaded(deps, config, prepared, uploaded, broken, digests, report, dir, commit);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return report.failures.length === before;
}

/** The checks of the uploaded assets (see {@link checkAssets}); `dir` holds what was downloaded. */
async function checkUploaded(
  deps: UndraftDeps,
  config: UndraftConfig,
  prepared: Prepared,
  uploaded: ReleaseAsset[],
  broken: ReleaseAsset[],
  digests: Digests,
  report: Report,
  dir: string,
  commit: string | undefined,
): Promise<void> {
  const classification = await classify(deps, config, prepared, uploaded, digests, report, dir);
  const { evidence } = classification;
  const isPayload = (name: string): boolean => !evidence.has(name);

  const expected = new Set<string>();
  for (const pattern of config.expectedAssets) {
    const re = globToRegExp(pattern);
    const hits = uploaded.filter((a) => re.test(a.name)).map((a) => a.name);
    hits.forEach((h) => expected.add(h));
    // A name is met by the asset of that name, whatever it is: the user named it. A glob is met
    // only by a payload, or by a bundle whose subject is on the release: a bundle alone (its
    // binary missing), an SBOM or the checksum file never stands in for what a glob promises.
    const meeting = isGlob(pattern)
      ? hits.filter((h) =>
          evidence.has(h)
            ? evidence.get(h)!.kind === 'bundle'
            : bundleSubjectName(h, config.bundleSuffix) === undefined,
        )
      : hits;
    if (meeting.length > 0) {
      report.pass(`expected: ${pattern}`, `matches ${nameList(meeting)}`);
      continue;
    }
    const notReady = broken.filter((a) => re.test(a.name)).map((a) => a.name);
    report.fail(
      `expected: ${pattern}`,
      hits.length > 0
        ? `no uploaded payload matches, only ${hits.map((h) => because(classification, h)).join(', ')}: ` +
            'a glob is met by the files it promises (or a bundle whose asset is there), never by a bundle alone, ' +
            'an SBOM or a checksum file; name those exactly'
        : `no uploaded asset matches${notReady.length > 0 ? ` (${nameList(notReady)} not fully uploaded)` : ''}`,
    );
  }

  const signed = config.requireSignatures || config.verifySignatures;
  if (config.exact) {
    // The bundles of expected assets are expected too when signatures are required or verified.
    const unexpected = uploaded
      .map((a) => a.name)
      .filter((n) => {
        if (expected.has(n)) return false;
        const found = evidence.get(n);
        if (found?.kind === 'provenance')
          return !(config.verifyProvenance && found.subjects.some((s) => expected.has(s)));
        return !(signed && found?.kind === 'bundle' && expected.has(found.subject));
      });
    if (unexpected.length > 0) report.fail('exact', `assets nobody expected: ${nameList(unexpected)}`);
    else
      report.pass(
        'exact',
        `nothing beyond the ${expected.size} expected asset(s)${signed ? ' and their bundles' : ''}`,
      );
  }

  const payloads = uploaded.filter((a) => isPayload(a.name));
  if (config.requireSignatures) {
    const unsigned = payloads.filter((a) => {
      const found = evidence.get(a.name + config.bundleSuffix);
      return !(found?.kind === 'bundle' && found.subject === a.name);
    });
    if (unsigned.length > 0) {
      const detail = unsigned.map((a) => {
        const bundle = a.name + config.bundleSuffix;
        const note = classification.payloadBecause.get(bundle);
        return note === undefined
          ? because(classification, a.name)
          : `'${a.name}' (its '${bundle}' is ${note})`;
      });
      report.fail('signatures present', `no ${config.bundleSuffix} bundle beside ${detail.join(', ')}`);
    } else
      report.pass(
        'signatures present',
        `each of the ${payloads.length} payload asset(s) has its ${config.bundleSuffix} bundle (bundles of other assets, SBOMs and the sha256sums file, read by content, need none)`,
      );
  }

  if (config.verifySignatures) {
    const readBefore = (asset: ReleaseAsset): string | undefined => {
      const file = downloadedPath(dir, asset);
      return fs.existsSync(file) ? file : undefined;
    };
    const provenance = new Set(
      [...evidence].filter(([, e]) => e.kind === 'provenance').map(([name]) => name),
    );
    await verifySignatures(deps, config, prepared, uploaded, digests, report, readBefore, provenance);
  }

  if (config.verifyProvenance) {
    // Every bundle classifying read is a candidate, evidence or not: one whose statement names
    // an asset with other bytes is judged too, so its row says which subject differs.
    const candidates = uploaded.flatMap((a) => {
      const file = downloadedPath(dir, a);
      return bundleSubjectName(a.name, config.bundleSuffix) !== undefined && fs.existsSync(file)
        ? [{ label: `release asset ${quote(a.name)}`, text: fs.readFileSync(file, 'utf8') }]
        : [];
    });
    await verifyProvenance(deps, config, prepared, payloads, candidates, commit, digests, report);
  }

  if (prepared.sums) {
    const problems: string[] = [];
    const byName = new Map(uploaded.map((a) => [a.name, a]));
    for (const line of prepared.sums.lines) {
      const asset = byName.get(line.name);
      if (!asset) {
        problems.push(`'${line.name}' (line ${line.line}) is not an uploaded asset`);
        continue;
      }
      try {
        const { sha256, how } = await digests.of(asset);
        if (sha256 !== line.sha256) {
          problems.push(
            `'${line.name}' is ${sha256Label(sha256)}${how === 'download' ? ' (downloaded: no digest reported)' : ''} but line ${line.line} says ${sha256Label(line.sha256)}`,
          );
        }
      } catch (error) {
        problems.push(`'${line.name}': ${messageOf(error)}`);
      }
    }
    const listed = new Set(prepared.sums.lines.map((l) => l.name));
    const missing = payloads.filter((a) => !listed.has(a.name)).map((a) => because(classification, a.name));
    if (missing.length > 0) problems.push(`no line for ${missing.join(', ')}`);
    if (problems.length > 0) report.fail('sha256sums', `${prepared.sums.label}: ${problems.join('; ')}`);
    else
      report.pass(
        'sha256sums',
        `${prepared.sums.lines.length} line(s) of ${prepared.sums.label} equal the assets' sha256`,
      );
  }
}
