/*
 * Three runs at once of stage-release and of sbom-attach on one tag (six processes), with no
 * draft yet and with one already there: the end state must be one draft and one copy of each
 * asset, and every run must pass: racing on one tag is what a workflow whose jobs stage in
 * parallel does, so "2 draft releases" for a racer is a failure of the cell, not a clear one.
 * Where the state is still wrong, a re-run must converge.
 */
import { clearFailure, failureText, REPO, sha256, TAG, World, type Leak } from './harness.js';
import { cyclonedx } from './scenarios.js';

export interface ConcurrencyResult {
  name: string;
  runs: string;
  drafts: number;
  copies: Record<string, number>;
  ok: boolean;
  /** Whether the racers alone (before any re-run) left the correct state. */
  firstTry: boolean;
  detail: string;
  leaks: Leak[];
}

const APP = 'concurrent application bytes\n';
const SBOM = cyclonedx(2);

/** The racers' steps, with the inputs every round gives them. */
function steps(world: World) {
  return {
    stage: (label: string) => world.run('stage-release', { tag: TAG, files: 'dist/app.bin' }, { label }),
    sbom: (label: string) => world.run('sbom-attach', { tag: TAG, sbom: 'sbom.cdx.json' }, { label }),
    undraft: (label: string) =>
      world.run(
        'undraft',
        {
          tag: TAG,
          'expected-assets': 'app.bin\nsbom.cdx.json',
          'require-signatures': 'false',
          'verify-release-attestation': 'false',
        },
        { label },
      ),
  };
}

/** The tag's releases and their assets as the emulator holds them, and whether each asset is there once with its bytes. */
function tagState(world: World) {
  const releases = world.gh.state.repo(REPO).releases.filter((r) => r.tagName === TAG);
  const assets = releases.flatMap((r) => r.assets);
  const count = (n: string) => assets.filter((a) => a.name === n).length;
  const good = (n: string, content: string) =>
    assets.filter(
      (a) =>
        a.name === n &&
        a.state === 'uploaded' &&
        (a.digest === null || a.digest === `sha256:${sha256(content)}`),
    ).length === 1;
  return {
    releases,
    assets,
    copies: { 'app.bin': count('app.bin'), 'sbom.cdx.json': count('sbom.cdx.json') },
    bothGood: good('app.bin', APP) && good('sbom.cdx.json', SBOM) && assets.length === 2,
  };
}

export async function runConcurrency(
  root: string,
  scratch: string,
  withDraft: boolean,
  copies = 3,
  undraft = false,
): Promise<ConcurrencyResult> {
  const world = await World.start(root, scratch);
  const name = `${copies} × stage-release + ${copies} × sbom-attach at once, ${withDraft ? 'draft already there' : 'no draft yet'}${undraft ? `, then ${copies} × undraft at once` : ''}`;
  try {
    const head = world.gh.state.commit(REPO, { branch: 'main', message: 'release' });
    world.gh.state.annotatedTag(REPO, TAG, head);
    world.head = head;
    if (withDraft) world.gh.state.addRelease(REPO, { tagName: TAG, draft: true, targetCommitish: head });
    world.write({ 'dist/app.bin': APP, 'sbom.cdx.json': SBOM });
    const step = steps(world);
    const runs = await Promise.all([
      ...Array.from({ length: copies }, (_, i) => step.stage(`concurrent stage-release ${i}`)),
      ...Array.from({ length: copies }, (_, i) => step.sbom(`concurrent sbom-attach ${i}`)),
    ]);
    const state = () => {
      const { releases, copies: counted, bothGood } = tagState(world);
      return {
        drafts: releases.filter((r) => r.draft).length,
        published: releases.filter((r) => !r.draft).length,
        copies: counted,
        correct: releases.length === 1 && releases[0].draft && bothGood,
      };
    };
    const passed = runs.filter((r) => r.code === 0).length;
    const unclear = runs.filter((r) => r.code !== 0 && !clearFailure(r));
    let s = state();
    const details: string[] = [];
    for (const r of runs.filter((x) => x.code !== 0)) details.push(`failed run: ${failureText(r)}`);
    const allPassed = passed === runs.length;
    if (!allPassed) details.push(`${runs.length - passed} of ${runs.length} racers failed`);
    const firstTry = s.correct && allPassed;
    if (!s.correct) {
      // A failed racer must leave a state that a clean re-run completes.
      const again = [await step.stage('re-run stage-release'), await step.sbom('re-run sbom-attach')];
      s = state();
      details.push(`re-run: ${again.map((r) => (r.code === 0 ? 'passed' : failureText(r))).join(' / ')}`);
    }
    let ok = s.correct && allPassed && unclear.length === 0 && s.published === 0;
    let publishes: number | undefined;
    if (undraft && s.correct) {
      // Then three undrafts at once: one publish, the same assets.
      const from = world.gh.log.length;
      // Publishes as the emulator's state saw them: transitions of the release from draft to
      // published (a second PATCH on an already published release is not a second publish).
      let transitions = 0;
      let wasDraft = true;
      world.gh.onRequest(() => {
        const release = world.gh.state.repo(REPO).releases.find((r) => r.tagName === TAG);
        if (release && wasDraft && !release.draft) transitions++;
        if (release) wasDraft = release.draft;
      });
      const racers = await Promise.all(
        Array.from({ length: copies }, (_, i) => step.undraft(`concurrent undraft ${i}`)),
      );
      publishes = world.gh.log
        .slice(from)
        .filter((e) => e.operationId === 'repos/update-release' && e.status < 300).length;
      const releases = world.gh.state.repo(REPO).releases.filter((r) => r.tagName === TAG);
      const published = releases.length === 1 && !releases[0].draft && releases[0].assets.length === 2;
      const unclearUndraft = racers.filter((r) => r.code !== 0 && !clearFailure(r));
      for (const r of racers.filter((x) => x.code !== 0)) details.push(`undraft: ${failureText(r)}`);
      ok = ok && published && transitions === 1 && unclearUndraft.length === 0;
      details.push(
        `undraft ×${copies}: ${racers.filter((r) => r.code === 0).length} passed; published ${transitions} time(s) in the emulator's state; ${publishes} publish request(s) answered 2xx` +
          (publishes > 1
            ? ' (racers that both saw the draft each sent the PATCH: the API has no conditional update, the later one lands on the published release and changes nothing)'
            : '') +
          `; release ${published ? 'published whole' : 'NOT published whole'}`,
      );
    }
    return {
      name,
      runs: `${passed} of ${runs.length} passed, ${runs.length - passed - unclear.length} failed clearly, ${unclear.length} unclearly`,
      drafts: s.drafts,
      copies: s.copies,
      ok,
      firstTry,
      detail: details.join('; '),
      leaks: world.leaks(),
    };
  } finally {
    await world.stop();
  }
}

