/*
 * Which release assets are evidence about other assets, decided by what each file is, never by
 * its name alone. A name only says which assets are worth reading: `sbom-tool-linux-x64`,
 * `b2sum` or `go-checksum` are payloads like any binary, which must be signed and summed.
 *
 * Evidence is exactly:
 * - a Sigstore bundle `<name><bundle-suffix>` whose content names the sha256 of the asset
 *   `<name>` of the same release (a message signature's digest, or a subject of the DSSE
 *   in-toto statement);
 * - a provenance bundle: a Sigstore bundle named `<anything><bundle-suffix>` where no asset
 *   `<anything>` is on the release (attest-provenance's `bundle-path`, uploaded by stage-release
 *   as e.g. `<project>-<version>.intoto.sigstore.json`), whose DSSE in-toto statement names at
 *   least one other asset of the release by its name and sha256 (attest-provenance names a file
 *   subject by its basename, as actions/attest does: the contract's "attest-provenance");
 * - an SBOM document that sbom-attach accepts with its default inputs (CycloneDX or SPDX JSON,
 *   valid against its official schema, at least one component besides its own subject);
 * - the `sha256sums` file given to undraft, byte for byte (its asset has the local file's sha256).
 *
 * What is read, and why no more: a bundle names its subject by digest, and GitHub reports each
 * asset's sha256, so only the bundle (a few kilobytes) is downloaded, never the artifact it
 * signs (an asset without a reported digest is hashed once, as the sha256sums check would).
 * The signature is not verified here: classifying only decides which files are statements
 * about others; `verify-signatures` checks who signed them. An SBOM is read only when it can be
 * JSON (its name ends in `.json` or GitHub lists a JSON content type: sbom-attach uploads
 * `application/vnd.cyclonedx+json` or `application/spdx+json`, `gh release upload` and the web
 * UI take the type from the extension) and within sbom-attach's size bound. A JSON SBOM
 * uploaded under another name and type is then a payload: it must be signed, which refuses
 * rather than lets anything through.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { messageOf } from '../errors.js';
import { quote } from '../quote.js';
import type { GitHubClient, Repo } from '../github/client.js';
import type { ReleaseAsset } from '../github/assets.js';
import { BundleFormatError, parseBundle } from '../sigstore/bundle.js';
import { InTotoError, parseStatement, type Statement } from '../intoto.js';
import { mapBounded } from '../sigstore/pool.js';
import type { Digests } from './digests.js';
import { downloadAssetTo } from './download.js';

/**
 * The largest asset read as a possible bundle: 4 MiB. A message-signature bundle is a few
 * kilobytes and a DSSE bundle with an SLSA provenance of many subjects stays far below this;
 * a larger file is not a bundle, and is not downloaded to find that out.
 */
export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;

/** What an evidence asset is. */
export type Evidence =
  | { kind: 'bundle'; subject: string }
  /** A statement about several assets: the names of the release's assets it names (name and sha256). */
  | { kind: 'provenance'; subjects: string[] }
  | { kind: 'sbom'; format: string; specVersion: string; components: number }
  | { kind: 'sums' };

export interface Classification {
  /** Evidence assets by name; every other uploaded asset is a payload. */
  evidence: Map<string, Evidence>;
  /** Why an asset named like a bundle or read as a possible SBOM is a payload, by name. */
  payloadBecause: Map<string, string>;
  /** Assets whose bytes could not be read (network, size): their verdict is unknown, so the run fails. */
  unreadable: { name: string; reason: string }[];
}

export interface ClassifyContext {
  client: GitHubClient;
  repo: Repo;
  /** A folder for the downloads; emptied by the caller. */
  dir: string;
  digests: Digests;
}

export interface ClassifyOptions {
  bundleSuffix: string;
  /** The `sha256sums` input: the asset name it is uploaded under and its bytes' sha256. */
  sums?: { name: string; sha256: string };
  /** sbom-attach's judge and its size bound (loaded only when an asset may be an SBOM). */
  sbom?: SbomJudge;
}

/** What classifying needs of sbom-attach: its size bound and its verdict (throws why not). */
export interface SbomJudge {
  maxBytes: number;
  judge(text: string): { format: string; specVersion: string; components: number };
}

/** The name of the asset a bundle-named asset would sign, or undefined. */
export function bundleSubjectName(name: string, suffix: string): string | undefined {
  return name.endsWith(suffix) && name.length > suffix.length ? name.slice(0, -suffix.length) : undefined;
}

