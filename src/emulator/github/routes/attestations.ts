/*
 * The seal's endpoints: `GET /repos/{owner}/{repo}/attestations/{subject_digest}` (release
 * attestations minted by ../attestations.ts) and `GET /meta` (the attestation trust domain).
 *
 * The list is paged as GitHub pages it: `per_page` (at most 100, default 30) and opaque
 * `before`/`after` cursors given in the `Link` header (GitHub REST docs, "List attestations":
 * "before/after: a cursor, as given in the Link header"); no `page` numbers, no `total_count`.
 * `releaseAttestations(state).pageSize` caps a page further, so a test can make a short list span
 * pages.
 */
import { releaseAttestations } from '../attestations.js';
import { HttpAnswer } from '../http.js';
import { inRepo, type Route } from '../route.js';

export const ATTESTATION_ROUTES: Route[] = [
  {
    operationId: 'repos/list-attestations',
    needs: { scope: 'contents', level: 'read' },
    handle: inRepo(async ({ state, params, query, urls, pathname }, repo) => {
      const match = /^sha1:([0-9a-f]{40})$/.exec(params.subject_digest);
      // Only release attestations are modelled; any other subject or predicate has none here.
      if (!match || query.get('predicate_type') !== 'release')
        return new HttpAnswer(200, { attestations: [] });
      const seal = releaseAttestations(state);
      const bundles = await seal.list(state, repo, match[1]);
      const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100, seal.pageSize);
      const cursor = (index: number) => Buffer.from(`i:${index}`).toString('base64url');
      const after = query.get('after');
      const start =
        after === null ? 0 : Number(/^i:(\d+)$/.exec(Buffer.from(after, 'base64url').toString())?.[1] ?? NaN);
      if (!Number.isInteger(start)) return new HttpAnswer(400, { message: 'Invalid cursor' });
      const page = bundles.slice(start, start + perPage);
      const headers: Record<string, string> = {};
      if (start + perPage < bundles.length) {
        const next = new URLSearchParams(query);
        next.set('after', cursor(start + perPage));
        next.delete('before');
        headers.link = `<${urls.api}${pathname}?${next.toString()}>; rel="next"`;
      }
      return new HttpAnswer(
        200,
        { attestations: page.map((bundle) => ({ bundle, repository_id: repo.id, initiator: 'github' })) },
        headers,
      );
    }),
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