/**
 * The three steps all at once, as the issue words it: `copies` runs each of stage-release,
 * sbom-attach and undraft start together on a tag with no draft yet. An undraft that starts
 * before the draft holds both assets must fail clearly (nothing to publish yet) or publish a
 * whole release; a published release must never gain or lose an asset afterwards (a racer
 * still staging must not change it). Then, where no racer published, one clean re-run of the
 * three steps in order must publish the release whole, once.
 */
export async function runAllAtOnce(root: string, scratch: string, copies = 3): Promise<ConcurrencyResult> {
  const world = await World.start(root, scratch);
  const name = `${copies} × stage-release + ${copies} × sbom-attach + ${copies} × undraft all at once, no draft yet`;
  try {
    const head = world.gh.state.commit(REPO, { branch: 'main', message: 'release' });
    world.gh.state.annotatedTag(REPO, TAG, head);
    world.head = head;
    world.write({ 'dist/app.bin': APP, 'sbom.cdx.json': SBOM });
    // Watched on every answered request: each draft → published transition, and the assets the
    // release held when it was published, to compare with its final assets.
    const fingerprint = (assets: { name: string; state: string; digest: string | null }[]) =>
      JSON.stringify(assets.map((a) => `${a.name}:${a.state}:${a.digest}`).sort());
    let transitions = 0;
    let atPublish: string | undefined;
    const draftIds = new Set<number>();
    const wasDraft = new Map<number, boolean>();
    world.gh.onRequest(() => {
      for (const release of tagState(world).releases) {
        if (release.draft) draftIds.add(release.id);
        if (wasDraft.get(release.id) !== false && !release.draft) {
          transitions++;
          atPublish ??= fingerprint(release.assets);
        }
        wasDraft.set(release.id, release.draft);
      }
    });
    const { stage, sbom, undraft } = steps(world);
    const runs = await Promise.all(
      Array.from({ length: copies }, (_, i) => [
        stage(`all-at-once stage-release ${i}`),
        sbom(`all-at-once sbom-attach ${i}`),
        undraft(`all-at-once undraft ${i}`),
      ]).flat(),
    );
    const details: string[] = [];
    const passed = runs.filter((r) => r.code === 0).length;
    const unclear = runs.filter((r) => r.code !== 0 && !clearFailure(r));
    for (const r of runs.filter((x) => x.code !== 0)) details.push(`failed run: ${failureText(r)}`);
    const publishedByRacers = transitions;
    if (publishedByRacers === 0) {
      // Undraft ran before the assets were all there: the order a workflow's `needs:` gives.
      const again = [
        await stage('re-run stage-release'),
        await sbom('re-run sbom-attach'),
        await undraft('re-run undraft'),
      ];
      details.push(
        `re-run in order: ${again.map((r) => (r.code === 0 ? 'passed' : failureText(r))).join(' / ')}`,
      );
    }
    const { releases, assets, copies: counted, bothGood } = tagState(world);
    const unchangedSincePublish = atPublish !== undefined && atPublish === fingerprint(assets);
    const whole = releases.length === 1 && !releases[0].draft && bothGood;
    const ok = whole && transitions === 1 && unchangedSincePublish && unclear.length === 0;
    details.push(
      `drafts seen: ${draftIds.size}; published ${transitions} time(s) in the emulator's state (${publishedByRacers} by the racers); ` +
        `release ${whole ? 'published whole' : 'NOT published whole'}; its assets ${unchangedSincePublish ? 'unchanged since it was published' : 'CHANGED after it was published (or never published)'}`,
    );
    return {
      name,
      runs: `${passed} of ${runs.length} passed, ${runs.length - passed - unclear.length} failed clearly, ${unclear.length} unclearly`,
      // The tag's releases at the end (the one release, now published); drafts seen are in the detail.
      drafts: releases.length,
      copies: counted,
      ok,
      firstTry: publishedByRacers === 1,
      detail: details.join('; '),
      leaks: world.leaks(),
    };
  } finally {
    await world.stop();
  }
}
