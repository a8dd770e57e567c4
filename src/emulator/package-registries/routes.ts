/*
 * The routes of the registry emulator, one small handler each, in the documented shapes only:
 * - PyPI's JSON API release endpoint `/pypi/<project>/<version>/json` (`urls[]` with
 *   `filename`, `url`, `size`, `digests.sha256`), files on a separate files path;
 * - the crates sparse index (`config.json`, one JSON line per version with `vers` and `cksum`,
 *   paths `1/`, `2/`, `3/<c>/`, `<ab>/<cd>/`) and the API's `/api/v1/crates/<c>/<v>/download`,
 *   which redirects to a static path as crates.io does;
 * - the npm packument (`/<name>`, `/@scope%2fname`) with `versions[v].dist.{tarball,integrity,
 *   shasum}` and the tarball at `/<name>/-/<unscoped>-<version>.tgz`.
 */
import { createHash } from 'node:crypto';
import type { PackageRegistryName, Target } from './faults.js';
import {
  normalizePypiName,
  type PublishedFile,
  type PackageRegistryState,
  type PypiDigest,
} from './state.js';

/** What a handler answers: JSON or text metadata, a file download, a redirect or a status. */
export type Reply =
  | { kind: 'json'; body: unknown }
  | { kind: 'text'; body: string }
  | { kind: 'file'; file: PublishedFile }
  | { kind: 'redirect'; location: string }
  | { kind: 'status'; status: number; body?: string };

export interface Route {
  registry: PackageRegistryName;
  target: Target;
  pattern: RegExp;
  handle(match: RegExpExecArray, urls: RegistryUrls, state: PackageRegistryState): Reply;
}

/** The roots the emulator serves each registry under (each with a path, as mirrors often have). */
export interface RegistryUrls {
  base: string;
  pypi: string;
  pypiFiles: string;
  cratesIndex: string;
  cratesApi: string;
  cratesStatic: string;
  npm: string;
}

export function registryUrls(base: string): RegistryUrls {
  return {
    base,
    pypi: `${base}/pypi-mirror`,
    pypiFiles: `${base}/pypi-files`,
    cratesIndex: `${base}/crates-index`,
    cratesApi: `${base}/crates-api`,
    cratesStatic: `${base}/crates-static`,
    npm: `${base}/npm`,
  };
}

const NOT_FOUND: Reply = { kind: 'status', status: 404, body: '{"message": "Not Found"}' };

