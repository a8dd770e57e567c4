/*
 * `sealed-release verify-release --repo OWNER/REPO --tag TAG [--trusted-root T] [--all-assets]
 * [FILE…]`: the consumer's check of a published immutable release, without `gh`. Exit 0 only
 * when GitHub's release attestation verifies (signed for the release trust domain, exact SAN,
 * one trusted timestamp), binds the tag to the commit the tag points to now, and every given
 * file's sha256 is one of its subjects (what `gh release verify` and `gh release verify-asset`
 * check). The attestation must name the id of the tag's published release. With `--all-assets`
 * the release's asset list is read too (every page), and the attestation must name exactly those
 * assets with the digests GitHub serves.
 *
 * The API is GITHUB_API_URL (default https://api.github.com), the web host GITHUB_SERVER_URL
 * (default https://github.com, which decides the trust domain), the token GH_TOKEN or
 * GITHUB_TOKEN. The token never reaches the output.
 */
import * as fs from 'node:fs';
import { sha256File } from '../core/digest.js';
import { parseRepository } from '../core/github/repository.js';
import { parseTagName } from '../core/inputs/index.js';
import { messageOf } from '../core/errors.js';
// A type only: erased when compiled, so the verifier still loads only once the arguments passed.
import type { ExpectedRelease } from '../core/attestation/judge.js';
import { envUrl, parseFlags } from './args.js';
import { loadCliTrust, TRUST_HELP } from './trust.js';

interface IO {
  out(line: string): void;
  err(line: string): void;
}

/** The CLI's own error kinds, handed in by main.ts so usage errors exit 2 and --help exits 0. */
export interface CliErrors {
  usage: new (message: string) => Error;
  info: new (kind: 'help' | 'version') => Error;
}

/** Flags that take no value (`--offline` comes with `--trusted-root`: args.ts). */
const SWITCHES = ['all-assets'];

function parse(args: string[]): { flags: Map<string, string>; files: string[] } {
  const { flags, positional } = parseFlags(args, ['repo', 'tag', 'trusted-root'], SWITCHES);
  return { flags, files: positional };
}

