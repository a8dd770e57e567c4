/*
 * The promotion against the real registry (distribution 2.8 on loopback: no compare-and-swap,
 * tag lists unsorted and read whole, `n` ignored), with an injected verifier. Each repository is
 * its own test's, so the cases do not see each other's tags.
 */
import { OciClient } from '../../../src/core/oci/client.js';
import { PromoteError } from '../../../src/core/promote/errors.js';
import { promoteImage } from '../../../src/core/promote/promote.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { images, newReport, planOf, pushImage, RecordingClient, verifierOf } from '../../helpers/promote.js';
import { useServer } from '../../helpers/servers.js';

const registry = useServer('registry', () => startOciRegistry());
const client = () => new RecordingClient({ registry: registry.host });

/** Tag → digest for `tags` as the registry serves them now. */
async function tagState(repository: string, tags: string[]): Promise<Record<string, string | undefined>> {
  const reader = new OciClient({ registry: registry.host });
  const out: Record<string, string | undefined> = {};
  for (const tag of tags) out[tag] = (await reader.getManifest(repository, tag))?.digest;
  return out;
}

describe('promoteImage against the real registry', () => {
  it('creates the version tag, moves latest, major and minor, reads each back; a re-run writes nothing', async () => {
    const repo = 'promote/fresh';
    const img = images('1.2.3', '1.2.2');
    const setup = client();
    await pushImage(setup, repo, img['1.2.2'], ['1.2.2', 'latest', '1', '1.2']);
    await pushImage(setup, repo, img['1.2.3']);
    const verify = verifierOf([img['1.2.3'].index.digest]);
    const c = client();
    const plan = planOf(repo, img['1.2.3'], '1.2.3', { floating: ['latest', 'major', 'minor'] });
    const result = await promoteImage(c, plan, verify, newReport());
    expect(result).toMatchObject({
      digest: img['1.2.3'].index.digest,
      versionTag: '1.2.3',
      versionTagState: 'created',
      floating: { latest: 'moved', '1': 'moved', '1.2': 'moved' },
      writes: 4,
      rounds: 1,
    });
    expect(result.verified).toHaveLength(1);
    expect(c.manifestPuts).toBe(4);
    const d = img['1.2.3'].index.digest;
    expect(await tagState(repo, ['1.2.3', 'latest', '1', '1.2', '1.2.2'])).toEqual({
      '1.2.3': d,
      latest: d,
      '1': d,
      '1.2': d,
      '1.2.2': img['1.2.2'].index.digest,
    });

    const again = client();
    const rerun = await promoteImage(again, plan, verify, newReport());
    expect(rerun).toMatchObject({
      versionTagState: 'unchanged',
      floating: { latest: 'unchanged', '1': 'unchanged', '1.2': 'unchanged' },
      writes: 0,
      rounds: 0,
    });
    expect(again.manifestPuts).toBe(0);
  });

  it('writes the version tag of a prerelease and leaves latest where it is', async () => {
    const repo = 'promote/prerelease';
    const img = images('1.2.3', '1.3.0-rc.1');
    await pushImage(client(), repo, img['1.2.3'], ['1.2.3', 'latest']);
    await pushImage(client(), repo, img['1.3.0-rc.1']);
    const c = client();
    const report = newReport();
    const result = await promoteImage(
      c,
      planOf(repo, img['1.3.0-rc.1'], '1.3.0-rc.1', { floating: ['latest', 'major', 'minor'] }),
      verifierOf([img['1.3.0-rc.1'].index.digest, img['1.2.3'].index.digest]),
      report,
    );
    expect(result.versionTagState).toBe('created');
    expect(result.floating).toEqual({
      latest: 'skipped-prerelease',
      '1': 'skipped-prerelease',
      '1.3': 'skipped-prerelease',
    });
    expect(result.writes).toBe(1);
    expect(await tagState(repo, ['1.3.0-rc.1', 'latest', '1', '1.3'])).toEqual({
      '1.3.0-rc.1': img['1.3.0-rc.1'].index.digest,
      latest: img['1.2.3'].index.digest,
      '1': undefined,
      '1.3': undefined,
    });
    expect(report.rows.find((r) => r.check === 'floating latest')?.detail).toMatch(/prerelease/);
  });

  it('an older patch after a newer minor moves its minor tag only: latest and major stay on the newer minor', async () => {
    const repo = 'promote/older';
    const img = images('1.2.3', '1.3.0', '1.2.4');
    const all = Object.values(img).map((i) => i.index.digest);
    for (const i of Object.values(img)) await pushImage(client(), repo, i);
    const floating = ['latest', 'major', 'minor'] as const;
    for (const v of ['1.2.3', '1.3.0'])
      await promoteImage(
        client(),
        planOf(repo, img[v], v, { floating: [...floating] }),
        verifierOf(all),
        newReport(),
      );
    const c = client();
    const result = await promoteImage(
      c,
      planOf(repo, img['1.2.4'], '1.2.4', { floating: [...floating] }),
      verifierOf(all),
      newReport(),
    );
    expect(result.floating).toEqual({ latest: 'skipped-older', '1': 'skipped-older', '1.2': 'moved' });
    expect(result.writes).toBe(2); // 1.2.4 and 1.2
    expect(await tagState(repo, ['latest', '1', '1.2', '1.3', '1.2.4'])).toEqual({
      latest: img['1.3.0'].index.digest,
      '1': img['1.3.0'].index.digest,
      '1.2': img['1.2.4'].index.digest,
      '1.3': img['1.3.0'].index.digest,
      '1.2.4': img['1.2.4'].index.digest,
    });
  });

  it('refuses a version tag that names another digest, writing nothing', async () => {
    const repo = 'promote/conflict';
    const img = images('1.2.3', 'other');
    await pushImage(client(), repo, img.other, ['1.2.3', 'latest']);
    await pushImage(client(), repo, img['1.2.3']);
    const c = client();
    const attempt = promoteImage(
      c,
      planOf(repo, img['1.2.3'], '1.2.3'),
      verifierOf([img['1.2.3'].index.digest]),
      newReport(),
    );
    await expect(attempt).rejects.toThrow(PromoteError);
    await expect(attempt).rejects.toMatchObject({ code: 'TAG_CONFLICT' });
    await expect(attempt).rejects.toThrow(
      new RegExp(`1\\.2\\.3 already names ${img.other.index.digest}, not ${img['1.2.3'].index.digest}`),
    );
    expect(c.manifestPuts).toBe(0);
    expect(await tagState(repo, ['1.2.3', 'latest'])).toEqual({
      '1.2.3': img.other.index.digest,
      latest: img.other.index.digest,
    });
  });

  it('refuses a digest whose evidence does not verify, before any request to the registry', async () => {
    const repo = 'promote/unverified';
    const img = images('1.2.3');
    await pushImage(client(), repo, img['1.2.3']);
    const c = client();
    const verify = verifierOf([]);
    const attempt = promoteImage(c, planOf(repo, img['1.2.3'], '1.2.3'), verify, newReport());
    await expect(attempt).rejects.toMatchObject({ code: 'UNVERIFIED' });
    await expect(attempt).rejects.toThrow(/not promoted: signature: no bundle .*Nothing was written/);
    expect(c.sent).toEqual([]);
    expect(await tagState(repo, ['1.2.3', 'latest'])).toEqual({ '1.2.3': undefined, latest: undefined });
  });

  it('refuses a verifier that found no problem but verified nothing (fail closed)', async () => {
    const img = images('1.2.3');
    const c = client();
    const attempt = promoteImage(
      c,
      planOf('promote/empty', img['1.2.3'], '1.2.3'),
      async () => ({ verified: [], problems: [] }),
      newReport(),
    );
    await expect(attempt).rejects.toThrow(/no evidence was verified/);
    expect(c.sent).toEqual([]);
  });

  it('never moves latest to a higher version whose evidence does not verify', async () => {
    const repo = 'promote/unverified-higher';
    const img = images('1.2.3', '9.0.0');
    await pushImage(client(), repo, img['9.0.0'], ['9.0.0']);
    await pushImage(client(), repo, img['1.2.3']);
    const verify = verifierOf([img['1.2.3'].index.digest]);
    const report = newReport();
    const result = await promoteImage(client(), planOf(repo, img['1.2.3'], '1.2.3'), verify, report);
    expect(result.floating).toEqual({ latest: 'moved' });
    expect(verify.calls).toEqual([img['1.2.3'].index.digest, img['9.0.0'].index.digest]);
    expect((await tagState(repo, ['latest'])).latest).toBe(img['1.2.3'].index.digest);
    expect(report.rows.find((r) => r.check === 'higher version 9.0.0')?.detail).toMatch(/does not verify/);
  });

  it('a higher version that verifies takes latest, even when this run is the one that moves it', async () => {
    const repo = 'promote/verified-higher';
    const img = images('1.2.3', '1.3.0', '1.0.0');
    await pushImage(client(), repo, img['1.3.0'], ['1.3.0']); // its promoter has not moved latest yet
    await pushImage(client(), repo, img['1.0.0'], ['1.0.0', 'latest']);
    await pushImage(client(), repo, img['1.2.3']);
    const verify = verifierOf([img['1.2.3'].index.digest, img['1.3.0'].index.digest]);
    const result = await promoteImage(client(), planOf(repo, img['1.2.3'], '1.2.3'), verify, newReport());
    expect(result.floating).toEqual({ latest: 'skipped-older' });
    expect((await tagState(repo, ['latest'])).latest).toBe(img['1.3.0'].index.digest);
  });

  it('with tag-prefix, reads and writes only prefixed tags (v1.2.3, vlatest, v1, v1.2)', async () => {
    const repo = 'promote/prefix';
    const img = images('1.2.3', '5.0.0');
    await pushImage(client(), repo, img['5.0.0'], ['5.0.0']); // not a version under prefix v
    await pushImage(client(), repo, img['1.2.3']);
    const verify = verifierOf([img['1.2.3'].index.digest, img['5.0.0'].index.digest]);
    const plan = planOf(repo, img['1.2.3'], '1.2.3', {
      tagPrefix: 'v',
      floating: ['latest', 'major', 'minor'],
    });
    const result = await promoteImage(client(), plan, verify, newReport());
    expect(result.versionTag).toBe('v1.2.3');
    expect(result.floating).toEqual({ vlatest: 'moved', v1: 'moved', 'v1.2': 'moved' });
    expect(verify.calls).toEqual([img['1.2.3'].index.digest]);
  });

  it('dry-run verifies and reports the plan, and writes nothing', async () => {
    const repo = 'promote/dry';
    const img = images('1.2.3', '1.0.0');
    await pushImage(client(), repo, img['1.0.0'], ['1.0.0', 'latest']);
    await pushImage(client(), repo, img['1.2.3']);
    const c = client();
    const report = newReport();
    const result = await promoteImage(
      c,
      planOf(repo, img['1.2.3'], '1.2.3', { dryRun: true, floating: ['latest', 'minor'] }),
      verifierOf([img['1.2.3'].index.digest]),
      report,
    );
    expect(result).toMatchObject({
      versionTagState: 'created',
      floating: { latest: 'moved', '1.2': 'moved' },
      writes: 0,
    });
    expect(c.manifestPuts).toBe(0);
    expect(report.rows.map((r) => r.detail).join('\n')).toMatch(
      /would create 1\.2\.3[^]*would move to 1\.2\.3/,
    );
    expect(await tagState(repo, ['1.2.3', 'latest', '1.2'])).toEqual({
      '1.2.3': undefined,
      latest: img['1.0.0'].index.digest,
      '1.2': undefined,
    });
  });

  it('reads a long unpaged tag list whole (the registry ignores n) and finds the highest version in it', async () => {
    const repo = 'promote/many';
    const img = images('1.2.3', '2.0.0');
    const setup = client();
    await pushImage(setup, repo, img['2.0.0'], ['2.0.0']);
    // 1200 tags: more than one page of n=1000, which this registry ignores.
    for (let i = 0; i < 1200; i++)
      await setup.putManifest(repo, `0.0.${i}`, img['2.0.0'].index.bytes, img['2.0.0'].index.mediaType);
    await pushImage(setup, repo, img['1.2.3']);
    const c = client();
    const verify = verifierOf([img['1.2.3'].index.digest, img['2.0.0'].index.digest]);
    const result = await promoteImage(c, planOf(repo, img['1.2.3'], '1.2.3'), verify, newReport());
    expect(result.floating).toEqual({ latest: 'skipped-older' });
    expect(c.sent.filter((r) => r.path.includes('/tags/list'))).toHaveLength(2); // before and after writing
    expect((await tagState(repo, ['latest'])).latest).toBe(img['2.0.0'].index.digest);
  }, 120_000);

  it('two promotions at once, of 1.2.3 and 1.3.0, both end with latest on 1.3.0', async () => {
    for (let round = 0; round < 4; round++) {
      const repo = `promote/race${round}`;
      const img = images(`1.2.3`, `1.3.0`);
      await pushImage(client(), repo, img['1.2.3']);
      await pushImage(client(), repo, img['1.3.0']);
      const verify = verifierOf([img['1.2.3'].index.digest, img['1.3.0'].index.digest]);
      const floating = ['latest', 'major', 'minor'] as const;
      const low = promoteImage(
        client(),
        planOf(repo, img['1.2.3'], '1.2.3', { floating: [...floating] }),
        verify,
        newReport(),
      );
      const high = promoteImage(
        client(),
        planOf(repo, img['1.3.0'], '1.3.0', { floating: [...floating] }),
        verify,
        newReport(),
      );
      // Alternate which one starts first.
      const [a, b] =
        round % 2 === 0 ? await Promise.all([low, high]) : (await Promise.all([high, low])).reverse();
      expect(['moved', 'skipped-older']).toContain(a.floating.latest);
      expect(b.floating.latest === 'moved' || b.floating.latest === 'unchanged').toBe(true);
      expect(await tagState(repo, ['latest', '1', '1.2', '1.3'])).toEqual({
        latest: img['1.3.0'].index.digest,
        '1': img['1.3.0'].index.digest,
        '1.2': img['1.2.3'].index.digest,
        '1.3': img['1.3.0'].index.digest,
      });
    }
  });
});
