/*
 * `sealed-release verify-release --repo OWNER/REPO --tag TAG [--trusted-root T] [FILE…]`: the
 * consumer's check of a published immutable release, without `gh`. Exit 0 only when GitHub's
 * release attestation verifies (signed for the release trust domain, exact SAN, one trusted
 * timestamp), binds the tag to the commit the tag points to now, and every given file's sha256
 * is one of its subjects (what `gh release verify` and `gh release verify-asset` check).
 *
 * The API is GITHUB_API_URL (default https://api.github.com), the web host GITHUB_SERVER_URL
 * (default https://github.com, which decides the trust domain), the token GH_TOKEN or
 * GITHUB_TOKEN. The token never reaches the output.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sha256File } from '../core/digest.js';
import { parseRepository } from '../core/github/repository.js';
import { parseTagName } from '../core/inputs/index.js';
import { messageOf } from '../core/errors.js';
import { envUrl, flagValue } from './args.js';

interface IO {
  out(line: string): void;
  err(line: string): void;
}

/** The CLI's own error kinds, handed in by main.ts so usage errors exit 2 and --help exits 0. */
export interface CliErrors {
  usage: new (message: string) => Error;
  info: new (kind: 'help' | 'version') => Error;
}

function parse(args: string[], errors: CliErrors): { flags: Map<string, string>; files: string[] } {
  const allowed = ['repo', 'tag', 'trusted-root'];
  const flags = new Map<string, string>();
  const files: string[] = [];
  // Asked for help or the version, the command only answers that, whatever else was given.
  if (args.includes('--help') || args.includes('-h')) throw new errors.info('help');
  if (args.includes('--version')) throw new errors.info('version');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!allowed.includes(name)) throw new errors.usage(`unknown option --${name}`);
      if (flags.has(name)) throw new errors.usage(`--${name} given twice`);
      flags.set(name, flagValue(name, args, i, eq >= 0 ? arg.slice(eq + 1) : undefined));
      if (eq < 0) i++;
    } else {
      files.push(arg);
    }
  }
  return { flags, files };
}

/** The `verify-release` command (see the file's comment). */
export function verifyReleaseCommand(errors: CliErrors) {
  return {
    summary: "Verify GitHub's release attestation of a published immutable release, and files against it.",
    usage: ['sealed-release verify-release --repo OWNER/REPO --tag TAG [--trusted-root T] [FILE…]'],
    details: [
      'Exit 0 only when the attestation verifies for exactly this tag and the commit it points to,',
      "and every FILE's sha256 is one of its subjects; 1 when not, 2 for a usage error.",
      'Reads GITHUB_API_URL, GITHUB_SERVER_URL and the token GH_TOKEN or GITHUB_TOKEN. Without',
      "--trusted-root, GitHub's trusted root is fetched through its TUF repository from a pinned root.",
    ],
    async run(args: string[], io: IO): Promise<number> {
      const { flags, files } = parse(args, errors);
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
        { createClient },
        { resolveTagCommit },
        { judgeAttestation, listReleaseAttestations, loadAttestationTrust, releaseSan, trustDomainOf },
      ] = await Promise.all([
        import('../core/github/client.js'),
        import('../core/github/refs.js'),
        import('../core/attestation/release-attestation.js'),
      ]);
      // Not in a runner: the token must not be echoed as an ::add-mask:: command.
      const client = createClient(token, { retries: 2, maskToken: false, baseUrl: apiUrl });

      const trust = await loadAttestationTrust(flags.get('trusted-root'), {
        cacheDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sealed-release-tuf-')),
      });
      const commit = await resolveTagCommit(client, repo, tag);
      if (!commit) {
        io.err(`FAIL: tag ${tag} does not exist in ${repo.owner}/${repo.repo}`);
        return 1;
      }
      const domain = await trustDomainOf(client, serverUrl);
      const san = releaseSan(domain.domain);
      const bundles = await listReleaseAttestations(client, repo, commit.toLowerCase());
      const judged = bundles.map((b) =>
        judgeAttestation(b, trust.material, san, {
          owner: repo.owner,
          repo: repo.repo,
          tag,
          commit: commit.toLowerCase(),
        }),
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
