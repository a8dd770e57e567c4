/*
 * The seal's endpoints: `GET /repos/{owner}/{repo}/attestations/{subject_digest}` (release
 * attestations minted by ../attestations.ts) and `GET /meta` (the attestation trust domain).
 */
import { releaseAttestations } from '../attestations.js';
import { HttpAnswer } from '../http.js';
import { inRepo, type Route } from '../route.js';

export const ATTESTATION_ROUTES: Route[] = [
  {
    operationId: 'repos/list-attestations',
    needs: { scope: 'contents', level: 'read' },
    handle: inRepo(async ({ state, params, query }, repo) => {
      const match = /^sha1:([0-9a-f]{40})$/.exec(params.subject_digest);
      // Only release attestations are modelled; any other subject or predicate has none here.
      if (!match || query.get('predicate_type') !== 'release')
        return new HttpAnswer(200, { attestations: [] });
      const bundles = await releaseAttestations(state).list(state, repo, match[1]);
      return new HttpAnswer(200, {
        attestations: bundles.map((bundle) => ({ bundle, repository_id: repo.id, initiator: 'github' })),
      });
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
