import { runChecks } from '../../core/action/checks.js';
import { warning } from '../../core/action/log.js';
import { registerSecret } from '../../core/action/secrets.js';
import { createClient, serverUrl } from '../../core/github/client.js';
import { workspaceRoot } from '../../core/paths.js';
import { attestFiles } from '../../core/provenance/attest.js';
import { registryClients } from '../../core/image/credentials.js';
import { storeAttestation } from '../../core/provenance/store.js';
import {
  loadInputTrust,
  runnerIdentityProvider,
  SigningSession,
  staticIdentityProvider,
  type LoadedTrust,
} from '../../core/sigstore/index.js';
import type { ProvenanceInputs } from './inputs.js';

/**
 * Wires the clients (the OIDC token source, one signing session, the trusted root, the GitHub
 * client) and runs core/provenance's sequence, ending through runChecks.
 */
export async function run(inputs: ProvenanceInputs, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runChecks(
    'attest-provenance',
    [
      async (report) => {
        registerSecret(inputs.identityToken);
        registerSecret(inputs.registry.password);
        const server = serverUrl();
        // A trusted root given as an input is read before anything is requested or signed.
        let trust: Promise<LoadedTrust> | undefined;
        const getTrust = () => (trust ??= loadInputTrust(inputs.trustedRoot));
        if (inputs.trustedRoot !== undefined) await getTrust();
        // The token source is checked lazily by the provider: no `id-token: write` is the known
        // failure with its fix, raised when the token is first needed (after the files are found).
        let provider: ReturnType<typeof staticIdentityProvider> | undefined;
        const identity = {
          getToken: () => {
            provider ??= inputs.identityToken
              ? staticIdentityProvider(inputs.identityToken)
              : runnerIdentityProvider(inputs.oidcAudience, env, { onToken: registerSecret });
            return provider.getToken();
          },
        };
        const session = new SigningSession(
          { fulcioURL: inputs.fulcioURL, rekorURL: inputs.rekorURL, tsaURL: inputs.tsaURL },
          identity,
        );
        const github = inputs.attestationsApi ? createClient(inputs.token!) : undefined;
        const result = await attestFiles(
          {
            files: inputs.files,
            images: inputs.images,
            bundlePath: inputs.bundlePath,
            root: workspaceRoot(),
            serverUrl: server,
            env,
            storeIn: inputs.repository && `${inputs.repository.owner}/${inputs.repository.repo}`,
          },
          {
            identity,
            signDsse: (payload, type) => session.signDsse(payload, type),
            trust: getTrust,
            store: github
              ? (bundle) => storeAttestation(github, inputs.repository!, bundle, server)
              : undefined,
            warn: warning,
            registries: registryClients(inputs.registry, { actor: env.GITHUB_ACTOR, token: inputs.token }),
          },
          report,
        );
        return {
          outputs: {
            'bundle-path': result.bundlePath,
            'attestation-ids': result.attestations.map((a) => a.id).join('\n'),
            'attestation-urls': result.attestations.map((a) => a.url).join('\n'),
            subjects: JSON.stringify(result.subjects),
          },
          hardFailures: 0,
          summary: [
            `${result.subjects.length} subject(s), ${(inputs.files.length > 0 ? 1 : 0) + result.images.length} statement(s), ${session.signer.certificatesIssued} Fulcio certificate(s); ` +
              `builder \`${result.identity}\`.`,
          ],
        };
      },
    ],
    { onReject: 'fail', verdictOutputs: false },
  );
}
