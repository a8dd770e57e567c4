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
 * sign-bundle's `--trusted-root` names the instance the bundle is for: the new bundle must verify
 * against it, or it is not written.
 *
 * Exit 0 only when verified (or signed); 1 when verification or signing failed (the message
 * gives the causes, and the host that could not be reached); 2 for a usage error, which names
 * the flag or variable and the value (`--help` and `--version` exit 0). Messages go to stderr;
 * the identity token never does, and a token too short to hide (under 4 characters) is refused.
 * The verify-release command is in verify-release.ts.
 */
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
