/*
 * The image inputs: references by digest only (a tag alone or beside the digest is refused,
 * naming the form), duplicates counted once, and the registry credentials both or neither.
 */
import fc from 'fast-check';
import { ConfigurationError } from '../../../src/core/errors.js';
import { imageDigestList, parseImageDigest, registryInputs } from '../../../src/core/image/attest-inputs.js';
import { Inputs, objectInputReader } from '../../../src/core/inputs/index.js';

const D = `sha256:${'ab'.repeat(32)}`;

const problems = (fn: () => unknown): string[] => {
  try {
    fn();
    return [];
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
};

describe('image inputs', () => {
  it('reads a reference by digest, normalised as distribution does', () => {
    expect(parseImageDigest('images', `ghcr.io/octo/app@${D}`)).toEqual({
      registry: 'ghcr.io',
      repository: 'octo/app',
      digest: D,
    });
    expect(parseImageDigest('images', `alpine@${D}`)).toMatchObject({
      registry: 'docker.io',
      repository: 'library/alpine',
    });
  });

  it('refuses a tag, a tag beside a digest, another algorithm, and a bad name, naming the input and the form', () => {
    for (const bad of [
      'ghcr.io/octo/app:1.0.0',
      `ghcr.io/octo/app:1.0.0@${D}`,
      `ghcr.io/octo/app@sha512:${'a'.repeat(128)}`,
      `ghcr.io/Octo/App@${D}`,
    ]) {
      const [problem] = problems(() => parseImageDigest('images', bad));
      expect(problem).toContain("Input 'images'");
      expect(problem).toMatch(/sha256:<64/);
    }
  });

  it('reads a list: every bad line is its own problem, a repeated image is one', () => {
    const inputs = new Inputs(
      objectInputReader({ images: `ghcr.io/a/b@${D}\n# note\nghcr.io/a/b@${D}\nghcr.io/a/b:v1\nx y` }),
    );
    expect(imageDigestList(inputs, 'images')).toHaveLength(1);
    expect(problems(() => inputs.finish(undefined))).toHaveLength(2);
  });

  it('never accepts a reference without a digest', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,8}(\/[a-z0-9]{1,8}){0,2}(:[a-z0-9]{1,8})?$/), (name) => {
        expect(problems(() => parseImageDigest('images', name)).length).toBe(1);
      }),
    );
  });

  it('takes the registry credentials both or neither', () => {
    const read = (values: Record<string, string>) => {
      const inputs = new Inputs(objectInputReader(values));
      return { value: registryInputs(inputs), problems: problems(() => inputs.finish(undefined)) };
    };
    expect(read({})).toEqual({ value: {}, problems: [] });
    expect(read({ 'registry-username': 'u', 'registry-password': 'p' })).toEqual({
      value: { username: 'u', password: 'p' },
      problems: [],
    });
    expect(read({ 'registry-username': 'u' }).problems[0]).toContain(
      "'registry-username' is set and 'registry-password' is not",
    );
    expect(read({ 'registry-password': 'p' }).problems[0]).toContain(
      "'registry-password' is set and 'registry-username' is not",
    );
  });
});