/** The `verify-release` command (see the file's comment). */
export function verifyReleaseCommand(errors: CliErrors) {
  return {
    summary: "Verify GitHub's release attestation of a published immutable release, and files against it.",
    usage: [
      'sealed-release verify-release --repo OWNER/REPO --tag TAG [--trusted-root T | --offline] [--all-assets] [FILE…]',
    ],
    details: [
      'Exit 0 only when the attestation verifies for exactly this tag and the commit it points to,',
      "and every FILE's sha256 is one of its subjects; 1 when not, 2 for a usage error.",
      "--all-assets: also read the release's assets; the attestation must name exactly them, each",
      'with the digest GitHub serves.',
      'Reads GITHUB_API_URL, GITHUB_SERVER_URL and the token GH_TOKEN or GITHUB_TOKEN. Without',
      "--trusted-root, GitHub's trusted root is fetched through its TUF repository from a pinned root",
      '(into a temporary folder, removed afterwards). The release and its attestation always come',
      "from the API; --offline only forbids fetching trust, and since GitHub's root is not embedded",
      'it needs --trusted-root.',
      ...TRUST_HELP,
    ],
    async run(args: string[], io: IO): Promise<number> {
      const { flags, files } = parse(args);
      const repoFlag = flags.get('repo');
      const tagFlag = flags.get('tag');
      if (!repoFlag || !tagFlag) throw new errors.usage('--repo and --tag are required');
      let repo;
      let tag;
      try {
        repo = parseRepository('--repo', repoFlag);
        tag = parseTagName('--tag', tagFlag);
      } catch (error) {
        throw new errors.usage(messageOf(error));
      }
      for (const file of files) {
        if (!fs.existsSync(file) || !fs.statSync(file).isFile())
          throw new errors.usage(`${file} is not an existing file`);
      }
      const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN;
      if (!token)
        throw new errors.usage('set GH_TOKEN or GITHUB_TOKEN (a token that can read the repository)');
      // Checked here, so a malformed variable is named instead of failing as "Invalid URL".
      const serverUrl = envUrl('GITHUB_SERVER_URL', 'https://github.com');
      const apiUrl = envUrl('GITHUB_API_URL', 'https://api.github.com');
      // The GitHub client and the attestation verifier are loaded only once the arguments passed.
      const [
        { createClient, explainHttpError, statusOf },
        { resolveTagCommit },
        { listAssets, remoteSha256 },
        { judgeAttestation, listReleaseAttestations, loadAttestationTrust, releaseSan, trustDomainOf },
      ] = await Promise.all([
        import('../core/github/client.js'),
        import('../core/github/refs.js'),
        import('../core/github/assets.js'),
        import('../core/attestation/release-attestation.js'),
      ]);
      // Not in a runner: the token must not be echoed as an ::add-mask:: command.
      const client = createClient(token, { retries: 2, maskToken: false, baseUrl: apiUrl });

      // A release attestation is always GitHub-signed: --offline alone has no root for it.
      const trust =
        flags.has('offline') || flags.has('trusted-root')
          ? await loadCliTrust(flags, { githubOnly: "GitHub's release attestation" })
          : await loadAttestationTrust(undefined, { trustedRootOption: '--trusted-root' });
      const commit = await resolveTagCommit(client, repo, tag);
      if (!commit) {
        io.err(`FAIL: tag ${tag} does not exist in ${repo.owner}/${repo.repo}`);
        return 1;
      }
      const expected: ExpectedRelease = {
        owner: repo.owner,
        repo: repo.repo,
        tag,
        commit: commit.toLowerCase(),
      };
      // The published release of the tag (the by-tag endpoint never answers with a draft): its id
      // is what the attestation's release id field must name, and --all-assets lists its assets.
      let release: { id: number };
      try {
        ({ data: release } = (await client.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
          ...repo,
          tag,
        })) as unknown as { data: { id: number } });
      } catch (error) {
        if (statusOf(error) === 404) {
          io.err(`FAIL: ${repo.owner}/${repo.repo} has no published release for ${tag}`);
          return 1;
        }
        throw explainHttpError(error, `Reading the release of ${tag}`, 'contents: read');
      }
      expected.releaseId = release.id;
      if (flags.has('all-assets')) {
        expected.assets = new Map();
        for (const asset of await listAssets(client, repo, release.id)) {
          expected.assets.set(asset.name, (await remoteSha256(client, repo, asset)).sha256);
        }
      }
      const domain = await trustDomainOf(client, serverUrl);
      const san = releaseSan(domain.domain);
      const bundles = await listReleaseAttestations(client, repo, expected.commit);
      const judged = await Promise.all(
        bundles.map((b) => judgeAttestation(b, trust.material, san, expected)),
      );
      const good = judged.find((j) => j.problems.length === 0);
      if (!good) {
        io.err(
          bundles.length === 0
            ? `FAIL: GitHub has no release attestation for ${tag} (${commit}); is the release published and immutable?`
            : `FAIL: no release attestation verifies for ${tag} (${commit}): ` +
                judged.map((j, i) => `#${i + 1}: ${j.problems.join('; ')}`).join(' | '),
        );
        return 1;
      }
      io.out(
        `OK: release ${repo.owner}/${repo.repo}@${tag} → ${commit}, attested by ${san} (${good.subjects.size} asset(s))`,
      );
      if (expected.assets) {
        io.out(
          `OK: the attestation names exactly the release's ${expected.assets.size} asset(s), each with the digest GitHub serves`,
        );
      }
      const byDigest = new Map([...good.subjects].map(([name, sha]) => [sha, name]));
      let failed = 0;
      for (const file of files) {
        const sha256 = await sha256File(file);
        const subject = byDigest.get(sha256);
        if (subject === undefined) {
          io.err(`FAIL: ${file} (sha256:${sha256}) is not an asset of the attested release`);
          failed++;
        } else {
          io.out(`OK: ${file} (sha256:${sha256}) is the attested asset '${subject}'`);
        }
      }
      return failed === 0 ? 0 : 1;
    },
  };
}
