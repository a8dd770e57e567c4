/*
 * Releases: list, get (by id, by tag, latest), create, update, delete. Publishing creates the
 * tag at the target when missing and, in a repository with immutable releases, locks the
 * release: its tag, target and assets can then never change, and the tag never be reused.
 */
import * as fs from 'node:fs';
import { visible } from '../auth.js';
import { HttpAnswer, notFound, paginate } from '../http.js';
import * as json from '../json.js';
import { inRepo, type EmulatorContext, type Route } from '../route.js';
import type { Release, Repository, TokenSpec } from '../state.js';
import { resolveCommitish } from './git.js';

/** GitHub's 422 for a change an immutable release refuses (`what`: "upload assets to", …). */
export const immutableRefusal = (what: string): HttpAnswer =>
  new HttpAnswer(
    422,
    json.validationFailed(
      [
        {
          resource: 'Release',
          code: 'custom',
          field: 'immutable',
          message: `Cannot ${what} an immutable release.`,
        },
      ],
      `Cannot ${what} an immutable release.`,
    ),
  );

/**
 * The commit a release's `target_commitish` names, as GitHub reads it: a branch name or a full
 * commit SHA of the repository. GitHub's REST docs ("Can be any branch or commit SHA. Unused if
 * the Git tag already exists") and its answers seen by clients agree: a tag name, `refs/...`, a
 * short SHA or an empty string is refused with 422 `Release.target_commitish is invalid`
 * (cli/cli#2133, cli/cli#5855, concourse/github-release-resource#144), also on update and also
 * when the tag already exists (release-drafter#1125 hit it on a PATCH). Undefined when invalid.
 */
export function releaseTarget(repo: Repository, commitish: string): string | undefined {
  if (repo.branches.has(commitish)) return repo.branches.get(commitish);
  return /^[0-9a-f]{40}$/.test(commitish) && repo.commits.has(commitish) ? commitish : undefined;
}

const invalidTarget = (): HttpAnswer =>
  new HttpAnswer(
    422,
    json.validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]),
  );

/** Publishing: the tag is created from the target when missing; immutability applies. */
function publish(
  { state }: EmulatorContext,
  repo: Repository,
  release: Release,
  makeLatest: string | undefined,
): HttpAnswer | undefined {
  const other = repo.releases.find((r) => r !== release && !r.draft && r.tagName === release.tagName);
  if (other || (repo.lockedTags.has(release.tagName) && !release.immutable)) {
    return new HttpAnswer(
      422,
      json.validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]),
    );
  }
  if (!repo.tags.has(release.tagName)) {
    const sha = resolveCommitish(state, repo, release.targetCommitish);
    if (!sha) {
      return new HttpAnswer(
        422,
        json.validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]),
      );
    }
    repo.tags.set(release.tagName, { type: 'commit', sha });
  }
  release.draft = false;
  release.publishedAt = state.now();
  if (repo.immutableReleases) {
    release.immutable = true;
    repo.lockedTags.add(release.tagName);
  }
  if (makeLatest !== 'false' && !release.prerelease) repo.latestReleaseId = release.id;
  return undefined;
}

