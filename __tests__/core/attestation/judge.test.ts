/*
 * The judge against GitHub's real release attestation (cli/cli's test fixture, see
 * fixtures/README.md) and against statements derived from it. GitHub's trusted root is not
 * available offline, so the signature cannot verify here: every test expects exactly that one
 * signature problem, and asserts what the statement's own checks say.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { judgeAttestation, type ExpectedRelease } from '../../../src/core/attestation/release-attestation.js';
import { parseTrustedRoot, trustOf } from '../../../src/core/sigstore/trust.js';

const real = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, 'fixtures/github-release-bundle-v0.1.json'), 'utf8'),
) as { dsseEnvelope: { payload: string } };
const statement = JSON.parse(Buffer.from(real.dsseEnvelope.payload, 'base64').toString()) as {
  subject: Record<string, unknown>[];
  predicateType: string;
  predicate: Record<string, unknown>;
};

// A root that vouches for nothing: the signature check fails, the statement is still read.
const trust = trustOf(
  parseTrustedRoot(
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [],
      ctlogs: [],
      certificateAuthorities: [],
      timestampAuthorities: [],
    }),
    'empty root',
  ),
  'empty root',
).material;

const SAN = 'https://dotcom.releases.github.com';
const EXPECTED: ExpectedRelease = {
  owner: 'bdehamer',
  repo: 'delme',
  tag: 'v6',
  commit: 'c5e17a62e06a1d201570249c61fae531e9244e1b',
  assets: new Map([['artifact.zip', 'e15b593c6ab8d7725a3cc82226ef816cac6bf9c70eed383bd459295cc65f5ec3']]),
  releaseId: 222158671,
};

/** The real bundle with its statement changed (the signature no longer covers it: it never verified here anyway). */
function withStatement(change: (s: typeof statement) => void): unknown {
  const s = structuredClone(statement);
  change(s);
  return {
    ...real,
    dsseEnvelope: { ...real.dsseEnvelope, payload: Buffer.from(JSON.stringify(s)).toString('base64') },
  };
}

/** The problems other than the signature's, which fails here for want of GitHub's trusted root. */
async function statementProblems(bundle: unknown, expected = EXPECTED): Promise<string[]> {
  const j = await judgeAttestation(bundle, trust, SAN, expected);
  expect(j.signatureOk).toBe(false);
  expect(j.problems[0]).toMatch(/^signature does not verify against the trusted root/);
  return j.problems.slice(1);
}

/** v0.2 as GitHub mints it today, from the real v0.1 statement. */
const asV02 = (s: typeof statement) => {
  s.predicateType = 'https://in-toto.io/attestation/release/v0.2';
  s.predicate.databaseId = s.predicate.releaseId;
  delete s.predicate.releaseId;
  s.predicate.packageId = s.predicate.repositoryId;
};

describe("GitHub's real release attestation", () => {
  it('reads its statement whole: the purl in uri, the asset by name, the v0.1 predicate, the release id', async () => {
    const j = await judgeAttestation(real, trust, SAN, EXPECTED);
    expect(j.problems).toHaveLength(1);
    expect(j.tag).toBe('v6');
    expect(j.aboutThisTag).toBe(true);
    expect(j.predicateType).toBe('https://in-toto.io/attestation/release/v0.1');
    expect([...j.subjects]).toEqual([
      ['artifact.zip', 'e15b593c6ab8d7725a3cc82226ef816cac6bf9c70eed383bd459295cc65f5ec3'],
    ]);
  });

  it('as v0.2 (databaseId, packageId = repositoryId) it reads whole too', async () => {
    expect(await statementProblems(withStatement(asV02))).toEqual([]);
  });

  it('another release id, commit, tag or repository is named', async () => {
    expect(await statementProblems(real, { ...EXPECTED, releaseId: 1 })).toEqual([
      'it names release releaseId "222158671", not 1',
    ]);
    expect((await statementProblems(real, { ...EXPECTED, commit: 'a'.repeat(40) })).join()).toMatch(
      /binds the tag to commit "c5e17a62/,
    );
    expect((await statementProblems(real, { ...EXPECTED, repo: 'other' })).join('\n')).toMatch(
      /its predicate names repository "bdehamer\/delme", not bdehamer\/other/,
    );
  });

  it.each<[string, (s: typeof statement) => void, RegExp]>([
    [
      'a predicate type that only looks up Object.prototype',
      (s) => (s.predicateType = 'constructor'),
      /predicate type is "constructor"/,
    ],
    [
      'v0.2 without databaseId',
      (s) => (asV02(s), delete s.predicate.databaseId),
      /predicate's databaseId is undefined, not a decimal id/,
    ],
    [
      'v0.2 with a packageId that is not the repositoryId',
      (s) => (asV02(s), (s.predicate.packageId = '1')),
      /its packageId "1" is not its repositoryId "905988044"/,
    ],
    [
      'v0.1 with databaseId',
      (s) => (s.predicate.databaseId = '222158671'),
      /its v0\.1 predicate has 'databaseId', a field of another version/,
    ],
    [
      'an id that is a number, not a string',
      (s) => (s.predicate.ownerId = 398027),
      /ownerId is 398027, not a decimal id/,
    ],
    [
      'a predicate purl other than the subject',
      (s) => (s.predicate.purl = 'pkg:github/bdehamer/delme@v7'),
      /its predicate purl "pkg:github\/bdehamer\/delme@v7" differs from its subject/,
    ],
    [
      'a subject uri that is no purl',
      (s) => (s.subject[0].uri = 'https://github.com/bdehamer/delme'),
      /a subject's uri "https:\/\/github\.com\/bdehamer\/delme" is not a purl/,
    ],
    [
      'a subject with neither name nor uri',
      (s) => s.subject.push({ digest: { sha256: 'ab' } }),
      /a subject has neither a name nor a purl uri/,
    ],
    [
      'an asset without a sha256',
      (s) => (s.subject[1].digest = { sha512: 'ab' }),
      /subject "artifact\.zip" has no sha256 digest/,
    ],
    [
      'a subject name that is not a string',
      (s) => (s.subject[1].name = 7),
      /a subject's name is not a string \(7\)/,
    ],
  ])('%s is refused', async (_, change, problem) => {
    expect((await statementProblems(withStatement(change))).join('\n')).toMatch(problem);
  });
});
