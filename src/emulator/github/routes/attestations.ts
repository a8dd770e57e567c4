/*
 * The attestation endpoints:
 * - `POST /repos/{owner}/{repo}/attestations {bundle}` stores a Sigstore bundle (what
 *   actions/attest and attest-provenance send; @actions/attest's store.ts reads the answer's
 *   `id`), `201 {id}`, and needs `attestations: write` (GitHub's docs for "Create an attestation":
 *   fine-grained tokens need "Attestations" repository permissions (write)). A bundle whose DSSE
 *   payload is not an in-toto statement with sha256 subjects is refused 422, so a product that
 *   sends something GitHub could never index fails here too.
 * - `GET /repos/{owner}/{repo}/attestations/{subject_digest}` lists the release attestations
 *   minted by ../attestations.ts and the stored ones whose statement names that digest.
 *   `predicate_type` filters as GitHub's docs describe it: `provenance`, `sbom`, `release`, or any
 *   other text matched exactly against the statement's predicate type.
 * - `GET /orgs/{org}/attestations/{subject_digest}` lists the stored ones of the organization's
 *   repositories, filtered and paged alike.
 * - `GET /meta` (the attestation trust domain).
 *
 * The list is paged as GitHub pages it: `per_page` (at most 100, default 30) and opaque
 * `before`/`after` cursors given in the `Link` header (GitHub REST docs, "List attestations":
 * "before/after: a cursor, as given in the Link header"); no `page` numbers, no `total_count`.
 * `releaseAttestations(state).pageSize` caps a page further, so a test can make a short list span
 * pages.
 */
import { attestationListing } from '../attestation-faults.js';
import { releaseAttestations } from '../attestations.js';
import { HttpAnswer, notFound } from '../http.js';
import * as json from '../json.js';
import { inRepo, type Route, type RouteContext } from '../route.js';
import type { GitHubState } from '../state.js';

/** One attestation stored through the POST: the bundle as sent, and what its statement says. */
export interface StoredAttestation {
  id: number;
  /** `owner/name`, lower-cased (GitHub's names are case-insensitive). */
  repository: string;
  repositoryId: number;
  bundle: Record<string, unknown>;
  predicateType: string;
  /** The sha256 digests (hex) of the statement's subjects. */
  subjects: string[];
}

const stores = new WeakMap<GitHubState, StoredAttestation[]>();

/** The attestations stored in one emulator (by its state), in the order they were created. */
export function storedAttestations(state: GitHubState): StoredAttestation[] {
  let list = stores.get(state);
  if (!list) {
    list = [];
    stores.set(state, list);
  }
  return list;
}

/** Ids GitHub hands out are large integers; these start high so no test mistakes one for an index. */
let nextId = 4_000_001;

/**
 * The predicate type and sha256 subjects of a bundle's in-toto statement, or undefined when the
 * bundle holds none (a message signature, a payload that is not a statement).
 */
function statementOf(
  bundle: Record<string, unknown>,
): { predicateType: string; subjects: string[] } | undefined {
  const envelope = bundle.dsseEnvelope as { payload?: unknown; payloadType?: unknown } | undefined;
  if (typeof envelope?.payload !== 'string' || envelope.payloadType !== 'application/vnd.in-toto+json')
    return undefined;
  try {
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      predicateType?: unknown;
      subject?: { digest?: { sha256?: unknown } }[];
    };
    if (typeof statement.predicateType !== 'string' || !Array.isArray(statement.subject)) return undefined;
    const subjects = statement.subject.map((s) => s?.digest?.sha256);
    if (subjects.length === 0 || !subjects.every((d) => typeof d === 'string' && /^[0-9a-f]{64}$/.test(d)))
      return undefined;
    return { predicateType: statement.predicateType, subjects: subjects as string[] };
  } catch {
    return undefined;
  }
}

/** Whether a stored predicate type passes the `predicate_type` filter (GitHub's docs' words). */
function matchesFilter(predicateType: string, filter: string | null): boolean {
  if (filter === null) return true;
  if (filter === 'provenance') return /^https:\/\/slsa\.dev\/provenance\//.test(predicateType);
  if (filter === 'sbom')
    return (
      /^https:\/\/spdx\.dev\/Document/.test(predicateType) || predicateType === 'https://cyclonedx.org/bom'
    );
  if (filter === 'release') return /^https:\/\/in-toto\.io\/attestation\/release\//.test(predicateType);
  return predicateType === filter;
}

/**
 * One page of a listing, as GitHub pages it: `per_page` (at most 100, default 30, and at most the
 * seal's `pageSize`) and an opaque `after` cursor given in the `Link` header's `next`.
 */
