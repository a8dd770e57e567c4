/*
 * Getting a served file's bytes: downloaded to disk through @actions/tool-cache (which retries
 * 5xx, 408, 429 and broken connections, and deletes a partial file before each retry), then
 * hashed from disk in one pass for every digest needed. tool-cache writes the response with a
 * stream pipeline it does not expose, so the bytes cannot be hashed on their way in; hashing the
 * file it wrote reads each byte once, from the page cache it was just written to.
 *
 * A short download fails twice over: tool-cache's pipeline rejects a body cut before its
 * Content-Length, and a size announced by the source or a digest it publishes catches a body
 * that "completed" short. Neither is ever a pass.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tc from '@actions/tool-cache';
import { type Algorithm, hashFileSync } from '../digest.js';
import { messageOf } from '../errors.js';
import { checkDownloadUrl, RegistryError, type ServedFile } from './registry.js';

export type Digests = { size: number } & Partial<Record<Algorithm, string>>;

/**
 * Shortens tool-cache's waits between download attempts (10-20 s by default). tool-cache reads
 * them from two globals it documents for its own tests; the loopback tests and the rehearsal set
 * them through `SEALED_RELEASE_DOWNLOAD_RETRY_SECONDS`. The product never calls this.
 */
export function setDownloadRetrySeconds(seconds: number): void {
  const g = globalThis as Record<string, unknown>;
  g.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = seconds;
  g.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = seconds;
}

/** Downloads `file` to `dest` (which must not exist) and hashes what arrived. */
async function download(
  reference: string,
  file: ServedFile,
  dest: string,
  algorithms: Algorithm[],
): Promise<Digests> {
  if (!file.url) throw new RegistryError(reference, `'${file.name}' has no download URL`);
  const checked = checkDownloadUrl(file.url);
  if (typeof checked === 'string') {
    throw new RegistryError(reference, `the download URL of '${file.name}' (${file.url}) ${checked}`);
  }
  try {
    await tc.downloadTool(checked.href, dest, file.auth, file.headers ? { ...file.headers } : undefined);
  } catch (error) {
    const status = (error as { httpStatusCode?: number }).httpStatusCode;
    const why = status ? `HTTP ${status}` : messageOf(error);
    throw new RegistryError(reference, `downloading '${file.name}' failed after retries (${why})`, {
      cause: error,
    });
  }
  const digests = hashFileSync(dest, algorithms) as Digests;
  if (file.size !== undefined && digests.size !== file.size) {
    fs.rmSync(dest, { force: true });
    throw new RegistryError(
      reference,
      `downloading '${file.name}' gave ${digests.size} bytes, but the source lists ${file.size}: a truncated or altered download`,
    );
  }
  return digests;
}

/** Copies a local file to `dest` while hashing it: one read for both. */
function copyAndHash(source: string, dest: string, algorithms: Algorithm[]): Digests {
  const tmp = `${dest}.partial`;
  const hashes = [...new Set(algorithms)].map((a) => [a, createHash(a)] as const);
  const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  const input = fs.openSync(source, 'r');
  const output = fs.openSync(tmp, 'w');
  let size = 0;
  try {
    for (;;) {
      const n = fs.readSync(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const view = buffer.subarray(0, n);
      for (const [, h] of hashes) h.update(view);
      for (let written = 0; written < n;) written += fs.writeSync(output, view, written, n - written);
      size += n;
    }
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
  }
  fs.renameSync(tmp, dest);
  const out: Digests = { size };
  for (const [a, h] of hashes) out[a] = h.digest('hex');
  return out;
}

/**
 * The digests of a served file's bytes, for a source that publishes none: a download into
 * `scratch` that is hashed and then deleted, or, for a local path (`dir:`), a read.
 */
export async function hashServedFile(
  reference: string,
  file: ServedFile,
  algorithms: Algorithm[],
  scratch: string,
): Promise<Digests> {
  if (file.path) return hashFileSync(file.path, algorithms) as Digests;
  fs.mkdirSync(scratch, { recursive: true });
  const dest = fs.mkdtempSync(path.join(scratch, 'dl-'));
  try {
    return await download(reference, file, path.join(dest, 'file'), algorithms);
  } finally {
    fs.rmSync(dest, { recursive: true, force: true });
  }
}

/**
 * Puts a served file's bytes at `dest` (canonicalize) and returns their digests. The file is
 * written under a temporary name and renamed only once complete, so a failed download never
 * leaves a file that looks canonical.
 */
export async function fetchServedFile(
  reference: string,
  file: ServedFile,
  algorithms: Algorithm[],
  dest: string,
): Promise<Digests> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.rmSync(dest, { force: true });
  if (file.path) return copyAndHash(file.path, dest, algorithms);
  const tmp = `${dest}.download`;
  fs.rmSync(tmp, { force: true });
  try {
    const digests = await download(reference, file, tmp, algorithms);
    fs.renameSync(tmp, dest);
    return digests;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