/** Whether an asset may be a JSON document worth reading as an SBOM (its name or content type). */
export function mayBeJson(asset: ReleaseAsset): boolean {
  return /\.json$/i.test(asset.name) || /json/i.test(asset.content_type ?? '');
}

/**
 * The sha256 digests a Sigstore bundle names as its subject: a message signature's digest, or
 * the sha256 of each subject of its DSSE in-toto statement. Throws BundleFormatError when the
 * text is no bundle, or a bundle that names no sha256 subject.
 */
export function bundleSubjects(text: string): string[] {
  const bundle = parseBundle(text);
  if (bundle.content.$case === 'messageSignature') {
    // protobuf-specs: the message digest "can be used to identify the artifact", which is all
    // this does; verifying the signature is verify-signatures' work.
    const digest = bundle.content.messageSignature.messageDigest;
    if (!digest || digest.algorithm !== HashAlgorithm.SHA2_256 || digest.digest.length !== 32) {
      throw new BundleFormatError('the message signature names no sha256 digest');
    }
    return [digest.digest.toString('hex')];
  }
  const statement = dsseStatement(bundle.content.dsseEnvelope);
  const digests = statement.subjects
    .map((s) => s.digest.sha256)
    .filter((d): d is string => typeof d === 'string' && /^[0-9a-fA-F]{64}$/.test(d))
    .map((d) => d.toLowerCase());
  if (digests.length === 0) throw new BundleFormatError('the in-toto statement has no sha256 subject');
  return digests;
}

/** The in-toto statement of a DSSE envelope; one that is not a statement is a malformed bundle. */
function dsseStatement(envelope: { payloadType: string; payload: Buffer }): Statement {
  try {
    return parseStatement(envelope.payloadType, envelope.payload);
  } catch (error) {
    if (error instanceof InTotoError) throw new BundleFormatError(error.message);
    throw error;
  }
}

/**
 * The subjects (name, sha256) of a bundle's DSSE in-toto statement, or undefined when the text
 * is a bundle of another kind. Throws BundleFormatError when the text is no bundle. Unverified:
 * it only decides what an asset is (see the file comment).
 */
export function bundleNamedSubjects(text: string): { name: string; sha256: string }[] | undefined {
  const bundle = parseBundle(text);
  if (bundle.content.$case !== 'dsseEnvelope') return undefined;
  const statement = dsseStatement(bundle.content.dsseEnvelope);
  return statement.subjects.flatMap((s) =>
    typeof s.name === 'string' && typeof s.digest.sha256 === 'string'
      ? [{ name: s.name, sha256: s.digest.sha256 }]
      : [],
  );
}

/** Where classifying left an asset it downloaded, in `dir` (verify-signatures reads it there). */
export function downloadedPath(dir: string, asset: ReleaseAsset): string {
  return path.join(dir, `${asset.id}.evidence`);
}

/** Downloads an asset into `ctx.dir` and returns its text. */
async function readText(ctx: ClassifyContext, asset: ReleaseAsset): Promise<string> {
  const file = downloadedPath(ctx.dir, asset);
  const sha256 = await downloadAssetTo(ctx.client, ctx.repo, asset, file);
  ctx.digests.learn(asset, sha256);
  return fs.readFileSync(file, 'utf8');
}

/** What one asset turned out to be. */
type Verdict =
  | { is: 'evidence'; evidence: Evidence }
  | { is: 'payload'; because?: string }
  | { is: 'unreadable'; reason: string };

/** How many assets are read at once: a few downloads overlap, without a burst at GitHub. */
const READ_CONCURRENCY = 4;

/**
 * A bundle-named asset whose `<name>` is not on the release: a provenance bundle when its
 * statement names another asset of the release by name and sha256 (compared whole), else a payload.
 */
