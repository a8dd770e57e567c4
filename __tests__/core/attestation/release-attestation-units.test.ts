/* The pure parts of core/attestation/release-attestation.ts: waiting for the attestation, and the release purls it may name. */
import {
  releasePurls,
  waitForReleaseAttestation,
  type Judgement,
} from '../../../src/core/attestation/release-attestation.js';

describe('waiting for the release attestation', () => {
  const judgement = (over: Partial<Judgement>): Judgement => ({
    signatureOk: true,
    aboutThisTag: true,
    subjects: new Map(),
    problems: [],
    ...over,
  });
  const clock = () => {
    let t = 0;
    return { now: () => t, sleep: async (ms: number) => void (t += ms) };
  };

  it('polls until a good one appears', async () => {
    const c = clock();
    let calls = 0;
    const result = await waitForReleaseAttestation({
      list: async () => (++calls < 3 ? [] : ['bundle']),
      judge: () => judgement({}),
      timeoutMs: 10_000,
      pollMs: 1000,
      ...c,
    });
    expect(result).toMatchObject({ ok: true, bundle: 'bundle', polls: 3 });
  });

  it('stops at once on a verified attestation for this tag that does not match', async () => {
    const c = clock();
    const result = await waitForReleaseAttestation({
      list: async () => ['b'],
      judge: () => judgement({ problems: ["asset 'a' is not a subject"] }),
      timeoutMs: 10_000,
      pollMs: 1000,
      ...c,
    });
    expect(result).toMatchObject({ ok: false, polls: 1 });
    expect(result.detail).toMatch(/does not match: asset 'a' is not a subject/);
  });

  it('waits past attestations of other tags and unverifiable ones, then says what it saw', async () => {
    const c = clock();
    const result = await waitForReleaseAttestation({
      list: async () => ['other', 'forged'],
      judge: (b) =>
        b === 'other'
          ? judgement({ aboutThisTag: false, tag: 'v0.9.0', problems: ["it names tag 'v0.9.0'"] })
          : judgement({ signatureOk: false, problems: ['signature does not verify'] }),
      timeoutMs: 5000,
      pollMs: 1000,
      ...c,
    });
    expect(result.ok).toBe(false);
    expect(result.polls).toBe(6);
    expect(result.detail).toMatch(/found 2: #1 \(tag v0\.9\.0\).*\| #2: signature does not verify/);
  });

  it('nothing at all by the deadline', async () => {
    const result = await waitForReleaseAttestation({
      list: async () => [],
      judge: () => judgement({}),
      timeoutMs: 0,
      pollMs: 1000,
      ...clock(),
    });
    expect(result).toMatchObject({ ok: false, polls: 1 });
    expect(result.detail).toMatch(/no release attestation appeared within 0 s/);
  });
});

describe('release purls', () => {
  it('owner/repo as named or lower-cased, the tag raw or percent-encoded; nothing else', () => {
    const purls = releasePurls('Octo-Org', 'Repo', 'pkg@1.0.0');
    expect(purls.has('pkg:github/Octo-Org/Repo@pkg@1.0.0')).toBe(true);
    expect(purls.has('pkg:github/octo-org/repo@pkg%401.0.0')).toBe(true);
    expect(purls.has('pkg:github/octo-org/repo@pkg@1.0.1')).toBe(false);
    expect(purls.has('pkg:github/OCTO-ORG/REPO@pkg@1.0.0')).toBe(false);
  });
});
