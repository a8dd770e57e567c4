/*
 * The streaming hashers across chunk boundaries: a file of several chunks plus a remainder must
 * hash exactly as the whole buffer does, with every digest from one read, sync and async alike.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hashFile, hashFileSync, hashFilesSync } from '../../src/core/digest.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digest-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const whole = (data: Buffer, algorithm: string) => crypto.createHash(algorithm).update(data).digest('hex');

test.each([0, 1, 512 * 1024 - 1, 512 * 1024, 512 * 1024 + 1, 3 * 1024 * 1024 + 7])(
  'a file of %i bytes hashes as its whole content does',
  async (size) => {
    const data = crypto.randomBytes(size);
    const file = path.join(dir, `f${size}`);
    fs.writeFileSync(file, data);
    const expected = { size, sha256: whole(data, 'sha256'), sha512: whole(data, 'sha512') };
    expect(hashFileSync(file, ['sha256', 'sha512'])).toEqual(expected);
    expect(await hashFile(file, ['sha256', 'sha512'])).toEqual(expected);
    expect(hashFilesSync(new Map([[file, ['sha256'] as const]])).get(file)).toEqual({
      size,
      sha256: expected.sha256,
    });
  },
);