function indexPath(name: string): string {
  const n = name.toLowerCase();
  if (n.length === 1) return `1/${n}`;
  if (n.length === 2) return `2/${n}`;
  if (n.length === 3) return `3/${n[0]}/${n}`;
  return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`;
}

const pypiRelease: Route = {
  registry: 'pypi',
  target: 'metadata',
  pattern: /^\/pypi-mirror\/pypi\/([^/]+)\/([^/]+)\/json$/,
  handle(match, urls, state) {
    const project = state.pypi.get(normalizePypiName(decodeURIComponent(match[1])));
    const release = project?.versions.get(decodeURIComponent(match[2]));
    if (!project || !release || !state.visible(release)) return NOT_FOUND;
    return {
      kind: 'json',
      body: {
        info: { name: project.name, version: release.version, yanked: release.yanked, yanked_reason: null },
        last_serial: 1,
        urls: release.files.map((f) => ({
          comment_text: '',
          digests: Object.fromEntries(
            Object.entries({
              blake2b_256: createHash('blake2b512').update(f.bytes).digest('hex').slice(0, 64),
              md5: createHash('md5').update(f.bytes).digest('hex'),
              sha256: f.sha256,
            }).filter(([k]) => release.pypiDigests.includes(k as PypiDigest)),
          ),
          downloads: -1,
          filename: f.name,
          has_sig: false,
          md5_digest: createHash('md5').update(f.bytes).digest('hex'),
          packagetype: f.name.endsWith('.whl') ? 'bdist_wheel' : 'sdist',
          python_version: f.name.endsWith('.whl') ? 'py3' : 'source',
          requires_python: null,
          size: f.bytes.length,
          upload_time: '2026-11-27T00:00:00',
          upload_time_iso_8601: '2026-11-27T00:00:00.000000Z',
          url: `${urls.pypiFiles}/${f.sha256.slice(0, 2)}/${f.sha256.slice(2, 4)}/${encodeURIComponent(f.name)}`,
          yanked: release.yanked,
          yanked_reason: null,
        })),
        vulnerabilities: [],
      },
    };
  },
};

const pypiFile: Route = {
  registry: 'pypi',
  target: 'download',
  pattern: /^\/pypi-files\/([0-9a-f]{2})\/([0-9a-f]{2})\/([^/]+)$/,
  handle(match, _urls, state) {
    const name = decodeURIComponent(match[3]);
    for (const project of state.pypi.values()) {
      for (const release of project.versions.values()) {
        const f = release.files.find((x) => x.name === name && x.sha256.startsWith(match[1] + match[2]));
        if (f) return { kind: 'file', file: f };
      }
    }
    return NOT_FOUND;
  },
};

const cratesConfig: Route = {
  registry: 'crates',
  target: 'metadata',
  pattern: /^\/crates-index\/config\.json$/,
  handle(_match, urls) {
    return { kind: 'json', body: { dl: `${urls.cratesApi}/api/v1/crates`, api: urls.cratesApi } };
  },
};

const cratesIndexFile: Route = {
  registry: 'crates',
  target: 'metadata',
  pattern: /^\/crates-index\/((?:1|2)\/[^/]+|3\/[^/]\/[^/]+|[^/]{2}\/[^/]{2}\/[^/]+)$/,
  handle(match, _urls, state) {
    const name = match[1].split('/').pop()!;
    const crate = state.crates.get(name);
    if (!crate || indexPath(crate.name) !== match[1]) return NOT_FOUND;
    const lines = [...crate.versions.values()]
      .filter((v) => state.visible(v))
      .map((v) =>
        JSON.stringify({
          name: crate.name,
          vers: v.version,
          deps: [],
          cksum: v.files[0].sha256,
          features: {},
          yanked: v.yanked,
        }),
      );
    // A crate whose only version is still hidden is not in the index at all yet.
    if (lines.length === 0) return NOT_FOUND;
    return { kind: 'text', body: `${lines.join('\n')}\n` };
  },
};

const cratesDownload: Route = {
  registry: 'crates',
  target: 'metadata',
  pattern: /^\/crates-api\/api\/v1\/crates\/([^/]+)\/([^/]+)\/download$/,
  handle(match, urls, state) {
    const crate = state.crates.get(decodeURIComponent(match[1]).toLowerCase());
    const v = crate?.versions.get(decodeURIComponent(match[2]));
    if (!crate || !v) return NOT_FOUND;
    return { kind: 'redirect', location: `${urls.cratesStatic}/crates/${crate.name}/${v.files[0].name}` };
  },
};

const cratesStatic: Route = {
  registry: 'crates',
  target: 'download',
  pattern: /^\/crates-static\/crates\/([^/]+)\/([^/]+)$/,
  handle(match, _urls, state) {
    const crate = state.crates.get(decodeURIComponent(match[1]).toLowerCase());
    for (const v of crate?.versions.values() ?? []) {
      if (v.files[0].name === decodeURIComponent(match[2])) return { kind: 'file', file: v.files[0] };
    }
    return NOT_FOUND;
  },
};

const npmTarball: Route = {
  registry: 'npm',
  target: 'download',
  pattern: /^\/npm\/((?:@[^/]+\/)?[^/@][^/]*)\/-\/([^/]+\.tgz)$/,
  handle(match, _urls, state) {
    const versions = state.npm.get(decodeURIComponent(match[1]));
    for (const v of versions?.values() ?? []) {
      if (v.files[0].name === decodeURIComponent(match[2])) return { kind: 'file', file: v.files[0] };
    }
    return NOT_FOUND;
  },
};

const npmPackument: Route = {
  registry: 'npm',
  target: 'metadata',
  pattern: /^\/npm\/((?:@[^/]+%2[fF])?[^/@%][^/]*)$/,
  handle(match, urls, state) {
    const name = decodeURIComponent(match[1]);
    const versions = state.npm.get(name);
    if (!versions) return NOT_FOUND;
    const visible = [...versions.values()].filter((v) => state.visible(v));
    if (visible.length === 0) return NOT_FOUND;
    const entries = Object.fromEntries(
      visible.map((v) => {
        const f = v.files[0];
        return [
          v.version,
          {
            name,
            version: v.versionField ?? v.version,
            _id: `${name}@${v.version}`,
            dist: {
              ...(v.integrity
                ? { integrity: `sha512-${Buffer.from(f.sha512, 'hex').toString('base64')}` }
                : {}),
              shasum: createHash('sha1').update(f.bytes).digest('hex'),
              tarball: `${urls.npm}/${name}/-/${f.name}`,
              fileCount: 1,
              unpackedSize: f.bytes.length,
            },
          },
        ];
      }),
    );
    return {
      kind: 'json',
      body: {
        _id: name,
        name,
        'dist-tags': { latest: visible[visible.length - 1].version },
        versions: entries,
        time: Object.fromEntries(visible.map((v) => [v.version, '2026-11-27T00:00:00.000Z'])),
      },
    };
  },
};

/** Every route, in match order (the npm tarball before the packument). */
export const ROUTES: Route[] = [
  pypiRelease,
  pypiFile,
  cratesConfig,
  cratesIndexFile,
  cratesDownload,
  cratesStatic,
  npmTarball,
  npmPackument,
];
