import * as path from 'node:path';

/** Quotes a value for a POSIX shell. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:@=+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Markdown for release notes: the exact commands a downstream user runs to verify each file
 * (by its release asset name) with sigstore-python and with cosign.
 */
export function verifyInstructions(options: {
  files: string[];
  bundleSuffix: string;
  identity: string;
  issuer: string;
  tag?: string;
  privateInstance?: boolean;
}): string {
  const names = options.files.map((f) => path.basename(f));
  const sigstore = names.map(
    (n) =>
      `sigstore verify identity --bundle ${shellQuote(n + options.bundleSuffix)} ` +
      `--cert-identity ${shellQuote(options.identity)} --cert-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(n)}`,
  );
  const cosign = names.map(
    (n) =>
      `cosign verify-blob --bundle ${shellQuote(n + options.bundleSuffix)} ` +
      `--certificate-identity ${shellQuote(options.identity)} --certificate-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(n)}`,
  );
  const lines = [
    `### Verifying the signatures${options.tag ? ` of ${options.tag}` : ''}`,
    '',
    `Every file of this release is signed with Sigstore by the release workflow \`${options.identity}\` ` +
      `(OIDC issuer \`${options.issuer}\`); its bundle is the file of the same name with \`${options.bundleSuffix}\` appended. ` +
      'Download the files and their bundles, then run either:',
    '',
    'With [sigstore-python](https://github.com/sigstore/sigstore-python):',
    '',
    '```sh',
    ...sigstore,
    '```',
    '',
    'With [cosign](https://github.com/sigstore/cosign):',
    '',
    '```sh',
    ...cosign,
    '```',
  ];
  if (options.privateInstance) {
    lines.push(
      '',
      "These bundles were made with a private Sigstore instance: pass that instance's trusted root to the verifier.",
    );
  }
  return lines.join('\n') + '\n';
}