/** The releases a token may see, newest first. */
function releasesOf(repo: Repository, token: TokenSpec): Release[] {
  return repo.releases
    .filter((r) => visible(token, r))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

const read = { scope: 'contents', level: 'read' } as const;
const write = { scope: 'contents', level: 'write' } as const;

export const RELEASE_ROUTES: Route[] = [
  {
    operationId: 'repos/list-releases',
    needs: read,
    handle: inRepo(({ urls, pathname, query, token }, repo) => {
      const { page, headers } = paginate(urls.api, pathname, query, releasesOf(repo, token));
      return new HttpAnswer(
        200,
        page.map((r) => json.release(urls, repo, r)),
        headers,
      );
    }),
  },
  {
    operationId: 'repos/get-latest-release',
    needs: read,
    handle: inRepo(({ urls }, repo) => {
      const latest = repo.releases.find((x) => x.id === repo.latestReleaseId && !x.draft);
      return latest ? new HttpAnswer(200, json.release(urls, repo, latest)) : notFound();
    }),
  },
  {
    operationId: 'repos/get-release-by-tag',
    needs: read,
    handle: inRepo(({ urls, params }, repo) => {
      // The by-tag endpoint never returns drafts, whoever asks.
      const found = repo.releases.find((x) => !x.draft && x.tagName === params.tag);
      return found ? new HttpAnswer(200, json.release(urls, repo, found)) : notFound();
    }),
  },
  {
    operationId: 'repos/get-release',
    needs: read,
    handle: inRepo(({ urls, params, token }, repo) => {
      const found = repo.releases.find((x) => x.id === Number(params.release_id));
      return found && visible(token, found)
        ? new HttpAnswer(200, json.release(urls, repo, found))
        : notFound();
    }),
  },
  {
    operationId: 'repos/create-release',
    needs: write,
    handle: inRepo((ctx, repo) => {
      const { state, urls } = ctx;
      const input = ctx.body as Record<string, unknown>;
      const target = (input.target_commitish as string | undefined) ?? repo.defaultBranch;
      if (!resolveCommitish(state, repo, target) && !repo.tags.has(input.tag_name as string)) {
        return new HttpAnswer(
          422,
          json.validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]),
        );
      }
      const draft = input.draft === true;
      const release = state.addRelease(`${repo.owner}/${repo.name}`, {
        tagName: input.tag_name as string,
        draft: true,
        prerelease: input.prerelease === true,
        name: (input.name as string | undefined) ?? null,
        body: (input.body as string | undefined) ?? null,
        targetCommitish: target,
      });
      if (!draft) {
        const refusal = publish(ctx, repo, release, input.make_latest as string | undefined);
        if (refusal) {
          repo.releases.splice(repo.releases.indexOf(release), 1);
          return refusal;
        }
      }
      return new HttpAnswer(201, json.release(urls, repo, release), {
        location: `${urls.api}/repos/${repo.owner}/${repo.name}/releases/${release.id}`,
      });
    }),
  },
  {
    operationId: 'repos/update-release',
    needs: write,
    handle: inRepo((ctx, repo) => {
      const release = repo.releases.find((x) => x.id === Number(ctx.params.release_id));
      if (!release || !visible(ctx.token, release)) return notFound();
      const input = (ctx.body ?? {}) as Record<string, unknown>;
      if (release.immutable) {
        // Title and notes stay editable; the tag, the target and the published state do not.
        const changesTag = input.tag_name !== undefined && input.tag_name !== release.tagName;
        const changesTarget =
          input.target_commitish !== undefined && input.target_commitish !== release.targetCommitish;
        if (changesTag || changesTarget || input.draft === true) return immutableRefusal('change the tag of');
      }
      // A target is checked whether or not the tag exists; once it exists, the target is only
      // recorded (GitHub never moves a tag for it): publishing below creates a missing tag only.
      if (input.target_commitish !== undefined) {
        if (typeof input.target_commitish !== 'string' || !releaseTarget(repo, input.target_commitish))
          return invalidTarget();
      }
      if (!release.draft && input.draft === true) {
        release.draft = true;
        release.publishedAt = null;
      }
      if (typeof input.tag_name === 'string') release.tagName = input.tag_name;
      if (typeof input.target_commitish === 'string') release.targetCommitish = input.target_commitish;
      if (typeof input.name === 'string') release.name = input.name;
      if (typeof input.body === 'string') release.body = input.body;
      if (typeof input.prerelease === 'boolean') release.prerelease = input.prerelease;
      if (release.draft && input.draft === false) {
        const refusal = publish(ctx, repo, release, input.make_latest as string | undefined);
        if (refusal) return refusal;
      } else if (!release.draft && input.make_latest === 'true') {
        repo.latestReleaseId = release.id;
      }
      release.updatedAt = ctx.state.now();
      return new HttpAnswer(200, json.release(ctx.urls, repo, release));
    }),
  },
  {
    operationId: 'repos/delete-release',
    needs: write,
    handle: inRepo(({ params, token }, repo) => {
      const index = repo.releases.findIndex((x) => x.id === Number(params.release_id));
      if (index < 0 || !visible(token, repo.releases[index])) return notFound();
      // Deleting an immutable release is allowed; its tag stays locked (lockedTags).
      const [removed] = repo.releases.splice(index, 1);
      for (const a of removed.assets) fs.rmSync(a.file, { force: true });
      if (repo.latestReleaseId === removed.id) repo.latestReleaseId = null;
      return new HttpAnswer(204);
    }),
  },
];
