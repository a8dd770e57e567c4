/*
 * The promotion against the registry emulator's lies and races (what the real registry cannot be
 * made to do on cue): a floating tag moved by a concurrent promoter between the read and the
 * write, or before the read-back; a manifest re-wrapped under a tag; a writer that never stops;
 * a registry that honours If-Match; paged and unsorted tag lists.
 */
import { PromoteError } from '../../../src/core/promote/errors.js';
import { MAX_ROUNDS } from '../../../src/core/promote/floating.js';
import { promoteImage } from '../../../src/core/promote/promote.js';
import { OCI_INDEX } from '../../../src/core/oci/media-types.js';
import { startOciRegistryEmulator, type OciRegistryState } from '../../../src/emulator/oci-registry/index.js';
import { images, newReport, planOf, RecordingClient, seedImage, verifierOf } from '../../helpers/promote.js';

const repo = 'team/app';

async function emulator(options: Parameters<typeof startOciRegistryEmulator>[0] = {}) {
  const reg = await startOciRegistryEmulator(options);
  stops.push(() => reg.stop());
  return reg;
}
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const tagOf = (state: OciRegistryState, tag: string) => state.repository(repo).tags.get(tag);

/** A `meanwhile` action that runs once, the first time `when(state)` holds. */
function once(when: (state: OciRegistryState) => boolean, act: (state: OciRegistryState) => void) {
  let done = false;
  return (state: OciRegistryState) => {
    if (done || !when(state)) return;
    done = true;
    act(state);
  };
}

