/*
 * undraft: the sole publish point. It turns the tag's one draft into the release only when
 * everything promised is there, re-reads what it published, and then checks GitHub's own
 * seal (the release attestation). Every check is a row of one report; the first write to
 * GitHub happens only when every row before it passed.
 *
 * Re-runs converge: a release that is already published is checked exactly like a draft and
 * never touched; a publish whose answer was lost is found published on the re-read; two runs
 * at once both see one release, and the later one only checks it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, messageOf } from '../errors.js';
import { explainHttpError, statusOf, type GitHubClient, type Repo } from '../github/client.js';
import { downloadAssetSha256, listAssets, sha256OfDigest, type ReleaseAsset } from '../github/assets.js';
import { resolveTagCommit } from '../github/refs.js';
import { listReleasesForTag, readRelease, type Release } from '../github/releases.js';
import type { OutputValue } from '../action/outputs.js';
import { NOT_PUBLISHED_OUTPUTS } from './outputs.js';
import type { Report } from '../action/report.js';
import { loadTrust, verifyBundleFile, type LoadedTrust } from '../sigstore/index.js';
import { resolveInWorkspace } from '../paths.js';
import {
  judgeAttestation,
  listReleaseAttestations,
  loadAttestationTrust,
  releaseSan,
  trustDomainOf,
  waitForReleaseAttestation,
} from '../attestation/release-attestation.js';
import { globToRegExp, isBundle, isEvidence, parseSha256Sums, type SumsLine } from './assets.js';
import { downloadAssetTo } from './download.js';
import { decideLatest, isPrereleaseTag, listAllReleases } from './latest.js';
import { composeBody } from './notes.js';

export type TriState = 'auto' | 'true' | 'false';

/** undraft's configuration, already checked (see the action's parseInputs). */
export interface UndraftConfig {
  repository: Repo;
  tag: string;
  expectedAssets: string[];
  exact: boolean;
  requireSignatures: boolean;
  bundleSuffix: string;
  verifySignatures: boolean;
  certificateIdentity?: string;
  certificateIssuer: string;
  trustedRoot?: string;
  sha256sums?: string;
  notesPath?: string;
  appendNotes?: string;
  makeLatest: TriState;
  prerelease: TriState;
  verifyAttestation: TriState;
  attestationTimeoutMs: number;
  attestationTrustedRoot?: string;
}

export interface UndraftDeps {
  client: GitHubClient;
  /** GITHUB_SERVER_URL (decides the attestation trust domain). */
  serverUrl: string;
  /** Where downloads and the attestation go (RUNNER_TEMP). */
  tempDir: string;
  /** The run's own ref and commit, when it runs on the tag: the tag must not have moved since. */
  runRef?: string;
  runSha?: string;
  pollMs?: number;
  log?: (line: string) => void;
}

/** Everything the pipeline computes locally before the first request. */
interface Prepared {
  body?: (current: string | null) => string;
  sums?: { lines: SumsLine[]; label: string };
  trust?: LoadedTrust;
}

/** An asset's sha256, from its reported digest or by downloading it; cached per asset. */
class Digests {
  private readonly known = new Map<number, Promise<{ sha256: string; how: string }>>();
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: Repo,
  ) {}

  of(asset: ReleaseAsset): Promise<{ sha256: string; how: string }> {
    let found = this.known.get(asset.id);
    if (!found) {
      found = (async () => {
        const reported = sha256OfDigest(asset.digest);
        if (reported) return { sha256: reported, how: 'digest' };
        if (asset.digest)
          throw new Error(
            `asset '${asset.name}' reports a digest GitHub does not document ('${asset.digest}')`,
          );
        // No digest (assets from before GitHub computed them): the bytes themselves decide.
        return {
          sha256: await downloadAssetSha256(this.client, this.repo, asset.id, asset.size),
          how: 'download',
        };
      })();
      this.known.set(asset.id, found);
    }
    return found;
  }

  /** Records a digest learnt by downloading the asset for another check. */
  learn(asset: ReleaseAsset, sha256: string): void {
    if (!this.known.has(asset.id)) this.known.set(asset.id, Promise.resolve({ sha256, how: 'download' }));
  }
}

