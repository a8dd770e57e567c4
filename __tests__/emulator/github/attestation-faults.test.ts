/*
 * The attestations listing's faults (src/emulator/github/attestation-faults.ts), over HTTP and
 * checked against GitHub's OpenAPI description after each test: a 403 as GitHub sends it, an
 * attestation of another digest, and the re-signed lies (another workflow, another commit, a
 * self-hosted runner), whose statement is rewritten to agree and handed to the forger with the
 * claims that say so. The verifier's refusal of each is in __tests__/cli/verify-attestation-faults.test.ts.
 */
import { attestationListing, otherCommit } from '../../../src/emulator/github/attestation-faults.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { useGitHub } from '../../helpers/github.js';

const REPO = 'octo-org/octo-repo';
const gh = useGitHub({
  setup: (g) => {
    g.state.addRepo(REPO);
  },
});

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

/** A bundle-shaped object holding SLSA provenance for `digest` (the emulator does not verify signatures). */
function provenanceBundle(digest: string): Record<string, unknown> {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'app.tar.gz', digest: { sha256: digest } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v1.2.3',
            repository: `https://github.com/${REPO}`,
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: { github: { runner_environment: 'github-hosted' } },
        resolvedDependencies: [
          { uri: `git+https://github.com/${REPO}@refs/tags/v1.2.3`, digest: { gitCommit: COMMIT } },
        ],
      },
      runDetails: {
        builder: { id: `https://github.com/${REPO}/.github/workflows/release.yml@refs/tags/v1.2.3` },
      },
    },
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

const headers = { authorization: `Bearer ${DEFAULT_TOKEN}`, 'content-type': 'application/json' };

async function store(bundle: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${gh.url}/repos/${REPO}/attestations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ bundle }),
  });
  expect(res.status).toBe(201);
}

/** The parts of a served statement the tests read. */
interface Statement {
  subject: { digest: { sha256: string } }[];
  predicate: {
    buildDefinition: {
      externalParameters: { workflow: { path: string } };
      internalParameters: { github: { runner_environment: string } };
      resolvedDependencies: { digest: { gitCommit: string } }[];
    };
    runDetails: { builder: { id: string } };
  };
}
interface Served {
  bundle: { dsseEnvelope: { payload: string }; verificationMaterial: unknown };
}
interface Listing {
  message?: string;
  attestations: Served[];
}

async function list(
  digest: string,
  query = '',
): Promise<{ status: number; body: Listing; accepted: string | null }> {
  const res = await fetch(`${gh.url}/repos/${REPO}/attestations/sha256:${digest}${query}`, { headers });
  return {
    status: res.status,
    body: (await res.json()) as Listing,
    accepted: res.headers.get('x-accepted-github-permissions'),
  };
}

const statementOf = (bundle: { dsseEnvelope: { payload: string } }) =>
  JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as Statement;

/** A forger that records what it was asked to sign and returns it unsigned, marked. */
function recordingForger() {
  const calls: { statement: Statement; claims: Record<string, unknown> }[] = [];
  attestationListing(gh.state).forger = async (payload, claims) => {
    calls.push({ statement: JSON.parse(payload.toString('utf8')) as Statement, claims });
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { forged: true },
      dsseEnvelope: {
        payload: payload.toString('base64'),
        payloadType: 'application/vnd.in-toto+json',
        signatures: [],
      },
    };
  };
  return calls;
}

describe('attestation listing faults', () => {
  it('forbidden: 403 with GitHub message and the permission in X-Accepted-GitHub-Permissions', async () => {
    await store(provenanceBundle(A));
    attestationListing(gh.state).fault(REPO, 'forbidden');
    const r = await list(A);
    expect(r.status).toBe(403);
    expect(r.body.message).toBe('Resource not accessible by integration');
    expect(r.accepted).toBe('attestations=read');
    attestationListing(gh.state).clearFaults();
    expect((await list(A)).status).toBe(200);
  });

  it('other-digest: the listing of one digest serves the attestations of another', async () => {
    await store(provenanceBundle(A));
    expect((await list(B)).body.attestations).toEqual([]);
    attestationListing(gh.state).fault(REPO, 'other-digest');
    const served = (await list(B, '?predicate_type=provenance')).body.attestations;
    expect(served).toHaveLength(1);
    expect(statementOf(served[0].bundle).subject[0].digest.sha256).toBe(A);
    // The predicate type filter still applies.
    expect((await list(B, '?predicate_type=sbom')).body.attestations).toEqual([]);
  });

  it('a re-signing fault without a forger is refused when switched on', () => {
    attestationListing(gh.state).forger = undefined;
    expect(() => attestationListing(gh.state).fault(REPO, 'other-commit')).toThrow(
      /set the listing's forger/,
    );
  });

  it('other-workflow: re-signed as the other workflow, predicate path and builder rewritten to agree', async () => {
    await store(provenanceBundle(A));
    const calls = recordingForger();
    attestationListing(gh.state).fault(REPO, 'other-workflow');
    const served = (await list(A)).body.attestations;
    expect(served[0].bundle.verificationMaterial).toEqual({ forged: true });
    const ref = `${REPO}/.github/workflows/other.yml@refs/tags/v1.2.3`;
    expect(calls[0].claims).toEqual({ workflow_ref: ref, job_workflow_ref: ref });
    const predicate = calls[0].statement.predicate;
    expect(predicate.buildDefinition.externalParameters.workflow.path).toBe('.github/workflows/other.yml');
    expect(predicate.runDetails.builder.id).toBe(`https://github.com/${ref}`);
    expect(calls[0].statement.subject[0].digest.sha256).toBe(A);
    // Forged once: a second listing serves the same bundle without signing again.
    await list(A);
    expect(calls).toHaveLength(1);
  });

  it('other-commit and self-hosted: the claims and the predicate say so', async () => {
    await store(provenanceBundle(A));
    const calls = recordingForger();
    attestationListing(gh.state).fault(REPO, 'other-commit');
    await list(A);
    expect(calls[0].claims).toEqual({ sha: otherCommit(COMMIT), workflow_sha: otherCommit(COMMIT) });
    expect(otherCommit(COMMIT)).not.toBe(COMMIT);
    expect(calls[0].statement.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit).toBe(
      otherCommit(COMMIT),
    );
    attestationListing(gh.state).fault(REPO, 'self-hosted');
    await list(A);
    expect(calls[1].claims).toEqual({ runner_environment: 'self-hosted' });
    expect(calls[1].statement.predicate.buildDefinition.internalParameters.github.runner_environment).toBe(
      'self-hosted',
    );
  });
});
