/*
 * `sealed-release verify-attestation (FILE | sha256:<hex> | oci://REGISTRY/NAME@sha256:<hex>)
 * (--repo O/R | --owner O) …`: what `gh attestation verify` does, with exact identities
 * (core/attestation/provenance.ts holds the checks). The attestations come from `--bundle F` (a
 * bundle, or JSON lines of bundles as `gh attestation download` writes them), else from GitHub's
 * attestations API, every page: the repository's list with `--repo`, the organization's with
 * `--owner`; and for an image (`oci://`), from the registry too: the bundles attached to the
 * digest as referrers (core/attestation/image-bundles.ts, with the image core's finding), as
 * `gh attestation verify oci://… --bundle-from-oci` reads them. Exit 0 only when one attestation
 * passes every check; each attestation's checks are printed as rows (text, or JSON with
 * `--format json`).
 *
 * Reads GITHUB_API_URL and GITHUB_SERVER_URL (default https://github.com, which names the SAN's
 * server and the OIDC issuer) and the token GH_TOKEN or GITHUB_TOKEN (only to read the API; for an
 * image without a token only the registry is read). Registry credentials as verify-image reads
 * them: REGISTRY_USERNAME and REGISTRY_PASSWORD (both or neither), else the docker config, else
 * anonymous. No token or password reaches the output.
 */
import * as fs from 'node:fs';
import type { Bundle } from '@sigstore/bundle';
import type { LoadedTrust } from '../core/sigstore/index.js';
import type { Row } from '../core/attestation/provenance.js';
import { parseSha256Digest, sha256File } from '../core/digest.js';
import { BaseError, messageOf, messageWithFix } from '../core/errors.js';
import { parseRepository } from '../core/github/repository.js';
import { envUrl, parseArgs, readFlagFile } from './args.js';
import { CliError, quote, UsageError } from './errors.js';
import { loadCliTrust, TRUST_HELP } from './trust.js';

interface IO {
  out(line: string): void;
  err(line: string): void;
}

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const FLAGS = [
  'repo',
  'owner',
  'signer-workflow',
  'source-ref',
  'source-digest',
  'predicate-type',
  'bundle',
  'format',
  'trusted-root',
];
const SWITCHES = ['deny-self-hosted-runners'];

/** Every flag's problem at once (a usage error names them all). */
function parseFlags(args: string[]) {
  const { flags, positional } = parseArgs(args, FLAGS, SWITCHES);
  const problems: string[] = [];
  const repoFlag = flags.get('repo');
  const owner = flags.get('owner');
  if ((repoFlag === undefined) === (owner === undefined))
    problems.push('give exactly one of --repo O/R and --owner O');
  let repo: { owner: string; repo?: string } | undefined;
  try {
    if (repoFlag !== undefined) repo = parseRepository('--repo', repoFlag);
  } catch {
    problems.push(`--repo is ${quote(repoFlag)}: expected OWNER/REPO`);
  }
  if (owner !== undefined) {
    if (/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner)) repo = { owner };
    else problems.push(`--owner is ${quote(owner)}: expected a GitHub user or organization name`);
  }
  const workflow = flags.get('signer-workflow');
  if (workflow !== undefined && !/^[^/@\s]+\/[^/@\s]+\/\.github\/workflows\/[^@\s]+\.ya?ml$/.test(workflow))
    problems.push(`--signer-workflow is ${quote(workflow)}: expected OWNER/REPO/.github/workflows/FILE.yml`);
  const ref = flags.get('source-ref');
  if (ref !== undefined && !/^refs\/(heads|tags|pull)\/\S+$/.test(ref))
    problems.push(
      `--source-ref is ${quote(ref)}: expected a full ref such as refs/tags/v1.2.3 or refs/heads/main`,
    );
  const digest = flags.get('source-digest');
  if (digest !== undefined && !/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(digest))
    problems.push(
      `--source-digest is ${quote(digest)}: expected the commit's 40 (or 64) lower-case hex digits`,
    );
  const format = flags.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    problems.push(`--format is ${quote(format)}: expected text or json`);
  if (flags.has('offline') && !flags.has('bundle') && !positional.startsWith('oci://'))
    problems.push('--offline reads nothing from the network: give the attestations with --bundle F');
  const username = process.env.REGISTRY_USERNAME || undefined;
  const password = process.env.REGISTRY_PASSWORD || undefined;
  if (positional.startsWith('oci://') && (username === undefined) !== (password === undefined))
    problems.push('REGISTRY_USERNAME and REGISTRY_PASSWORD go together: set both or neither');
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  return { flags, positional, scope: repo!, format };
}

