import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAction } from '../emulator/runner.js';
import { startSigstore } from '../emulator/sigstore/index.js';
import { mib, row, rssProbe, sparseFile, timedAsync, type Sample } from './measure.js';

/**
 * Peak memory and time of the shipped sigstore-sign bundle signing one large file against the
 * local Sigstore services (stream-hash, sign the digest, Rekor + verification), against
 * `openssl dgst -sha256 -sign` making a P-256 signature of the same file in the same round.
 */
export async function benchSign(root: string, dir: string, size: number, rounds: number): Promise<string> {
  const workspace = path.join(dir, 'sign-ws');
  const file = path.join(workspace, 'dist', 'big.bin');
  sparseFile(file, size);
  const key = path.join(dir, 'p256.pem');
  execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
  const probe = rssProbe(dir);
  const ours: Sample[] = [];
  const openssl: Sample[] = [];
  const sigstore = await startSigstore();
  try {
    for (let round = 0; round < rounds; round++) {
      openssl.push(
        await timedAsync('openssl', ['dgst', '-sha256', '-sign', key, '-out', path.join(dir, 'sig'), file]),
      );
      for (const old of fs.readdirSync(path.dirname(file))) {
        if (old.endsWith('.sigstore.json')) fs.rmSync(path.join(path.dirname(file), old));
      }
      probe.reset();
      const start = process.hrtime.bigint();
      const result = await runAction('sigstore-sign', {
        root,
        workspace,
        inputs: {
          files: 'dist/big.bin',
          'fulcio-url': sigstore.fulcioURL,
          'rekor-url': sigstore.rekorURL,
          'trusted-root': sigstore.trustedRootPath,
        },
        env: sigstore.runnerEnv(),
        nodeArgs: probe.nodeArgs,
        timeoutMs: 30 * 60 * 1000,
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.code !== 0)
        throw new Error(`bench: sigstore-sign failed:\n${result.stdout}\n${result.stderr}`);
      ours.push({ ms, maxRssKiB: probe.read() });
    }
  } finally {
    await sigstore.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  return row(
    `sigstore-sign of ${mib(size)} (sparse; hash, sign, log, verify)`,
    ours,
    openssl,
    'openssl dgst -sign',
    size,
  );
}