function short(sha256: string): string {
  return `sha256:${sha256}`;
}

function list(names: string[], max = 12): string {
  const shown = names.slice(0, max).map((n) => `'${n}'`);
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}

/** Local preparation: files, notes, trust. Throws ConfigurationError for the user's mistakes. */
async function prepare(config: UndraftConfig): Promise<Prepared> {
  const prepared: Prepared = { body: composeBody(config.notesPath, config.appendNotes) };
  if (config.sha256sums !== undefined) {
    const file = resolveInWorkspace('sha256sums', config.sha256sums);
    if (!fs.statSync(file).isFile())
      throw new ConfigurationError(`Input 'sha256sums': '${config.sha256sums}' is not a file.`);
    prepared.sums = {
      lines: parseSha256Sums(fs.readFileSync(file, 'utf8'), config.sha256sums),
      label: config.sha256sums,
    };
  }
  if (config.prerelease === 'auto') isPrereleaseTag(config.tag);
  if (config.makeLatest === 'auto') isPrereleaseTag(config.tag);
  return prepared;
}

/** The release the tag refers to, and whether it is still a draft; undefined after a failed row. */
async function findRelease(
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

/**
 * The tag and the commit: the tag must exist, the run's own commit (when it runs on the tag)
 * must be the tag's commit, and the release must target that commit as a full SHA.
 */
async function checkTarget(
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
  const problems: string[] = [];
  if (release.tag_name !== config.tag) problems.push(`the release's tag is '${release.tag_name}'`);
  if (
    deps.runRef === `refs/tags/${config.tag}` &&
    deps.runSha &&
    deps.runSha.toLowerCase() !== commit.toLowerCase()
  ) {
    problems.push(
      `this workflow runs for commit ${deps.runSha}, but tag ${config.tag} now points to ${commit}: the tag moved after the run started`,
    );
  }
  if (release.target_commitish.toLowerCase() !== commit.toLowerCase()) {
    problems.push(
      `the release targets '${release.target_commitish}', not the tag's commit ${commit}` +
        (/^[0-9a-f]{40}$/i.test(release.target_commitish)
          ? ''
          : ' (a branch name is not a commit: it can move)'),
    );
  }
  if (problems.length > 0) {
    report.fail('tag and commit', problems.join('; '));
    return undefined;
  }
  report.pass('tag and commit', `${config.tag} → ${commit}; the release targets exactly that commit`);
  return commit.toLowerCase();
}

/** Every asset check, against the release's current assets. Returns whether all passed. */
async function checkAssets(
  deps: UndraftDeps,
  config: UndraftConfig,
  prepared: Prepared,
  assets: ReleaseAsset[],
  digests: Digests,
  report: Report,
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
  const expected = new Set<string>();
  for (const pattern of config.expectedAssets) {
    const re = globToRegExp(pattern);
    const hits = uploaded.filter((a) => re.test(a.name)).map((a) => a.name);
    hits.forEach((h) => expected.add(h));
    if (hits.length === 0) {
      const notReady = broken.filter((a) => re.test(a.name)).map((a) => a.name);
      report.fail(
        `expected: ${pattern}`,
        `no uploaded asset matches${notReady.length > 0 ? ` (${list(notReady)} not fully uploaded)` : ''}`,
      );
    } else {
      report.pass(`expected: ${pattern}`, `matches ${list(hits)}`);
    }
  }

  if (config.exact) {
    // The bundles of expected assets are expected too when signatures are required or verified.
    const signed = config.requireSignatures || config.verifySignatures;
    const unexpected = uploaded
      .map((a) => a.name)
      .filter(
        (n) =>
          !expected.has(n) &&
          !(
            signed &&
            isBundle(n, config.bundleSuffix) &&
            expected.has(n.slice(0, -config.bundleSuffix.length))
          ),
      );
    if (unexpected.length > 0) report.fail('exact', `assets nobody expected: ${list(unexpected)}`);
    else
      report.pass(
        'exact',
        `nothing beyond the ${expected.size} expected asset(s)${signed ? ' and their bundles' : ''}`,
      );
  }

  const names = new Set(uploaded.map((a) => a.name));
  const subjects = uploaded.filter((a) => !isEvidence(a.name, config.bundleSuffix));
  if (config.requireSignatures) {
    const unsigned = subjects.filter((a) => !names.has(a.name + config.bundleSuffix)).map((a) => a.name);
    if (unsigned.length > 0)
      report.fail('signatures present', `no ${config.bundleSuffix} bundle beside ${list(unsigned)}`);
    else
      report.pass(
        'signatures present',
        `each of the ${subjects.length} asset(s) has its ${config.bundleSuffix} bundle (bundles, SBOMs and checksum files need none)`,
      );
  }

  if (config.verifySignatures) await verifySignatures(deps, config, prepared, uploaded, digests, report);

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
            `'${line.name}' is ${short(sha256)}${how === 'download' ? ' (downloaded: no digest reported)' : ''} but line ${line.line} says ${short(line.sha256)}`,
          );
        }
      } catch (error) {
        problems.push(`'${line.name}': ${messageOf(error)}`);
      }
    }
    const listed = new Set(prepared.sums.lines.map((l) => l.name));
    const missing = subjects.filter((a) => !listed.has(a.name)).map((a) => a.name);
    if (missing.length > 0) problems.push(`no line for ${list(missing)}`);
    if (problems.length > 0) report.fail('sha256sums', `${prepared.sums.label}: ${problems.join('; ')}`);
    else
      report.pass(
        'sha256sums',
        `${prepared.sums.lines.length} line(s) of ${prepared.sums.label} equal the assets' sha256`,
      );
  }
  return report.failures.length === before;
}