describe('promoteImage against the registry emulator', () => {
  it('a concurrent promoter moves latest to 1.3.0 between our read and our write: the re-read finds it and latest ends on 1.3.0', async () => {
    const reg = await emulator();
    const img = images('1.2.3', '1.3.0', '1.0.0');
    seedImage(reg.state, repo, img['1.0.0'], ['1.0.0', 'latest']);
    seedImage(reg.state, repo, img['1.2.3']);
    seedImage(reg.state, repo, img['1.3.0']);
    const ours = img['1.2.3'].index.digest;
    // Just before our PUT of latest (the version tag is written by then), the other promoter
    // finishes: 1.3.0 tagged, latest on it. Our PUT then overwrites latest (no compare-and-swap).
    const run = once(
      (s) => tagOf(s, '1.2.3') === ours,
      (s) => {
        s.repository(repo).tags.set('1.3.0', img['1.3.0'].index.digest);
        s.repository(repo).tags.set('latest', img['1.3.0'].index.digest);
      },
    );
    reg.faults.add({ target: 'manifest', method: 'PUT', fault: { kind: 'meanwhile', run } });
    const c = new RecordingClient({ registry: reg.host });
    const verify = verifierOf([ours, img['1.3.0'].index.digest]);
    const result = await promoteImage(c, planOf(repo, img['1.2.3'], '1.2.3'), verify, newReport());
    expect(reg.faults.count('meanwhile')).toBeGreaterThan(0);
    expect(result.floating).toEqual({ latest: 'skipped-older' });
    expect(result).toMatchObject({ writes: 3, rounds: 2 });
    expect(tagOf(reg.state, 'latest')).toBe(img['1.3.0'].index.digest);
    expect(verify.calls).toEqual([ours, img['1.3.0'].index.digest]);
  });

  it('latest moved to a higher verified version before our read-back: it stays there, nothing more is written', async () => {
    const reg = await emulator();
    const img = images('1.2.3', '1.3.0');
    seedImage(reg.state, repo, img['1.2.3']);
    seedImage(reg.state, repo, img['1.3.0']);
    const ours = img['1.2.3'].index.digest;
    const run = once(
      (s) => tagOf(s, 'latest') === ours,
      (s) => {
        s.repository(repo).tags.set('1.3.0', img['1.3.0'].index.digest);
        s.repository(repo).tags.set('latest', img['1.3.0'].index.digest);
      },
    );
    reg.faults.add({ target: 'manifest', method: 'GET', fault: { kind: 'meanwhile', run } });
    const result = await promoteImage(
      new RecordingClient({ registry: reg.host }),
      planOf(repo, img['1.2.3'], '1.2.3'),
      verifierOf([ours, img['1.3.0'].index.digest]),
      newReport(),
    );
    expect(result).toMatchObject({ floating: { latest: 'skipped-older' }, writes: 2, rounds: 1 });
    expect(tagOf(reg.state, 'latest')).toBe(img['1.3.0'].index.digest);
  });

  it('refuses when the version tag reads back as a manifest re-wrapped under it after our write', async () => {
    const reg = await emulator();
    const img = images('1.2.3');
    seedImage(reg.state, repo, img['1.2.3']);
    const ours = img['1.2.3'].index.digest;
    // The same index, other bytes (a space more): another digest under the version tag.
    const rewrapped = Buffer.from(`${img['1.2.3'].index.bytes.toString()} `);
    const run = once(
      (s) => tagOf(s, '1.2.3') === ours,
      (s) => s.putManifest(repo, '1.2.3', rewrapped, OCI_INDEX),
    );
    reg.faults.add({ target: 'manifest', method: 'GET', fault: { kind: 'meanwhile', run } });
    const c = new RecordingClient({ registry: reg.host });
    const attempt = promoteImage(c, planOf(repo, img['1.2.3'], '1.2.3'), verifierOf([ours]), newReport());
    await expect(attempt).rejects.toMatchObject({ code: 'TAG_CONFLICT' });
    await expect(attempt).rejects.toThrow(
      /1\.2\.3 was written with .* but reads back as sha256:[0-9a-f]{64}: another writer/,
    );
    expect(c.manifestPuts).toBe(1); // the version tag only: no floating tag was moved
    expect(tagOf(reg.state, 'latest')).toBeUndefined();
  });

  it('writes only bytes it verified: a higher version re-wrapped under its tag is not a target', async () => {
    const reg = await emulator();
    const img = images('1.2.3', '1.3.0');
    seedImage(reg.state, repo, img['1.2.3']);
    seedImage(reg.state, repo, img['1.3.0'], ['1.3.0']);
    const ours = img['1.2.3'].index.digest;
    const rewrapped = Buffer.from(`${img['1.3.0'].index.bytes.toString()}\n`);
    // When 1.3.0 is read as a candidate, its tag names re-wrapped bytes nobody signed.
    const run = once(
      (s) => tagOf(s, '1.2.3') === ours,
      (s) => s.putManifest(repo, '1.3.0', rewrapped, OCI_INDEX),
    );
    reg.faults.add({ target: 'manifest', method: 'GET', fault: { kind: 'meanwhile', run } });
    const verify = verifierOf([ours, img['1.3.0'].index.digest]);
    const result = await promoteImage(
      new RecordingClient({ registry: reg.host }),
      planOf(repo, img['1.2.3'], '1.2.3'),
      verify,
      newReport(),
    );
    expect(result.floating).toEqual({ latest: 'moved' });
    expect(tagOf(reg.state, 'latest')).toBe(ours);
  });

  it('fails, naming the tag, when a writer keeps moving latest back for every round allowed', async () => {
    const reg = await emulator();
    const img = images('1.2.3', '1.0.0');
    seedImage(reg.state, repo, img['1.0.0'], ['1.0.0', 'latest']);
    seedImage(reg.state, repo, img['1.2.3']);
    const ours = img['1.2.3'].index.digest;
    reg.faults.add({
      target: 'manifest',
      method: 'GET',
      fault: {
        kind: 'meanwhile',
        run: (s) => {
          if (tagOf(s, 'latest') === ours) s.repository(repo).tags.set('latest', img['1.0.0'].index.digest);
        },
      },
    });
    const c = new RecordingClient({ registry: reg.host });
    const attempt = promoteImage(c, planOf(repo, img['1.2.3'], '1.2.3'), verifierOf([ours]), newReport());
    await expect(attempt).rejects.toThrow(PromoteError);
    await expect(attempt).rejects.toMatchObject({ code: 'NOT_CONVERGED' });
    await expect(attempt).rejects.toThrow(/:latest kept moving under other writers for 3 rounds/);
    expect(c.manifestPuts).toBe(1 + MAX_ROUNDS);
  });

  it('where the registry honours If-Match, a write over a tag moved since it was read is refused and decided again', async () => {
    const reg = await emulator({ conditionalWrites: true });
    const img = images('1.2.3', '1.3.0', '1.0.0');
    seedImage(reg.state, repo, img['1.0.0'], ['1.0.0', 'latest']);
    // A re-run after a run that stopped after the version tag: latest is read (with its ETag).
    seedImage(reg.state, repo, img['1.2.3'], ['1.2.3']);
    seedImage(reg.state, repo, img['1.3.0']);
    const ours = img['1.2.3'].index.digest;
    const run = once(
      (s) => tagOf(s, '1.2.3') === ours,
      (s) => {
        s.repository(repo).tags.set('1.3.0', img['1.3.0'].index.digest);
        s.repository(repo).tags.set('latest', img['1.3.0'].index.digest);
      },
    );
    reg.faults.add({ target: 'manifest', method: 'PUT', fault: { kind: 'meanwhile', run } });
    const result = await promoteImage(
      new RecordingClient({ registry: reg.host }),
      planOf(repo, img['1.2.3'], '1.2.3'),
      verifierOf([ours, img['1.3.0'].index.digest]),
      newReport(),
    );
    // The PUT of latest was refused (412): latest never left 1.3.0, and nothing more was written.
    expect(reg.log.some((e) => e.method === 'PUT' && e.status === 412)).toBe(true);
    expect(result).toMatchObject({
      versionTagState: 'unchanged',
      floating: { latest: 'skipped-older' },
      writes: 1,
      rounds: 1,
    });
    expect(tagOf(reg.state, 'latest')).toBe(img['1.3.0'].index.digest);
  });

  it('follows Link through paged tag lists and finds the highest version on the last page', async () => {
    const reg = await emulator({ tagPageSize: 2 });
    const versions = ['1.0.0', '1.1.0', '1.10.0', '1.2.0', '1.9.0', '2.0.0-rc.1'];
    const img = images('1.5.0', ...versions);
    for (const v of versions) seedImage(reg.state, repo, img[v], [v]);
    seedImage(reg.state, repo, img['1.5.0']);
    const c = new RecordingClient({ registry: reg.host });
    const all = Object.values(img).map((i) => i.index.digest);
    const result = await promoteImage(c, planOf(repo, img['1.5.0'], '1.5.0'), verifierOf(all), newReport());
    // 1.10.0 (not 1.9.0: SemVer, not text order; not 2.0.0-rc.1: a prerelease).
    expect(result.floating).toEqual({ latest: 'skipped-older' });
    expect(tagOf(reg.state, 'latest')).toBe(img['1.10.0'].index.digest);
    // 6 tags before the writes (3 pages of 2), 8 after them (4 pages: 1.5.0 and latest added).
    expect(c.sent.filter((r) => r.path.includes('/tags/list'))).toHaveLength(3 + 4);
  });

  it('reads an unsorted, unpaged list whole', async () => {
    const reg = await emulator();
    const versions = ['3.0.0', '0.9.0', '10.0.0', '2.5.1'];
    const img = images('1.0.0', ...versions);
    for (const v of versions) seedImage(reg.state, repo, img[v], [v]);
    seedImage(reg.state, repo, img['1.0.0']);
    const all = Object.values(img).map((i) => i.index.digest);
    const result = await promoteImage(
      new RecordingClient({ registry: reg.host }),
      planOf(repo, img['1.0.0'], '1.0.0', { floating: ['latest', 'major'] }),
      verifierOf(all),
      newReport(),
    );
    expect(result.floating).toEqual({ latest: 'skipped-older', '1': 'moved' });
    expect(tagOf(reg.state, 'latest')).toBe(img['10.0.0'].index.digest);
  });
});
