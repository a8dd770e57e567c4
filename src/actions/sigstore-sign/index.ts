import { runAction } from '../../core/action/run.js';
import {
  getBooleanInput,
  getOptionalInput,
  getRequiredInput,
  getRequiredListInput,
} from '../../core/action/legacy-inputs.js';
import {
  parseBundleSuffix,
  parseServiceUrl,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
} from '../../core/sigstore/index.js';
import { registerSecret } from '../../core/action/secrets.js';
import { run } from './main.js';

void runAction(async () => {
  const identityToken = getOptionalInput('identity-token');
  registerSecret(identityToken);
  const tsa = getOptionalInput('tsa-url');
  await run({
    files: getRequiredListInput('files'),
    bundleSuffix: parseBundleSuffix('bundle-suffix', getOptionalInput('bundle-suffix') ?? '.sigstore.json'),
    fulcioURL: parseServiceUrl('fulcio-url', getOptionalInput('fulcio-url') ?? PUBLIC_GOOD_FULCIO_URL),
    rekorURL: parseServiceUrl('rekor-url', getOptionalInput('rekor-url') ?? PUBLIC_GOOD_REKOR_URL),
    tsaURL: tsa === undefined ? undefined : parseServiceUrl('tsa-url', tsa),
    oidcAudience: getRequiredInput('oidc-audience'),
    identityToken,
    verify: getBooleanInput('verify', true),
    trustedRoot: getOptionalInput('trusted-root'),
  });
});
