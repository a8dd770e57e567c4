/*
 * Image references by distribution's reference grammar and Docker Hub normalisation
 * (reference.go, normalize.go): what parses, to what, and what is refused with the accepted form.
 */
import fc from 'fast-check';
import {
  formatReference,
  parseReference,
  parseRepository,
  registryBaseUrl,
} from '../../../src/core/oci/reference.js';

const HEX = 'a'.repeat(64);

describe('parseReference', () => {
  it.each([
    ['ghcr.io/owner/app:1.2.3', { registry: 'ghcr.io', repository: 'owner/app', tag: '1.2.3' }],
    [
      `ghcr.io/owner/app@sha256:${HEX}`,
      { registry: 'ghcr.io', repository: 'owner/app', digest: `sha256:${HEX}` },
    ],
    [
      `ghcr.io/owner/app:v1@sha256:${HEX}`,
      { registry: 'ghcr.io', repository: 'owner/app', tag: 'v1', digest: `sha256:${HEX}` },
    ],
    ['127.0.0.1:5000/a/b/c:latest', { registry: '127.0.0.1:5000', repository: 'a/b/c', tag: 'latest' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/app:x', { registry: 'localhost:5000', repository: 'app', tag: 'x' }],
    ['[::1]:5000/app', { registry: '[::1]:5000', repository: 'app' }],
    // Docker Hub: no registry part, a one-component name under library/, index.docker.io is docker.io.
    ['alpine', { registry: 'docker.io', repository: 'library/alpine' }],
    ['alpine:3.20', { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' }],
    ['user/app', { registry: 'docker.io', repository: 'user/app' }],
    ['docker.io/alpine', { registry: 'docker.io', repository: 'library/alpine' }],
    ['index.docker.io/user/app', { registry: 'docker.io', repository: 'user/app' }],
    ['my_org/app.name__x-y', { registry: 'docker.io', repository: 'my_org/app.name__x-y' }],
    // A first component with upper case is a host (normalize.go), the rest must be lower case.
    ['Registry/app', { registry: 'Registry', repository: 'app' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  it.each([
    ['ghcr.io/Owner/app', 'lower-case components'],
    ['ghcr.io/owner/app:', 'tag outside'],
    ['ghcr.io/owner/app:-x', 'tag outside'],
    [`ghcr.io/owner/app:${'t'.repeat(129)}`, 'tag outside'],
    ['ghcr.io/owner/app@sha256:ABC', 'not sha256'],
    [`ghcr.io/owner/app@sha512:${'a'.repeat(128)}`, 'not sha256'],
    [`ghcr.io/owner/app@sha256:${'A'.repeat(64)}`, 'not sha256'],
    ['ghcr.io/owner//app', 'lower-case components'],
    ['ghcr.io/owner/app_', 'lower-case components'],
    ['ghcr.io/owner/-app', 'lower-case components'],
    ['-host.io/app', 'registry that is not'],
    ['', 'lower-case components'],
    [`ghcr.io/${'a'.repeat(250)}`, 'longer than 255'],
  ])('refuses %s', (text, why) => {
    expect(() => parseReference(text, 'image')).toThrow(why);
    expect(() => parseReference(text, 'image')).toThrow(
      'expected REGISTRY/NAME:TAG or REGISTRY/NAME@sha256:<64 hex>',
    );
  });

  it('quotes the value it refuses, escaped and cut', () => {
    expect(() => parseReference(`ghcr.io/a\n::error::x${'y'.repeat(200)}`, 'image')).toThrow(
      /^image "ghcr.io\/a\\n::error::xy+…"/,
    );
  });

  it('formats what it parses back to the same reference (property)', () => {
    const component = fc.stringMatching(/^[a-z0-9]+(?:[._-][a-z0-9]+)?$/);
    fc.assert(
      fc.property(
        fc.array(component, { minLength: 1, maxLength: 3 }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/), { nil: undefined }),
        (parts, tag) => {
          const text = `ghcr.io/${parts.join('/')}${tag === undefined ? '' : `:${tag}`}`;
          expect(formatReference(parseReference(text))).toBe(text);
        },
      ),
    );
  });
});

describe('parseRepository', () => {
  it('refuses a tag or a digest', () => {
    expect(parseRepository('ghcr.io/o/app')).toEqual({ registry: 'ghcr.io', repository: 'o/app' });
    expect(() => parseRepository('ghcr.io/o/app:1', 'image')).toThrow(
      'names a tag or digest; expected REGISTRY/NAME',
    );
  });
});

describe('registryBaseUrl', () => {
  it('is https, plain http only on loopback, and Docker Hub at registry-1', () => {
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
    expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('[::1]:5000')).toBe('http://[::1]:5000');
    expect(registryBaseUrl('registry.local:5000')).toBe('https://registry.local:5000');
  });
});
