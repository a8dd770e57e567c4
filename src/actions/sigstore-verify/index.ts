import { ConfigurationError } from '../../core/errors.js';
import { getOptionalInput, getRequiredListInput } from '../../core/action/legacy-inputs.js';
import { runAction } from '../../core/action/run.js';
import { GITHUB_ACTIONS_ISSUER, parseBundleSuffix, parseIdentityRegExp } from '../../core/sigstore/index.js';
import { run } from './main.js';

void runAction(async () => {
  const identity = getOptionalInput('certificate-identity');
  const pattern = getOptionalInput('certificate-identity-regexp');
  if ((identity === undefined) === (pattern === undefined)) {
    throw new ConfigurationError(
      "Give exactly one of the inputs 'certificate-identity' and 'certificate-identity-regexp'.",
    );
  }
  await run({
    files: getRequiredListInput('files'),
    bundleSuffix: parseBundleSuffix('bundle-suffix', getOptionalInput('bundle-suffix') ?? '.sigstore.json'),
    policy: {
      identity,
      identityRegExp:
        pattern === undefined ? undefined : parseIdentityRegExp('certificate-identity-regexp', pattern),
      issuer: getOptionalInput('certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER,
    },
    trustedRoot: getOptionalInput('trusted-root'),
  });
});