async function provenanceOrPayload(
  ctx: ClassifyContext,
  asset: ReleaseAsset,
  subjectName: string,
  byName: Map<string, ReleaseAsset>,
): Promise<Verdict> {
  const notHere = `a bundle of '${subjectName}', which is not on the release`;
  if (asset.size > MAX_BUNDLE_BYTES) return { is: 'payload', because: notHere };
  let named: { name: string; sha256: string }[] | undefined;
  try {
    named = bundleNamedSubjects(await readText(ctx, asset));
  } catch (error) {
    if (error instanceof BundleFormatError)
      return { is: 'payload', because: `${notHere}, and not a Sigstore bundle: ${quote(error.message)}` };
    return { is: 'unreadable', reason: messageOf(error) };
  }
  const subjects: string[] = [];
  try {
    for (const { name, sha256 } of named ?? []) {
      const other = byName.get(name);
      if (!other || other.id === asset.id || subjects.includes(name)) continue;
      if ((await ctx.digests.of(other)).sha256 === sha256) subjects.push(name);
    }
  } catch (error) {
    return { is: 'unreadable', reason: messageOf(error) };
  }
  if (subjects.length > 0) return { is: 'evidence', evidence: { kind: 'provenance', subjects } };
  return {
    is: 'payload',
    because:
      named === undefined
        ? notHere
        : `${notHere}, and its statement names no asset of the release by name and sha256`,
  };
}

/** Reads one asset as far as needed to say what it is (see the file comment). */
async function classifyOne(
  ctx: ClassifyContext,
  asset: ReleaseAsset,
  byName: Map<string, ReleaseAsset>,
  options: ClassifyOptions,
): Promise<Verdict> {
  const subjectName = bundleSubjectName(asset.name, options.bundleSuffix);
  if (subjectName !== undefined) {
    const subject = byName.get(subjectName);
    if (!subject) return provenanceOrPayload(ctx, asset, subjectName, byName);
    if (asset.size > MAX_BUNDLE_BYTES)
      return { is: 'payload', because: `${asset.size} bytes, larger than any Sigstore bundle` };
    try {
      const named = bundleSubjects(await readText(ctx, asset));
      const { sha256 } = await ctx.digests.of(subject);
      if (named.includes(sha256))
        return { is: 'evidence', evidence: { kind: 'bundle', subject: subjectName } };
      const more = named.length > 1 ? ` (and ${named.length - 1} more)` : '';
      return {
        is: 'payload',
        because: `a bundle of sha256:${named[0]}${more}, not of '${subjectName}' (sha256:${sha256})`,
      };
    } catch (error) {
      if (error instanceof BundleFormatError)
        return { is: 'payload', because: `not a Sigstore bundle: ${quote(error.message)}` };
      return { is: 'unreadable', reason: messageOf(error) };
    }
  }

  if (options.sums && asset.name === options.sums.name) {
    try {
      const { sha256 } = await ctx.digests.of(asset);
      if (sha256 === options.sums.sha256) return { is: 'evidence', evidence: { kind: 'sums' } };
      return {
        is: 'payload',
        because: `not the sha256sums file given: sha256:${sha256}, the file has sha256:${options.sums.sha256}`,
      };
    } catch (error) {
      return { is: 'unreadable', reason: messageOf(error) };
    }
  }

  if (options.sbom && mayBeJson(asset)) {
    if (asset.size > options.sbom.maxBytes)
      return { is: 'payload', because: `${asset.size} bytes, over sbom-attach's bound for an SBOM` };
    let text: string;
    try {
      text = await readText(ctx, asset);
    } catch (error) {
      return { is: 'unreadable', reason: messageOf(error) };
    }
    try {
      return { is: 'evidence', evidence: { kind: 'sbom', ...options.sbom.judge(text) } };
    } catch (error) {
      return { is: 'payload', because: `not an SBOM sbom-attach accepts: ${quote(messageOf(error))}` };
    }
  }
  return { is: 'payload' };
}

/**
 * Classifies every uploaded asset (see the file comment), a few at a time. A file that is not
 * what its name suggests is a payload, with the reason kept for the rows; a file that cannot be
 * read is listed as unreadable, and the caller fails the run rather than guess.
 */
export async function classifyAssets(
  ctx: ClassifyContext,
  uploaded: ReleaseAsset[],
  options: ClassifyOptions,
): Promise<Classification> {
  const byName = new Map(uploaded.map((a) => [a.name, a]));
  const verdicts = await mapBounded(uploaded, READ_CONCURRENCY, (asset) =>
    classifyOne(ctx, asset, byName, options),
  );
  const result: Classification = { evidence: new Map(), payloadBecause: new Map(), unreadable: [] };
  verdicts.forEach((verdict, index) => {
    const { name } = uploaded[index];
    if (verdict.is === 'evidence') result.evidence.set(name, verdict.evidence);
    else if (verdict.is === 'unreadable') result.unreadable.push({ name, reason: verdict.reason });
    else if (verdict.because !== undefined) result.payloadBecause.set(name, verdict.because);
  });
  return result;
}