/** An image named by digest: `oci://REGISTRY/NAME@sha256:<hex>`. */
interface ImageSubject {
  registry: string;
  repository: string;
  digest: string;
}

/** The image of an `oci://` argument, or every problem with it (a tag can move: only a digest is read). */
async function imageOf(value: string): Promise<ImageSubject> {
  const { parseReference, REFERENCE_FORM } = await import('../core/oci/reference.js');
  const text = value.slice('oci://'.length);
  let reference;
  try {
    reference = parseReference(text, 'IMAGE');
  } catch (error) {
    throw new UsageError(`${value}: ${messageOf(error)} (expected oci://${REFERENCE_FORM.split(' or ')[1]})`);
  }
  if (reference.digest === undefined || reference.tag !== undefined)
    throw new UsageError(
      `${value} names no digest (or a tag beside it): give oci://REGISTRY/NAME@sha256:<64 hex> (a tag can move between this check and your pull)`,
    );
  return { registry: reference.registry, repository: reference.repository, digest: reference.digest };
}

/** The artifact's sha256: a file's, a `sha256:<hex>` given as such, or an image's digest. */
async function subjectOf(value: string): Promise<{ sha256: string; image?: ImageSubject }> {
  if (value.startsWith('oci://')) {
    const image = await imageOf(value);
    return { sha256: image.digest.slice('sha256:'.length), image };
  }
  return { sha256: await fileOrDigest(value) };
}

async function fileOrDigest(value: string): Promise<string> {
  if (fs.existsSync(value)) {
    if (!fs.statSync(value).isFile()) throw new UsageError(`${value} is not a regular file`);
    return sha256File(value);
  }
  const digest = parseSha256Digest(value);
  if (digest) return digest.toString('hex');
  throw new UsageError(`${value} is neither an existing file nor a sha256:<64 hex> digest`);
}

/** The bundles of `--bundle F`: one bundle, or JSON lines of bundles (a blank line is skipped). */
function bundlesOfFile(file: string): unknown[] {
  const text = readFlagFile('bundle', file).trim();
  try {
    return [JSON.parse(text) as unknown];
  } catch {
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          throw new CliError(
            'NOT_JSON',
            `bundle ${file} is neither JSON nor JSON lines (line ${i + 1} is not JSON)`,
          );
        }
      });
  }
}

/** The bundles the attestations API lists for the digest (every page), and how to name that source. */
async function apiBundles(
  token: string,
  scope: { owner: string; repo?: string },
  sha256: string,
  predicateType: string,
): Promise<{ bundles: unknown[]; source: string }> {
  const apiUrl = envUrl('GITHUB_API_URL', 'https://api.github.com');
  const [{ createClient }, { listAttestations }] = await Promise.all([
    import('../core/github/client.js'),
    import('../core/attestation/list.js'),
  ]);
  // Not in a runner: the token must not be echoed as an ::add-mask:: command.
  const client = createClient(token, { retries: 2, maskToken: false, baseUrl: apiUrl });
  const where = scope.repo === undefined ? `organization ${scope.owner}` : `${scope.owner}/${scope.repo}`;
  // Filtered by the predicate type asked for, as gh asks (its --predicate-type, whole URI, goes to
  // `predicate_type`); the filter only saves reading others: each bundle's type is checked again.
  const bundles = await listAttestations(client, scope, `sha256:${sha256}`, {
    what: `the attestations of sha256:${sha256} in ${where}`,
    predicateType,
  });
  return { bundles, source: `the attestations API of ${where}` };
}

/**
 * The bundles attached to the image as referrers, read with the credentials verify-image uses:
 * REGISTRY_USERNAME and REGISTRY_PASSWORD, else the docker config, else anonymous.
 */
