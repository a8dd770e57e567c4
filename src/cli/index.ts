#!/usr/bin/env node
/*
 * sealed-release's command-line program. It follows the sigstore-conformance client protocol,
 * so any conformance suite can drive it, and downstream users can verify without Python:
 *
 *   verify-bundle --bundle B --certificate-identity I --certificate-oidc-issuer U [--trusted-root T] FILE_OR_DIGEST
 *   verify-bundle --bundle B --key K [--trusted-root T] FILE_OR_DIGEST
 *   sign-bundle --identity-token T --bundle B [--trusted-root T] [--signing-config S] FILE
 *   COMMAND --help | --version, help [COMMAND], --help, --version
 *
 * Exit 0 only when verified (or signed); 1 when verification or signing failed; 2 for a usage
 * error (`--help` and `--version` exit 0). Messages go to stderr.
 */
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
