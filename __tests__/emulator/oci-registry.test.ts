/*
 * The OCI registry emulator answers as the real registry does: the same requests, sent to
 * distribution 2.8 and to the emulator in its honest mode (no referrers API, whole tag lists),
 * get the same statuses, the same headers that matter, and the same error codes. A fake that
 * drifts from the real one fails here.
 */
import { createHash } from 'node:crypto';
import { startOciRegistryEmulator } from '../../src/emulator/oci-registry/index.js';
import { startOciRegistry } from '../helpers/oci-registry.js';
import { useServer } from '../helpers/servers.js';

const real = useServer('registry', () => startOciRegistry());
const fake = useServer('emulator', () => startOciRegistryEmulator());

const digest = (data: string | Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const CONFIG = '{}';
const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: digest(CONFIG), size: 2 },
  layers: [],
});
const INDEX = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: digest(MANIFEST),
      size: MANIFEST.length,
    },
  ],
});
const ACCEPT = {
  accept: [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
  ].join(', '),
};

/** Headers compared (values that name a host or a session are compared by shape). */
const HEADERS = [
  'content-type',
  'docker-content-digest',
  'etag',
  'docker-distribution-api-version',
  'range',
  'www-authenticate',
  'oci-subject',
];

interface Seen {
  step: string;
  status: number;
  headers: Record<string, string>;
  location?: string;
  errors?: string[];
}

/** One scripted session of pushes and reads; every answer reduced to what must agree. */
async function session(base: string): Promise<Seen[]> {
  const seen: Seen[] = [];
  const host = new URL(base).host;
  const send = async (step: string, path: string, init: RequestInit = {}) => {
    const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, {
      redirect: 'manual',
      ...init,
    });
    const text = await response.text();
    const headers: Record<string, string> = {};
    for (const name of HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const location = response.headers.get('location') ?? undefined;
    const entry: Seen = { step, status: response.status, headers };
    if (location)
      entry.location = location.replace(host, 'HOST').replace(/uploads\/[^?]+\?.*$/, 'uploads/UUID?STATE');
    if (/json/.test(response.headers.get('content-type') ?? '') && text.includes('"errors"'))
      entry.errors = (JSON.parse(text) as { errors: { code: string }[] }).errors.map((e) => e.code);
    seen.push(entry);
    return { response, text, location };
  };
  const opened = await send('open upload', '/v2/team/app/blobs/uploads/', { method: 'POST' });
  await send('finish upload', `${new URL(opened.location!, base).href}&digest=${digest(CONFIG)}`, {
    method: 'PUT',
    body: CONFIG,
    headers: { 'content-type': 'application/octet-stream' },
  });
  const again = await send('open upload for a wrong digest', '/v2/team/app/blobs/uploads/', {
    method: 'POST',
  });
  await send(
    'finish upload with a wrong digest',
    `${new URL(again.location!, base).href}&digest=${digest('other')}`,
    {
      method: 'PUT',
      body: CONFIG,
      headers: { 'content-type': 'application/octet-stream' },
    },
  );
  await send('head blob', `/v2/team/app/blobs/${digest(CONFIG)}`, { method: 'HEAD' });
  await send('head missing blob', `/v2/team/app/blobs/${digest('none')}`, { method: 'HEAD' });
  const manifestType = { 'content-type': 'application/vnd.oci.image.manifest.v1+json' };
  await send('put manifest by digest', `/v2/team/app/manifests/${digest(MANIFEST)}`, {
    method: 'PUT',
    body: MANIFEST,
    headers: manifestType,
  });
  await send('put manifest under a digest not its own', `/v2/team/app/manifests/${digest('x')}`, {
    method: 'PUT',
    body: MANIFEST,
    headers: manifestType,
  });
  await send('put index by tag', '/v2/team/app/manifests/1.0.0', {
    method: 'PUT',
    body: INDEX,
    headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' },
  });
  await send('get index by tag', '/v2/team/app/manifests/1.0.0', { headers: ACCEPT });
  await send('head manifest by digest', `/v2/team/app/manifests/${digest(MANIFEST)}`, {
    method: 'HEAD',
    headers: ACCEPT,
  });
  await send('get missing tag', '/v2/team/app/manifests/nope', { headers: ACCEPT });
  await send('mount', `/v2/team/other/blobs/uploads/?mount=${digest(CONFIG)}&from=team/app`, {
    method: 'POST',
  });
  await send('tags', '/v2/team/app/tags/list');
  await send('tags of an unknown repository', '/v2/team/none/tags/list');
  await send('referrers', `/v2/team/app/referrers/${digest(INDEX)}`);
  return seen;
}

describe('the meanwhile fault', () => {
  it('changes the state just before the one request it matches is answered', async () => {
    const put = (tag: string, body: string) =>
      fetch(`${fake.url}/v2/team/moved/manifests/${tag}`, {
        method: 'PUT',
        body,
        headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
      });
    await put('1.0.0', MANIFEST);
    const other = MANIFEST.replace('"layers":[]', '"layers":[],"annotations":{"x":"y"}');
    await put('1.1.0', other);
    fake.faults.add({
      target: 'manifest',
      method: 'GET',
      times: 1,
      fault: {
        kind: 'meanwhile',
        run: (state) => state.repository('team/moved').tags.set('latest', digest(other)),
      },
    });
    const first = await fetch(`${fake.url}/v2/team/moved/manifests/latest`, { headers: ACCEPT });
    expect(first.headers.get('docker-content-digest')).toBe(digest(other));
    expect(await first.text()).toBe(other);
    expect(fake.faults.count('meanwhile')).toBe(1);
  });
});

describe('the OCI registry emulator against the real registry', () => {
  it('answers the same session with the same statuses, headers and error codes', async () => {
    const expected = await session(real.url);
    const actual = await session(fake.url);
    // The real registry's referrers "API" is Go's plain-text 404; the emulator's off switch copies it.
    expect(actual).toEqual(expected);
  });
});
