/*
 * The emulator's attestation store: POST /repos/{o}/{r}/attestations as GitHub answers it (201
 * with an id, 403 without `attestations: write`, 422 for a bundle without an in-toto statement),
 * and the list endpoint serving what was stored, by subject digest and `predicate_type`.
 */
import { DEFAULT_TOKEN } from '../../../../src/emulator/github/index.js';
import { useGitHub } from '../../../helpers/github.js';

const REPO = 'octo-org/octo-repo';
const NO_WRITE = 'ghs_attestationsReadOnly0000000000000000000';
// Every exchange must match GitHub's OpenAPI description (checked after each test).
const gh = useGitHub({
  setup: (g) => {
    g.state.addRepo(REPO);
    g.state.addRepo('octo-org/other');
    g.state.addToken(NO_WRITE, { contents: 'write', attestations: 'read' }, 403);
  },
});

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

/** A bundle-shaped object holding a statement (the emulator stores it; it does not verify signatures). */
function bundle(predicateType: string, digests: string[]): Record<string, unknown> {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: digests.map((d, i) => ({ name: `f${i}`, digest: { sha256: d } })),
    predicateType,
    predicate: {},
  };
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {},
    dsseEnvelope: {
      payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [],
    },
  };
}

async function post(
  body: unknown,
  token = DEFAULT_TOKEN,
  repo = REPO,
): Promise<{ status: number; body: { id?: number; message?: string } }> {
  const res = await fetch(`${gh.url}/repos/${repo}/attestations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { id?: number; message?: string } };
}

async function list(digest: string, type?: string, repo = REPO): Promise<unknown[]> {
  const query = type === undefined ? '' : `?predicate_type=${encodeURIComponent(type)}`;
  const res = await fetch(`${gh.url}/repos/${repo}/attestations/sha256:${digest}${query}`, {
    headers: { authorization: `Bearer ${DEFAULT_TOKEN}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { attestations: { bundle: unknown }[] }).attestations.map((a) => a.bundle);
}

describe('POST /repos/{owner}/{repo}/attestations', () => {
  it('stores a bundle (201 with an id) and lists it under each subject digest, by predicate type', async () => {
    const provenance = bundle('https://slsa.dev/provenance/v1', [A, B]);
    const sbom = bundle('https://spdx.dev/Document/v2.3', [A]);
    const first = await post({ bundle: provenance });
    expect(first.status).toBe(201);
    expect(Number.isInteger(first.body.id)).toBe(true);
    const second = await post({ bundle: sbom });
    expect(second.body.id).not.toBe(first.body.id);

    expect(await list(A)).toEqual([provenance, sbom]);
    expect(await list(A, 'provenance')).toEqual([provenance]);
    expect(await list(B, 'provenance')).toEqual([provenance]);
    expect(await list(A, 'sbom')).toEqual([sbom]);
    expect(await list(B, 'sbom')).toEqual([]);
    expect(await list(A, 'https://slsa.dev/provenance/v1')).toEqual([provenance]);
    expect(await list(A, 'release')).toEqual([]);
    // Another digest, another repository: nothing.
    expect(await list('c'.repeat(64))).toEqual([]);
    expect(await list(A, undefined, 'octo-org/other')).toEqual([]);
  });

  it('answers 403 to a token without attestations: write, and stores nothing', async () => {
    const r = await post({ bundle: bundle('https://slsa.dev/provenance/v1', [A]) }, NO_WRITE);
    expect(r.status).toBe(403);
    expect(r.body.message).toBe('Resource not accessible by integration');
    expect(await list(A)).toEqual([]);
  });

  it('answers 422 to a bundle without an in-toto statement with sha256 subjects', async () => {
    const noStatement = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', messageSignature: {} };
    const noSha256 = bundle('https://slsa.dev/provenance/v1', []);
    for (const b of [noStatement, noSha256]) {
      const r = await post({ bundle: b });
      expect(r.status).toBe(422);
    }
    expect(await list(A)).toEqual([]);
  });
});

describe('GET /orgs/{org}/attestations/{subject_digest}', () => {
  async function orgList(
    org: string,
    digest: string,
    query = '',
  ): Promise<{ status: number; bundles: unknown[]; link: string | null }> {
    const res = await fetch(`${gh.url}/orgs/${org}/attestations/sha256:${digest}${query}`, {
      headers: { authorization: `Bearer ${DEFAULT_TOKEN}` },
    });
    const body = (await res.json()) as { attestations?: { bundle: unknown }[] };
    return {
      status: res.status,
      bundles: body.attestations?.map((a) => a.bundle) ?? [],
      link: res.headers.get('link'),
    };
  }

  it('lists the attestations of every repository of the organization, and only its own, by digest and type', async () => {
    gh.state.addRepo('someone/else');
    const here = bundle('https://slsa.dev/provenance/v1', [A]);
    const there = bundle('https://slsa.dev/provenance/v1', [A]);
    const sbom = bundle('https://cyclonedx.org/bom', [A]);
    const elsewhere = bundle('https://slsa.dev/provenance/v1', [A]);
    expect((await post({ bundle: here })).status).toBe(201);
    expect((await post({ bundle: there }, DEFAULT_TOKEN, 'octo-org/other')).status).toBe(201);
    expect((await post({ bundle: sbom })).status).toBe(201);
    expect((await post({ bundle: elsewhere }, DEFAULT_TOKEN, 'someone/else')).status).toBe(201);

    expect((await orgList('octo-org', A)).bundles).toEqual([here, there, sbom]);
    expect((await orgList('octo-org', A, '?predicate_type=provenance')).bundles).toEqual([here, there]);
    expect((await orgList('octo-org', B)).bundles).toEqual([]);
    const first = await orgList('octo-org', A, '?per_page=2');
    expect(first.bundles).toEqual([here, there]);
    expect(first.link).toMatch(/rel="next"/);
    const next = /<([^>]+)>/.exec(first.link!)![1];
    const rest = await fetch(next, { headers: { authorization: `Bearer ${DEFAULT_TOKEN}` } });
    expect(
      ((await rest.json()) as { attestations: { bundle: unknown }[] }).attestations.map((a) => a.bundle),
    ).toEqual([sbom]);
  });

  it('answers 404 for an organization it does not know', async () => {
    expect((await orgList('nobody-here', A)).status).toBe(404);
  });
});
