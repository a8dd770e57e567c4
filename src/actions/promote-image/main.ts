import { runChecks } from '../../core/action/checks.js';
import { setOutputs } from '../../core/action/outputs.js';
import { registerSecret } from '../../core/action/secrets.js';
import { ConfigurationError, messageOf } from '../../core/errors.js';
import { createClient } from '../../core/github/client.js';
import { resolveTagCommit } from '../../core/github/refs.js';
import { type EvidencePolicy, verifyImageEvidence } from '../../core/image/evidence.js';
import { resolveImageSubject } from '../../core/image/subject.js';
import { tufFailure } from '../../core/known-failures.js';
import { registryCredentials } from '../../core/oci/auth.js';
import { OciClient } from '../../core/oci/client.js';
import { PromoteError } from '../../core/promote/errors.js';
import { promoteImage } from '../../core/promote/promote.js';
import { type LoadedTrust, loadTrust } from '../../core/sigstore/trust.js';
import type { PromoteInputs } from './inputs.js';

/**
 * Wires the registry client, the trusted root, the GitHub client (git-tag's commit, the
 * attestations API) and the evidence check, then runs core/promote's sequence, ending through
 * runChecks: resolve the subject once, check its platforms, verify its evidence, then write.
 */
export async function run(inputs: PromoteInputs, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runChecks(
    'promote-image',
    [
      async (report) => {
        registerSecret(inputs.registryPassword);
        registerSecret(inputs.token);
        const image = `${inputs.registry}/${inputs.repository}`;
        // A trusted root given as an input is read before anything is requested: unreadable, it
        // is the user's to fix.
        let given: LoadedTrust | undefined;
        if (inputs.trustedRoot !== undefined) {
          try {
            given = await loadTrust(inputs.trustedRoot);
          } catch (error) {
            throw new ConfigurationError(`Input 'trusted-root': ${messageOf(error)}`, { cause: error });
          }
        }
        const credentials = registryCredentials(
          inputs.registry,
          { username: inputs.registryUsername, password: inputs.registryPassword },
          { actor: env.GITHUB_ACTOR, token: inputs.token },
        );
        const client = new OciClient({
          registry: inputs.registry,
          credentials,
          credentialInputs:
            inputs.registryUsername === undefined && credentials
              ? ['github-token']
              : ['registry-username', 'registry-password'],
        });
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
        let trust = given;
        if (trust === undefined) {
          try {
            trust = await loadTrust(undefined);
          } catch (error) {
            throw tufFailure(error) || error;
          }
        }
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
      },
    ],
    { onReject: 'fail', verdictOutputs: false },
  );
}