/** Downloads each bundle with its asset and verifies it against the exact identity. */
async function verifySignatures(
  deps: UndraftDeps,
  config: UndraftConfig,
  prepared: Prepared,
  uploaded: ReleaseAsset[],
  digests: Digests,
  report: Report,
): Promise<void> {
  if (!prepared.trust) {
    try {
      prepared.trust = await loadTrust(config.trustedRoot);
    } catch (error) {
      report.fail('signature trust', messageOf(error));
      return;
    }
  }
  const byName = new Map(uploaded.map((a) => [a.name, a]));
  const bundles = uploaded.filter((a) => isBundle(a.name, config.bundleSuffix));
  if (bundles.length === 0) {
    report.fail('signatures verified', `no ${config.bundleSuffix} bundle on the release to verify`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(deps.tempDir, 'undraft-verify-'));
  try {
    for (const bundle of bundles) {
      const subjectName = bundle.name.slice(0, -config.bundleSuffix.length);
      const check = `signature: ${subjectName}`;
      const subject = byName.get(subjectName);
      if (!subject) {
        report.fail(check, `bundle '${bundle.name}' has no asset '${subjectName}' beside it`);
        continue;
      }
      try {
        const index = String(bundle.id);
        const bundleFile = path.join(dir, `${index}.bundle.json`);
        const subjectFile = path.join(dir, `${index}.subject`);
        await downloadAssetTo(deps.client, config.repository, bundle, bundleFile);
        const sha256 = await downloadAssetTo(deps.client, config.repository, subject, subjectFile);
        const reported = sha256OfDigest(subject.digest);
        if (reported && reported !== sha256) {
          report.fail(
            check,
            `GitHub reports ${short(reported)} for '${subjectName}' but serves bytes with ${short(sha256)}`,
          );
          continue;
        }
        digests.learn(subject, sha256);
        const result = await verifyBundleFile(bundleFile, { file: subjectFile }, prepared.trust.material, {
          identity: config.certificateIdentity!,
          issuer: config.certificateIssuer,
        });
        // The identity is compared whole and exactly here too, whatever the verifier's policy
        // matching does (@sigstore/verify matches a SAN as an unanchored pattern).
        if (result.identity !== config.certificateIdentity || result.issuer !== config.certificateIssuer) {
          report.fail(
            check,
            `signed by '${result.identity}' (issuer ${result.issuer}), not exactly '${config.certificateIdentity}' (issuer ${config.certificateIssuer})`,
          );
          continue;
        }
        report.pass(check, `${short(sha256)} signed by ${result.identity}`);
      } catch (error) {
        report.fail(check, messageOf(error));
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per asset for comparing before and after publishing. */
function fingerprint(assets: ReleaseAsset[]): Map<number, string> {
  return new Map(assets.map((a) => [a.id, `${a.name}|${a.state}|${a.size}|${a.digest ?? 'null'}`]));
}

async function latestReleaseId(client: GitHubClient, repo: Repo): Promise<number | undefined> {
  try {
    const { data } = await client.rest.repos.getLatestRelease({ ...repo });
    return data.id;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw explainHttpError(error, 'Reading the latest release', 'contents: read');
  }
}

/** undraft's outputs before anything is published, as a copy the run fills in. */
export function notPublishedOutputs(): Record<string, OutputValue> {
  return { ...NOT_PUBLISHED_OUTPUTS };
}

export interface UndraftOutcome {
  outputs: Record<string, OutputValue>;
}

/**
 * Runs undraft's checks, the publish and the seal into `report`. Never throws for a failed
 * check (that is a failed row); a configuration error becomes an `inputs` row and is rethrown.
 */
export async function undraft(
  deps: UndraftDeps,
  config: UndraftConfig,
  report: Report,
): Promise<UndraftOutcome> {
  const outputs = notPublishedOutputs();
  const log = deps.log ?? (() => undefined);
  let prepared: Prepared;
  try {
    prepared = await prepare(config);
  } catch (error) {
    report.fail('inputs', messageOf(error));
    if (error instanceof ConfigurationError) throw error;
    return { outputs };
  }
  const { client } = deps;
  const repo = config.repository;
  const digests = new Digests(client, repo);
  let release: Release | undefined;
  let commit: string | undefined;
  let assets: ReleaseAsset[];
  try {
    release = await findRelease(client, config, report);
    if (!release) return { outputs };
    outputs['release-id'] = String(release.id);
    outputs['release-url'] = release.html_url;
    commit = await checkTarget(deps, config, release, report);
    assets = await listAssets(client, repo, release.id);
    const assetsOk = await checkAssets(deps, config, prepared, assets, digests, report);
    if (!commit || !assetsOk) {
      if (release.draft)
        report.fail('publish', 'not published: the checks above failed; the draft was not changed');
      else outputs.published = true;
      outputs.immutable = release.immutable === true;
      return { outputs };
    }
  } catch (error) {
    report.fail('checks', messageOf(error));
    if (release?.draft)
      report.fail('publish', 'not published: the checks could not be completed; the draft was not changed');
    return { outputs };
  }

  let alreadyPublished = !release.draft;
  let published: Release = release;
  let wantedLatest: boolean | undefined;
  if (!alreadyPublished) {
    let result: PublishResult | undefined;
    try {
      result = await publish(deps, config, prepared, release, report);
    } catch (error) {
      report.fail('publish', messageOf(error));
    }
    if (!result) return { outputs };
    published = result.release;
    alreadyPublished = result.meanwhile;
    wantedLatest = result.meanwhile ? undefined : result.makeLatest;
  }
  outputs['already-published'] = alreadyPublished;

  // Re-read: what is out there now is what counts.
  try {
    const now = await readRelease(client, repo, release.id);
    const problems: string[] = [];
    if (!now) problems.push(`release ${release.id} no longer exists`);
    else {
      if (now.draft) problems.push('it is still a draft');
      if (now.tag_name !== config.tag) problems.push(`its tag is now '${now.tag_name}'`);
      const tagCommit = await resolveTagCommit(client, repo, config.tag);
      if (tagCommit?.toLowerCase() !== commit)
        problems.push(`tag ${config.tag} now points to ${tagCommit ?? 'nothing'}, not ${commit}`);
      const after = await listAssets(client, repo, release.id);
      const was = fingerprint(assets);
      const is = fingerprint(after);
      const changed = [...new Set([...was.keys(), ...is.keys()])].filter((id) => was.get(id) !== is.get(id));
      if (changed.length > 0) {
        problems.push(
          `its assets changed while publishing: ${changed.map((id) => (is.get(id) ?? was.get(id))!.split('|')[0]).join(', ')}`,
        );
      }
      assets = after;
      outputs.published = !now.draft;
      outputs.immutable = now.immutable === true;
      published = now;
    }
    if (problems.length > 0) {
      report.fail('published release', problems.join('; '));
      return { outputs };
    }
    report.pass(
      'published release',
      `re-read: published, tag ${config.tag} at ${commit}, ${assets.length} asset(s) intact, immutable: ${published.immutable === true}`,
    );
  } catch (error) {
    report.fail('published release', messageOf(error));
    return { outputs };
  }

  if (wantedLatest !== undefined) {
    const wanted = wantedLatest;
    try {
      const latest = await latestReleaseId(client, repo);
      const isLatest = latest === release.id;
      outputs['made-latest'] = wanted && isLatest;
      if (wanted !== isLatest) {
        report.fail(
          'latest after publishing',
          `asked GitHub for make_latest=${wanted}, but the latest release is now ${latest ?? 'none'}`,
        );
      }
    } catch (error) {
      report.fail('latest after publishing', messageOf(error));
    }
  }

  await seal(deps, config, published, commit, assets, report, outputs, log);
  return { outputs };
}

interface PublishResult {
  release: Release;
  /** A concurrent run published it first; this run wrote nothing. */
  meanwhile: boolean;
  makeLatest: boolean;
}

/** Publishes the draft (or finds it published meanwhile). Undefined after a failed row. */
async function publish(
  deps: UndraftDeps,
  config: UndraftConfig,
  prepared: Prepared,
  draft: Release,
  report: Report,
): Promise<PublishResult | undefined> {
  const { client } = deps;
  const repo = config.repository;
  const prerelease =
    config.prerelease === 'auto' ? isPrereleaseTag(config.tag) : config.prerelease === 'true';
  let makeLatest: boolean;
  if (config.makeLatest === 'auto') {
    const all = await listAllReleases(client, repo);
    const decision = decideLatest(
      config.tag,
      prerelease,
      all.filter((r) => !r.draft),
    );
    makeLatest = decision.latest;
    report.pass('latest', `${decision.latest ? 'latest' : 'not latest'}: ${decision.reason}`);
  } else {
    makeLatest = config.makeLatest === 'true';
    report.pass('latest', `${makeLatest ? 'latest' : 'not latest'}: make-latest is ${config.makeLatest}`);
  }

  // A concurrent run may have published in the meantime: look once more right before writing.
  const current = await readRelease(client, repo, draft.id);
  if (!current) {
    report.fail('publish', `draft ${draft.id} disappeared before publishing; nothing was published`);
    return undefined;
  }
  if (!current.draft) {
    report.pass(
      'publish',
      `published meanwhile by a concurrent run (${current.html_url}); not published again`,
    );
    return { release: current, meanwhile: true, makeLatest };
  }
  const body = prepared.body?.((current as Release & { body?: string | null }).body ?? null);
  const request = {
    ...repo,
    release_id: draft.id,
    draft: false,
    prerelease,
    make_latest: (makeLatest ? 'true' : 'false') as 'true' | 'false',
    ...(body === undefined ? {} : { body }),
    // Publishing is not idempotent in effect: never retried blindly; the state is re-read instead.
    request: { retries: 0 } as Record<string, unknown>,
  };
  try {
    const { data } = await client.rest.repos.updateRelease(request);
    const result = data as unknown as Release;
    report.pass(
      'publish',
      `published ${result.html_url} (prerelease: ${prerelease}, make_latest: ${makeLatest})`,
    );
    return { release: result, meanwhile: false, makeLatest };
  } catch (error) {
    const status = statusOf(error);
    // The answer was lost or refused: what GitHub holds now decides.
    const after = await readRelease(client, repo, draft.id);
    if (after && !after.draft) {
      report.pass(
        'publish',
        `published ${after.html_url} (the publish request failed with ${status ?? messageOf(error)}, but the release is published)`,
      );
      return { release: after, meanwhile: false, makeLatest };
    }
    report.fail(
      'publish',
      explainHttpError(error, `Publishing draft ${draft.id}`, 'contents: write').message +
        '; the release is still a draft',
    );
    return undefined;
  }
}

/** The seal: GitHub's release attestation, when asked for (or `auto` and immutable). */
async function seal(
  deps: UndraftDeps,
  config: UndraftConfig,
  release: Release,
  commit: string,
  assets: ReleaseAsset[],
  report: Report,
  outputs: Record<string, OutputValue>,
  log: (line: string) => void,
): Promise<void> {
  const check = 'release attestation';
  const out = `release ${config.tag} IS PUBLISHED (${release.html_url}) and cannot be unpublished`;
  if (config.verifyAttestation === 'false') {
    report.pass(check, 'not checked: verify-release-attestation is false');
    return;
  }
  if (release.immutable !== true) {
    if (config.verifyAttestation === 'auto') {
      report.pass(
        check,
        'not checked: the release is not immutable, so GitHub signs no release attestation (auto)',
      );
    } else {
      report.fail(
        check,
        `${out}, but it is not immutable, so GitHub signs no release attestation for it: enable immutable releases in the repository settings (verify-release-attestation: true)`,
      );
    }
    return;
  }
  try {
    const trust = await loadAttestationTrust(config.attestationTrustedRoot, {
      cacheDir: path.join(deps.tempDir, 'undraft-github-tuf'),
    });
    const domain = await trustDomainOf(deps.client, deps.serverUrl);
    const san = releaseSan(domain.domain);
    const expectedAssets = new Map<string, string>();
    const digests = new Digests(deps.client, config.repository);
    for (const a of assets) expectedAssets.set(a.name, (await digests.of(a)).sha256);
    log(
      `Waiting up to ${Math.round(config.attestationTimeoutMs / 1000)} s for GitHub's release attestation of ${config.tag} (${commit}), signed for ${san}.`,
    );
    const result = await waitForReleaseAttestation({
      list: () => listReleaseAttestations(deps.client, config.repository, commit),
      judge: (bundle) =>
        judgeAttestation(bundle, trust.material, san, {
          owner: config.repository.owner,
          repo: config.repository.repo,
          tag: config.tag,
          commit,
          assets: expectedAssets,
          releaseId: release.id,
        }),
      timeoutMs: config.attestationTimeoutMs,
      pollMs: deps.pollMs ?? 5000,
    });
    if (!result.ok) {
      report.fail(check, `${out}; GitHub's seal does not vouch for it: ${result.detail}`);
      return;
    }
    const dir = path.join(deps.tempDir, 'undraft');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(
      dir,
      `${config.tag.replace(/[^A-Za-z0-9._-]/g, '_')}.release-attestation.sigstore.json`,
    );
    fs.writeFileSync(file, JSON.stringify(result.bundle) + '\n');
    outputs['attestation-verified'] = true;
    outputs['attestation-path'] = file;
    report.pass(
      check,
      `signed for ${san} (trust domain from ${domain.source}; trust: ${trust.source}): tag ${config.tag} → ${commit}, exactly the ${expectedAssets.size} asset(s) and their sha256`,
    );
  } catch (error) {
    report.fail(check, `${out}; the release attestation could not be checked: ${messageOf(error)}`);
  }
}
