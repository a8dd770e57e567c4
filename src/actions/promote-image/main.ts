import { runChecks } from '../../core/action/checks.js';
import type { Report } from '../../core/action/report.js';
import { setOutputs } from '../../core/action/outputs.js';
import { registerSecret } from '../../core/action/secrets.js';
import { createClient } from '../../core/github/client.js';
import { resolveTagCommit } from '../../core/github/refs.js';
import { type EvidencePolicy, verifyImageEvidence } from '../../core/image/evidence.js';
import { resolveImageSubject } from '../../core/image/subject.js';
import { explainRegistryRefusal, registryClients } from '../../core/image/credentials.js';
import { PromoteError } from '../../core/promote/errors.js';
import { promoteImage } from '../../core/promote/promote.js';
import { loadInputTrust } from '../../core/sigstore/trust.js';
import type { PromoteInputs } from './inputs.js';

/**
 * Wires the registry client, the trusted root, the GitHub client (git-tag's commit, the
 * attestations API) and the evidence check, then runs core/promote's sequence, ending through
 * runChecks: resolve the subject once, check its platforms, verify its evidence, then write.
 */
export async function run(inputs: PromoteInputs, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // The one client of the registry, with the contract's credentials (core/image/credentials.ts,
  // shared with the signing actions), so a refusal names the same fix everywhere.
  const clients = registryClients(
    { username: inputs.registryUsername, password: inputs.registryPassword },
    { actor: env.GITHUB_ACTOR, token: inputs.token },
  );
  await runChecks(
    'promote-image',
    [
      async (report) => {
        try {
          return await promote(report);
        } catch (error) {
          throw explainRegistryRefusal(error, inputs.registry, clients.source(inputs.registry));
        }
      },
    ],
    { onReject: 'fail', verdictOutputs: false },
  );

  async function promote(report: Report) {
    registerSecret(inputs.registryPassword);
    registerSecret(inputs.token);
    const image = `${inputs.registry}/${inputs.repository}`;
    // A trusted root given as an input is read before anything is requested: unreadable, it
    // is the user's to fix.
    const given = inputs.trustedRoot !== undefined ? await loadInputTrust(inputs.trustedRoot) : undefined;
    const client = clients.client(inputs.registry);
    const github =
      inputs.token !== undefined && inputs.githubRepository !== undefined
        ? { client: createClient(inputs.token), repo: inputs.githubRepository }
        : undefined;

    // The commit the provenance must name: git-tag's, through the API. Never GITHUB_SHA: a
    // promotion started by hand runs on the default branch's head.
    let commit: string | undefined;
    if (inputs.require.includes('provenance')) {
      commit = await resolveTagCommit(github!.client, github!.repo, inputs.gitTag);
      const where = `${github!.repo.owner}/${github!.repo.repo}`;
      if (commit === undefined) {
        report.fail('git tag', `${inputs.gitTag} does not exist in ${where}`);
        throw new PromoteError(
          'UNVERIFIED',
          `The git tag ${inputs.gitTag} does not exist in ${where}, so no provenance can be checked against its commit. Nothing was written.`,
          { fix: "Push the release tag first, or name it with 'git-tag'." },
        );
      }
      report.pass('git tag', `${inputs.gitTag} is commit ${commit} in ${where}`);
    }

    const subject = await resolveImageSubject(
      client,
      inputs.repository,
      inputs.reference,
      inputs.platforms,
      report,
    );
    // Without `trusted-root`, public-good's root comes through TUF once the subject is known
    // (a refusal before then asks nothing of the TUF repository).
    const trust = given ?? (await loadInputTrust(undefined));
    const policy: EvidencePolicy = {
      require: inputs.require,
      identity: inputs.identity,
      issuer: inputs.issuer,
      trust: trust.material,
      sbomMinComponents: inputs.sbomMinComponents,
      attestationsApi: inputs.attestationsApi,
      ...(commit === undefined ? {} : { commit }),
      ...(github
        ? { github: { client: github.client, repository: `${github.repo.owner}/${github.repo.repo}` } }
        : {}),
    };
    const tally = { writes: 0 };
    let result;
    try {
      result = await promoteImage(
        client,
        {
          repository: inputs.repository,
          subject,
          version: inputs.version,
          tagPrefix: inputs.tagPrefix,
          floating: inputs.floating,
          dryRun: inputs.dryRun,
        },
        (digest, rows) => verifyImageEvidence(client, inputs.repository, digest, policy, rows),
        report,
        tally,
      );
    } catch (error) {
      // A failure after a write says what was written: `writes` is never 0 for a run that wrote.
      setOutputs({ digest: subject.digest, writes: tally.writes });
      throw error;
    }
    return {
      outputs: {
        digest: result.digest,
        'version-tag': result.versionTagState,
        floating: JSON.stringify(result.floating),
        verified: JSON.stringify(result.verified),
        writes: result.writes,
      },
      hardFailures: 0,
      summary: [
        `${image}@${result.digest} ${inputs.dryRun ? 'would be' : 'is'} ${result.versionTag}; ` +
          `${result.writes} write(s), ${client.requests} registry request(s)` +
          (inputs.dryRun ? ' (dry run: nothing written).' : '.'),
      ],
    };
  }
}
