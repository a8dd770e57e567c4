/* The one place that turns a parsed reference into its source. */
import { InternalError } from '../errors.js';
import type { GitHubClient, Repo } from '../github/client.js';
import { cratesSource } from './crates.js';
import { dirSource } from './dir.js';
import type { HttpOptions } from '../http/fetch.js';
import { npmSource } from './npm.js';
import { pypiSource } from './pypi.js';
import type { Reference } from './reference.js';
import type { Source } from './source.js';
import { releaseSource } from './release.js';
import { sumsSource } from './sums.js';
import { urlSource } from './url.js';

/** Where the sources live and how to reach them. */
export interface SourceContext {
  /** The workspace, for `dir:` and `sums:`. */
  root: string;
  pypiUrl?: string;
  cratesIndexUrl?: string;
  cratesApiUrl?: string;
  npmRegistry?: string;
  http?: HttpOptions;
  /** Needed only for `release:` references; made lazily by the caller. */
  github?: () => { client: GitHubClient; repo: Repo; token: string };
}

/** The source for a reference. */
export function createSource(reference: Reference, context: SourceContext): Source {
  switch (reference.kind) {
    case 'pypi':
      return pypiSource(reference, { baseUrl: context.pypiUrl, http: context.http });
    case 'crates':
      return cratesSource(reference, {
        indexUrl: context.cratesIndexUrl,
        apiUrl: context.cratesApiUrl,
        http: context.http,
      });
    case 'npm':
      return npmSource(reference, { registry: context.npmRegistry, http: context.http });
    case 'release': {
      // byte-identity builds the context with `github` whenever a reference is `release:`; a
      // caller without it broke that contract, which no input can cause.
      if (!context.github)
        throw new InternalError('createSource: a release reference needs the GitHub client');
      return releaseSource(reference, context.github());
    }
    case 'url':
      return urlSource(reference);
    case 'dir':
      return dirSource(reference, context.root);
    case 'sums':
      return sumsSource(reference, context.root);
  }
}