async function registryBundles(image: ImageSubject, predicateType: string) {
  const [{ dockerConfigCredentials, dockerConfigPath }, { OciClient }, { imageAttestationBundles }] =
    await Promise.all([
      import('../core/image/docker-config.js'),
      import('../core/oci/client.js'),
      import('../core/attestation/image-bundles.js'),
    ]);
  const username = process.env.REGISTRY_USERNAME || undefined;
  const password = process.env.REGISTRY_PASSWORD || undefined;
  const credentials =
    username !== undefined && password !== undefined
      ? { username, password }
      : dockerConfigCredentials(image.registry, dockerConfigPath());
  const client = new OciClient({
    registry: image.registry,
    ...(credentials ? { credentials } : {}),
    credentialInputs: ['REGISTRY_USERNAME', 'REGISTRY_PASSWORD'],
  });
  return imageAttestationBundles(client, image.repository, image.digest, predicateType);
}

/** The `verify-attestation` command (see the file's comment). */
export const verifyAttestationCommand = {
  summary: 'Verify build provenance (or another attestation) of a file or an image, with exact identities.',
  usage: [
    'sealed-release verify-attestation (FILE | sha256:<hex> | oci://REGISTRY/NAME@sha256:<hex>) (--repo O/R | --owner O) [--signer-workflow O/R/.github/workflows/F.yml] [--source-ref REF] [--source-digest SHA] [--predicate-type T] [--bundle F] [--deny-self-hosted-runners] [--format text|json] [--trusted-root T | --offline]',
  ],
  details: [
    'What `gh attestation verify` checks, each in its own row: the signature and timestamps, the',
    "subject's sha256, the predicate type (default https://slsa.dev/provenance/v1), the signer",
    '(the SAN is exactly <server>/<signer-workflow>@<source-ref> when both are given, each compared',
    "whole, never as a pattern; by default a workflow of --repo, or of --owner), the certificate's",
    'source repository, ref and commit, its runner environment (--deny-self-hosted-runners: only',
    "github-hosted), and that SLSA provenance's own workflow, commit and builder are the certificate's.",
    'The attestations come from --bundle F (a bundle, or JSON lines of bundles), else from the',
    "attestations API (the repository's with --repo, the organization's with --owner; every page),",
    'read with GH_TOKEN or GITHUB_TOKEN at GITHUB_API_URL; GITHUB_SERVER_URL names the server.',
    'An image (oci://, by digest only) is also read from the registry: the bundles attached to the',
    'digest as referrers (the referrers API, or the sha256-<hex> tag index), with REGISTRY_USERNAME and',
    'REGISTRY_PASSWORD, else the docker config, else anonymous; without a token, or with --offline',
    '(which then concerns the trust and the API only), only the registry is read.',
    ...TRUST_HELP,
    'Exit 0 only when one attestation passes every check, 1 when none does, 2 for a usage error.',
  ],
  async run(args: string[], io: IO): Promise<number> {
    const { flags, positional, scope, format } = parseFlags(args);
    const { sha256, image } = await subjectOf(positional);
    const serverUrl = envUrl('GITHUB_SERVER_URL', 'https://github.com');
    const [{ parseBundle, githubSigned, expectedIssuer }, { judgeBuildAttestation }] = await Promise.all([
      import('../core/sigstore/index.js'),
      import('../core/attestation/provenance.js'),
    ]);
    const predicateType = flags.get('predicate-type') ?? SLSA_PROVENANCE_V1;
    const bundleFile = flags.get('bundle');
    // Each attestation with where it came from.
    const raw: { item: unknown; source: string }[] = [];
    const sources: string[] = [];
    if (bundleFile !== undefined) {
      raw.push(...bundlesOfFile(bundleFile).map((item) => ({ item, source: bundleFile })));
      sources.push(bundleFile);
    } else {
      if (image !== undefined) {
        let found;
        try {
          found = await registryBundles(image, predicateType);
        } catch (error) {
          // A registry that refused the credentials: the fix names the variables that hold them.
          if (error instanceof BaseError && error.fix) {
            io.err(`error: ${messageWithFix(error)}`);
            return 1;
          }
          throw error;
        }
        const source = found.via;
        raw.push(...found.bundles.map((item) => ({ item, source })));
        sources.push(source);
        if (found.skipped > 0)
          io.err(
            `note: ${found.skipped} referrer(s) of ${image.digest} annotated with another predicate type than ${predicateType} were not read`,
          );
      }
      const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN;
      if (!token && image === undefined)
        throw new UsageError(
          'set GH_TOKEN or GITHUB_TOKEN (a token that can read attestations), or give --bundle F',
        );
      // An image's attestations are also in GitHub's API, where attest-provenance stores them;
      // offline, or without a token, only the registry is read.
      if (token && !flags.has('offline')) {
        const listed = await apiBundles(token, scope, sha256, predicateType);
        raw.push(...listed.bundles.map((item) => ({ item, source: listed.source })));
        sources.push(listed.source);
      } else if (image !== undefined) {
        io.err(
          `note: the attestations API was not read (${flags.has('offline') ? '--offline' : 'no GH_TOKEN or GITHUB_TOKEN'}): only the registry's referrers`,
        );
      }
    }
    const source = sources.join(' and ');

    // Each trust is loaded once, when a bundle first needs it.
    let publicGood: Promise<LoadedTrust> | undefined;
    let github: Promise<LoadedTrust> | undefined;
    const trustFor = (bundle: Bundle): Promise<LoadedTrust> => {
      if (!githubSigned(bundle)) return (publicGood ??= loadCliTrust(flags));
      if (flags.has('trusted-root') || flags.has('offline'))
        return (github ??= loadCliTrust(flags, { githubOnly: 'the attestation' }));
      return (github ??= import('../core/attestation/trust.js').then((t) =>
        t.loadAttestationTrust(undefined, { trustedRootOption: '--trusted-root' }),
      ));
    };
    const expected = {
      sha256,
      owner: scope.owner,
      repo: scope.repo,
      serverUrl,
      issuer: expectedIssuer(serverUrl),
      signerWorkflow: flags.get('signer-workflow'),
      sourceRef: flags.get('source-ref'),
      sourceDigest: flags.get('source-digest'),
      predicateType,
      denySelfHostedRunners: flags.has('deny-self-hosted-runners'),
    };
    const judged: { from: string; rows: Row[]; passed: boolean }[] = [];
    const warned = new Set<LoadedTrust>();
    for (const { item, source: from } of raw) {
      let rows: Row[];
      let bundle: Bundle | undefined;
      try {
        bundle = parseBundle(JSON.stringify(item));
      } catch (error) {
        const why = (item as { unreadable?: unknown })?.unreadable;
        rows = [
          {
            check: 'signature',
            ok: false,
            detail: typeof why === 'string' ? why : `not a Sigstore bundle: ${messageOf(error)}`,
          },
        ];
      }
      if (bundle !== undefined) {
        const byGitHub = githubSigned(bundle);
        let trust: LoadedTrust | undefined;
        try {
          trust = await trustFor(bundle);
        } catch (error) {
          // Offline, GitHub's root is not embedded: this attestation cannot be checked, the others can.
          if (!(error instanceof CliError && error.code === 'NO_EMBEDDED_ROOT')) throw error;
          rows = [{ check: 'signature', ok: false, detail: error.message }];
        }
        if (trust !== undefined) {
          if (!warned.has(trust))
            for (const d of trust.dropped) io.err(`warning: trusted root: ignored ${d}`);
          warned.add(trust);
          // GitHub's instance logs nothing in a transparency log: its timestamps are the evidence.
          const thresholds = byGitHub ? { tlogThreshold: 0, timestampThreshold: 1 } : {};
          rows = await judgeBuildAttestation(bundle, trust.material, expected, thresholds);
        }
      }
      judged.push({ from, rows: rows!, passed: rows!.every((r) => r.ok) });
    }
    const good = judged.findIndex((j) => j.passed);
    if (format === 'json') {
      io.out(
        JSON.stringify(
          {
            subject: `sha256:${sha256}`,
            source,
            verified: good >= 0,
            attestations: judged.map((j) => ({ source: j.from, passed: j.passed, checks: j.rows })),
          },
          null,
          2,
        ),
      );
    } else {
      judged.forEach((j, i) => {
        io.out(`attestation #${i + 1} of ${judged.length} (${j.from}):`);
        for (const r of j.rows) io.out(`  ${r.ok ? 'PASS' : 'FAIL'} ${r.check}: ${r.detail}`);
      });
    }
    if (good >= 0) {
      if (format === 'text')
        io.out(`OK: sha256:${sha256} is attested: attestation #${good + 1} passed every check`);
      return 0;
    }
    io.err(
      judged.length === 0
        ? `FAIL: ${source} holds no attestation of sha256:${sha256}`
        : `FAIL: none of the ${judged.length} attestation(s) of sha256:${sha256} passed every check`,
    );
    return 1;
  },
};
