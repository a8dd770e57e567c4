/*
 * Getting a served file's bytes: one GET (redirects followed by hand, each hop checked), the
 * body streamed to disk and hashed on its way in, in one pass for every digest needed. Tried
 * again, like the metadata reads, on 5xx, 408, 429 (after its Retry-After), a broken
 * connection and a server that stops answering: no answer within the request timeout, or no
 * byte for that long mid-body, ends the try instead of waiting for ever. A partial file is
 * deleted before each new try.
 *
 * A short download is never a pass: a body cut before its Content-Length fails the try, and a
 * size announced by the source or a digest it publishes catches a body that "completed" short.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Algorithm, digester, hashFileSync } from '../digest.js';
import { exchange, type HttpOptions } from '../http/fetch.js';
import { TransientFailure } from '../http/retry.js';
import { quote } from '../quote.js';
import { asSourceError, registryRefusal } from './metadata.js';
import { DigestSourceError, type ServedFile } from './source.js';

export type Digests = { size: number } & Partial<Record<Algorithm, string>>;

/**
 * Downloads `file` to `dest` (created, never overwritten), hashed as it arrives, trying again on
 * transient failures (a partial file is deleted before each new try). The request timeout
 * restarts with every chunk, so a large download may take as long as it needs while a server
 * that goes silent is given up on.
 */
async function download(
  reference: string,
  file: ServedFile,
  dest: string,
  algorithms: Algorithm[],
  http: HttpOptions = {},
): Promise<Digests> {
  if (!file.url) throw new DigestSourceError(reference, `${quote(file.name)} has no download URL`);
  const what = `downloading ${quote(file.name)}`;
  let digests: Digests;
  try {
    digests = await exchange(
      file.url,
      {
        what,
        headers: { accept: 'application/octet-stream', ...(file.headers ?? {}) },
        authorization: file.auth,
        http,
      },
      async (response, touch) => {
        if (response.status !== 200) {
          await response.body?.cancel();
          // An answer (404, 403), not a hiccup: another try would get the same.
          throw (
            (file.input ? registryRefusal(reference, what, response.status, file.input) : undefined) ??
            new DigestSourceError(
              reference,
              `${what} failed (HTTP ${response.status}: an answer, not retried)`,
            )
          );
        }
        fs.rmSync(dest, { force: true });
        try {
          return await writeAndHash(response, dest, algorithms, touch);
        } catch (error) {
          fs.rmSync(dest, { force: true });
          throw error;
        }
      },
    );
  } catch (error) {
    throw asSourceError(reference, error);
  }
  if (file.size !== undefined && digests.size !== file.size) {
    fs.rmSync(dest, { force: true });
    throw new DigestSourceError(
      reference,
      `${what} gave ${digests.size} bytes, but the source lists ${file.size}: a truncated or altered download`,
    );
  }
  return digests;
}

/** The body written to `dest` and hashed on its way in, in one pass for every digest needed. */
async function writeAndHash(
  response: Response,
  dest: string,
  algorithms: Algorithm[],
  touch: () => void,
): Promise<Digests> {
  const digests = digester(algorithms);
  const output = fs.openSync(dest, 'wx');
  try {
    for await (const chunk of response.body ?? []) {
      touch();
      const view = chunk as Uint8Array;
      digests.update(view);
      for (let written = 0; written < view.length;)
        written += fs.writeSync(output, view, written, view.length - written);
    }
  } finally {
    fs.closeSync(output);
  }
  const out: Digests = digests.result();
  // undici already rejects a body cut before its Content-Length; this says so in plain words
  // should a body ever end early without an error.
  const announced = response.headers.get('content-length');
  if (announced !== null && Number(announced) !== out.size)
    throw new TransientFailure(`the body ended after ${out.size} of the ${announced} bytes announced`);
  return out;
}

/** Copies a local file to `dest` while hashing it: one read for both. */
function copyAndHash(source: string, dest: string, algorithms: Algorithm[]): Digests {
  const tmp = `${dest}.partial`;
  const digests = digester(algorithms);
  const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  const input = fs.openSync(source, 'r');
  const output = fs.openSync(tmp, 'w');
  try {
    for (;;) {
      const n = fs.readSync(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const view = buffer.subarray(0, n);
      digests.update(view);
      for (let written = 0; written < n;) written += fs.writeSync(output, view, written, n - written);
    }
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
  }
  fs.renameSync(tmp, dest);
  return digests.result();
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
  http?: HttpOptions,
): Promise<Digests> {
  if (file.path) return hashFileSync(file.path, algorithms) as Digests;
  fs.mkdirSync(scratch, { recursive: true });
  const dest = fs.mkdtempSync(path.join(scratch, 'dl-'));
  try {
    return await download(reference, file, path.join(dest, 'file'), algorithms, http);
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
  http?: HttpOptions,
): Promise<Digests> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.rmSync(dest, { force: true });
  if (file.path) return copyAndHash(file.path, dest, algorithms);
  const tmp = `${dest}.download`;
  fs.rmSync(tmp, { force: true });
  try {
    const digests = await download(reference, file, tmp, algorithms, http);
    fs.renameSync(tmp, dest);
    return digests;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