function paged(all: unknown[], { state, query, urls, pathname }: RouteContext): HttpAnswer {
  const perPage = Math.min(
    Math.max(Number(query.get('per_page') ?? 30) || 30, 1),
    100,
    releaseAttestations(state).pageSize,
  );
  const cursor = (index: number) => Buffer.from(`i:${index}`).toString('base64url');
  const after = query.get('after');
  const start =
    after === null ? 0 : Number(/^i:(\d+)$/.exec(Buffer.from(after, 'base64url').toString())?.[1] ?? NaN);
  if (!Number.isInteger(start)) return new HttpAnswer(400, { message: 'Invalid cursor' });
  const page = all.slice(start, start + perPage);
  const headers: Record<string, string> = {};
  if (start + perPage < all.length) {
    const next = new URLSearchParams(query);
    next.set('after', cursor(start + perPage));
    next.delete('before');
    headers.link = `<${urls.api}${pathname}?${next.toString()}>; rel="next"`;
  }
  return new HttpAnswer(200, { attestations: page }, headers);
}

/**
 * GitHub's 403 to a fine-grained token without `attestations: read` (the `forbidden` listing
 * fault): its message for a missing permission, and the permission that would do in
 * `X-Accepted-GitHub-Permissions` (docs: "the X-Accepted-GitHub-Permissions header … lists the
 * permissions required to access the endpoint").
 */
function forbidden(): HttpAnswer {
  return new HttpAnswer(
    403,
    json.errorBody(
      403,
      'Resource not accessible by integration',
      'https://docs.github.com/rest/repos/attestations#list-attestations',
    ),
    { 'x-accepted-github-permissions': 'attestations=read' },
  );
}

export const ATTESTATION_ROUTES: Route[] = [
  {
    operationId: 'repos/create-attestation',
    needs: { scope: 'attestations', level: 'write' },
    handle: inRepo(({ state, body }, repo) => {
      const bundle = (body as { bundle: Record<string, unknown> }).bundle;
      const statement = statementOf(bundle);
      if (!statement) {
        return new HttpAnswer(
          422,
          json.validationFailed([{ resource: 'Attestation', field: 'bundle', code: 'invalid' }]),
        );
      }
      const stored: StoredAttestation = {
        id: nextId++,
        repository: `${repo.owner}/${repo.name}`.toLowerCase(),
        repositoryId: repo.id,
        bundle,
        ...statement,
      };
      storedAttestations(state).push(stored);
      return new HttpAnswer(201, { id: stored.id });
    }),
  },
  {
    operationId: 'repos/list-attestations',
    needs: { scope: 'contents', level: 'read' },
    handle: inRepo(async (ctx, repo) => {
      const { state, params, query } = ctx;
      const seal = releaseAttestations(state);
      const filter = query.get('predicate_type');
      const release = /^sha1:([0-9a-f]{40})$/.exec(params.subject_digest);
      const sha256 = /^sha256:([0-9a-f]{64})$/.exec(params.subject_digest);
      // Release attestations name the tag's commit by sha1; only those are minted by the seal.
      const minted = release && filter === 'release' ? await seal.list(state, repo, release[1]) : [];
      const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
      const listing = attestationListing(state);
      const fault = listing.faultOf(fullName);
      if (fault === 'forbidden') return forbidden();
      const stored = sha256
        ? storedAttestations(state).filter(
            (a) =>
              a.repository === fullName &&
              // `other-digest`: the subject digest is ignored (an attestation of another artifact).
              (fault === 'other-digest' || a.subjects.includes(sha256[1])) &&
              matchesFilter(a.predicateType, filter),
          )
        : [];
      const all = [
        ...minted.map((bundle) => ({ bundle, repository_id: repo.id, initiator: 'github' })),
        ...(await Promise.all(
          stored.map(async (a) => ({
            bundle: await listing.serve(a.id, a.bundle, fault),
            repository_id: a.repositoryId,
            initiator: 'user',
          })),
        )),
      ];
      return paged(all, ctx);
    }),
  },
  {
    // GitHub REST "List attestations" for an organization: the attestations of the org's
    // repositories that name the digest (verify-attestation --owner). An unknown org is a 404.
    operationId: 'orgs/list-attestations',
    handle: (ctx) => {
      const org = ctx.params.org.toLowerCase();
      if (![...ctx.state.repos.keys()].some((name) => name.startsWith(`${org}/`))) return notFound();
      const sha256 = /^sha256:([0-9a-f]{64})$/.exec(ctx.params.subject_digest);
      const filter = ctx.query.get('predicate_type');
      const stored = sha256
        ? storedAttestations(ctx.state).filter(
            (a) =>
              a.repository.startsWith(`${org}/`) &&
              a.subjects.includes(sha256[1]) &&
              matchesFilter(a.predicateType, filter),
          )
        : [];
      return paged(
        stored.map((a) => ({ bundle: a.bundle, repository_id: a.repositoryId, initiator: 'user' })),
        ctx,
      );
    },
  },
  {
    operationId: 'meta/get',
    anonymous: true,
    handle: ({ state }) =>
      new HttpAnswer(200, {
        verifiable_password_authentication: false,
        domains: {
          artifact_attestations: {
            trust_domain: releaseAttestations(state).trustDomain,
            services: [],
          },
        },
      }),
  },
];
