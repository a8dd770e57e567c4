/*
 * Publishing the draft, and reading back what was published. The publish request is the only
 * write undraft makes; it is never retried blindly: when its answer is lost, the release as
 * GitHub holds it decides.
 */
import { messageOf } from '../errors.js';
import { explainHttpError, statusOf, type GitHubClient, type Repo } from '../github/client.js';
import { listAssets, type ReleaseAsset } from '../github/assets.js';
import { resolveTagCommit } from '../github/refs.js';
import { readRelease, type Release } from '../github/releases.js';
import type { Report } from '../action/report.js';
import type { OutputValue } from '../action/outputs.js';
import { decideLatest, isPrereleaseTag, listAllReleases } from './latest.js';
import { quote } from '../quote.js';
import type { UndraftConfig, UndraftDeps } from './types.js';

export interface PublishResult {
  release: Release;
  /** A concurrent run published it first; this run wrote nothing. */
  meanwhile: boolean;
  makeLatest: boolean;
}

/**
 * Publishes the draft (or finds it published meanwhile), pinned to the tag's commit: the
 * request carries `target_commitish: <commit>`, so a draft that named a branch is released as
 * exactly the commit the checks saw. Undefined after a failed row.
 */
export async function publish(
  deps: UndraftDeps,
  config: UndraftConfig,
  body: ((current: string | null) => string) | undefined,
  draft: Release,
  commit: string,
  report: Report,
): Promise<PublishResult | undefined> {
  const { client } = deps;
  const repo = config.repository;
  const prerelease =
    config.prerelease === 'auto' ? isPrereleaseTag(config.tag) : config.prerelease === 'true';
  let makeLatest: boolean;
  if (config.makeLatest === 'auto') {
    const all = await listAllReleases(client, repo);
    const decision = decideLatest(
      config.tag,
      prerelease,
      all.filter((r) => !r.draft),
    );
    makeLatest = decision.latest;
    report.pass('latest', `${decision.latest ? 'latest' : 'not latest'}: ${decision.reason}`);
  } else {
    makeLatest = config.makeLatest === 'true';
    report.pass('latest', `${makeLatest ? 'latest' : 'not latest'}: make-latest is ${config.makeLatest}`);
  }

  // A concurrent run may have published in the meantime: look once more right before writing.
  const current = await readRelease(client, repo, draft.id);
  if (!current) {
    report.fail('publish', `draft ${draft.id} disappeared before publishing; nothing was published`);
    return undefined;
  }
  if (!current.draft) {
    report.pass(
      'publish',
      `published meanwhile by a concurrent run (${current.html_url}); not published again`,
    );
    return { release: current, meanwhile: true, makeLatest };
  }
  const text = body?.((current as Release & { body?: string | null }).body ?? null);
  const request = {
    ...repo,
    release_id: draft.id,
    draft: false,
    prerelease,
    make_latest: (makeLatest ? 'true' : 'false') as 'true' | 'false',
    target_commitish: commit,
    ...(text === undefined ? {} : { body: text }),
    // Publishing is not idempotent in effect: never retried blindly; the state is re-read instead.
    request: { retries: 0 } as Record<string, unknown>,
  };
  try {
    const { data } = await client.rest.repos.updateRelease(request);
    const result = data as unknown as Release;
    report.pass(
      'publish',
      `published ${result.html_url} at ${commit} (prerelease: ${prerelease}, make_latest: ${makeLatest})`,
    );
    return { release: result, meanwhile: false, makeLatest };
  } catch (error) {
    const status = statusOf(error);
    // The answer was lost or refused: what GitHub holds now decides.
    const after = await readRelease(client, repo, draft.id);
    if (after && !after.draft) {
      report.pass(
        'publish',
        `published ${after.html_url} (the publish request failed with ${status ?? messageOf(error)}, but the release is published)`,
      );
      return { release: after, meanwhile: false, makeLatest };
    }
    report.fail(
      'publish',
      explainHttpError(error, `Publishing draft ${draft.id}`, 'contents: write').message +
        '; the release is still a draft',
    );
    return undefined;
  }
}

/** One line per asset for comparing before and after publishing. */
function fingerprint(assets: ReleaseAsset[]): Map<number, string> {
  return new Map(assets.map((a) => [a.id, `${a.name}|${a.state}|${a.size}|${a.digest ?? 'null'}`]));
}

/**
 * Re-reads the release after publishing: published, the same tag at the same commit, the same
 * assets. Fills `published` and `immutable` in `outputs`; returns the release and its assets
 * as they are now, or undefined after a failed row.
 */
export async function confirmPublished(
  client: GitHubClient,
  config: UndraftConfig,
  releaseId: number,
  commit: string,
  assets: ReleaseAsset[],
  report: Report,
  outputs: Record<string, OutputValue>,
): Promise<{ release: Release; assets: ReleaseAsset[] } | undefined> {
  const repo = config.repository;
  try {
    const now = await readRelease(client, repo, releaseId);
    const problems: string[] = [];
    let after = assets;
    if (!now) problems.push(`release ${releaseId} no longer exists`);
    else {
      if (now.draft) problems.push('it is still a draft');
      if (now.tag_name !== config.tag) problems.push(`its tag is now ${quote(now.tag_name)}`);
      const tagCommit = await resolveTagCommit(client, repo, config.tag);
      if (tagCommit?.toLowerCase() !== commit)
        problems.push(`tag ${config.tag} now points to ${tagCommit ?? 'nothing'}, not ${commit}`);
      after = await listAssets(client, repo, releaseId);
      const was = fingerprint(assets);
      const is = fingerprint(after);
      const changed = [...new Set([...was.keys(), ...is.keys()])].filter((id) => was.get(id) !== is.get(id));
      if (changed.length > 0) {
        problems.push(
          `its assets changed while publishing: ${changed.map((id) => (is.get(id) ?? was.get(id))!.split('|')[0]).join(', ')}`,
        );
      }
      outputs.published = !now.draft;
      outputs.immutable = now.immutable === true;
    }
    if (!now || problems.length > 0) {
      report.fail('published release', problems.join('; '));
      return undefined;
    }
    report.pass(
      'published release',
      `re-read: published, tag ${config.tag} at ${commit}, ${after.length} asset(s) intact, immutable: ${now.immutable === true}`,
    );
    return { release: now, assets: after };
  } catch (error) {
    report.fail('published release', messageOf(error));
    return undefined;
  }
}

async function latestReleaseId(client: GitHubClient, repo: Repo): Promise<number | undefined> {
  try {
    const { data } = await client.rest.repos.getLatestRelease({ ...repo });
    return data.id;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw explainHttpError(error, 'Reading the latest release', 'contents: read');
  }
}

/** Whether GitHub made the release latest as asked; sets `made-latest`. */
export async function confirmLatest(
  client: GitHubClient,
  repo: Repo,
  releaseId: number,
  wanted: boolean,
  report: Report,
  outputs: Record<string, OutputValue>,
): Promise<void> {
  try {
    const latest = await latestReleaseId(client, repo);
    const isLatest = latest === releaseId;
    outputs['made-latest'] = wanted && isLatest;
    if (wanted !== isLatest) {
      report.fail(
        'latest after publishing',
        `asked GitHub for make_latest=${wanted}, but the latest release is now ${latest ?? 'none'}`,
      );
    }
  } catch (error) {
    report.fail('latest after publishing', messageOf(error));
  }
}
