/*
 * verifyImage, promote-image's checks without writing (the CLI's verify-image): against the OCI
 * registry emulator without a referrers API (distribution 2.8's and GHCR's case), the requests
 * it makes are counted: for an index of P platforms and K required kinds, 1 manifest + P HEADs +
 * 1 referrers probe + 1 tag index + 2 per kind, and no write.
 */
import type { TrustMaterial } from '@sigstore/verify';
import { verifyImage } from '../../../src/core/image/verify-image.js';
import { OciClient } from '../../../src/core/oci/client.js';
import {
  startOciRegistryEmulator,
  type OciRegistryEmulator,
} from '../../../src/emulator/oci-registry/index.js';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import type { SigningSession } from '../../../src/core/sigstore/sign.js';
import { useServer } from '../../helpers/servers.js';
import {
  attach,
  emulatorTrust,
  newReport,
  policy,
  provenance,
  pushImage,
  session,
  SIGN,
  signStatement,
  SLSA,
  SPDX,
  spdx,
} from './fixture.js';

const sigstore = useServer('sigstore', () => startSigstore());
const registry = useServer('oci', () => startOciRegistryEmulator());
let trust: TrustMaterial;
let good: SigningSession;
let client: OciClient;
beforeAll(() => {
  trust = emulatorTrust(sigstore);
  good = session(sigstore);
  client = new OciClient({ registry: registry.host });
});

const reads = (emulator: OciRegistryEmulator, mark: number) => emulator.log.slice(mark);

describe('verifyImage', () => {
  it('makes 1 + P + 2 + 2K requests for a P-platform index with K kinds, all reads', async () => {
    const image = await pushImage(client, 'o/app', 'count', {
      platforms: ['linux/amd64', 'linux/arm64', 'linux/s390x'],
    });
    const d = image.index.digest;
    await attach(client, 'o/app', image, await signStatement(good, d, SIGN), SIGN);
    await attach(client, 'o/app', image, await signStatement(good, d, SPDX, spdx(1)), SPDX);
    await attach(client, 'o/app', image, await signStatement(good, d, SLSA, provenance()), SLSA);
    const mark = registry.log.length;
    const report = newReport();
    const result = await verifyImage(
      client,
      'o/app',
      d,
      ['linux/amd64', 'linux/arm64'],
      report,
      policy(sigstore, trust),
    );
    expect(result.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const log = reads(registry, mark);
    expect(log.every((e) => e.method === 'GET' || e.method === 'HEAD')).toBe(true);
    expect(log).toHaveLength(1 + 3 + 2 + 2 * 3);
  });

  it('goes on to the evidence after a platforms refusal, so every failed check is reported', async () => {
    const image = await pushImage(client, 'o/app', 'one-arch', { platforms: ['linux/amd64'] });
    const report = newReport();
    const result = await verifyImage(
      client,
      'o/app',
      image.index.digest,
      ['linux/amd64', 'linux/arm64'],
      report,
      policy(sigstore, trust, { require: ['signature'] }),
    );
    expect(report.rows.map((r) => [r.check, r.ok])).toEqual([
      ['subject', true],
      ['platforms', false],
      ['signature', false],
    ]);
    expect(result.problems).toHaveLength(2);
  });

  it('stops at a digest the registry does not hold: one failed row, no evidence looked for', async () => {
    const report = newReport();
    const mark = registry.log.length;
    const result = await verifyImage(
      client,
      'o/app',
      `sha256:${'d'.repeat(64)}`,
      [],
      report,
      policy(sigstore, trust),
    );
    expect(report.rows.map((r) => [r.check, r.ok])).toEqual([['subject', false]]);
    expect(result.problems[0]).toContain('does not exist in the registry');
    expect(reads(registry, mark)).toHaveLength(1);
  });
});
