/*
 * undraft's inputs, parsed in-process (pure parseInputs); the bundle is spawned once per refusal
 * class in undraft.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { INPUT_NAMES, parseInputs, REFUSAL_OUTPUTS } from '../../src/actions/undraft/inputs.js';
import { reader } from '../helpers/inputs.js';

const root = path.resolve(import.meta.dirname, '../..');
const BASE = { 'github-token': 't', repository: 'o/r', tag: 'v1.2.3', 'expected-assets': 'app.tgz' };

describe('undraft inputs', () => {
  it('INPUT_NAMES is exactly the inputs of action.yml', () => {
    const yml = parse(fs.readFileSync(path.join(root, 'undraft/action.yml'), 'utf8')) as { inputs: object };
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(yml.inputs).sort());
  });

  it('a refused configuration sets every output of action.yml', () => {
    const yml = parse(fs.readFileSync(path.join(root, 'undraft/action.yml'), 'utf8')) as { outputs: object };
    expect(Object.keys(REFUSAL_OUTPUTS).sort()).toEqual(Object.keys(yml.outputs).sort());
  });

  it('defaults', () => {
    const inputs = parseInputs(reader(BASE));
    expect(inputs).toMatchObject({
      tag: 'v1.2.3',
      expectedAssets: ['app.tgz'],
      exact: false,
      requireSignatures: true,
      verifySignatures: false,
      bundleSuffix: '.sigstore.json',
      makeLatest: 'auto',
      prerelease: 'auto',
      verifyAttestation: 'auto',
      attestationTimeoutMs: 120_000,
      certificateIssuer: 'https://token.actions.githubusercontent.com',
    });
  });

  it('YAML 1.2 booleans in the tri-state inputs', () => {
    expect(parseInputs(reader({ ...BASE, 'make-latest': 'True', prerelease: 'FALSE' }))).toMatchObject({
      makeLatest: 'true',
      prerelease: 'false',
    });
  });

  it('collects every error at once, naming input, value and accepted form', () => {
    let message = '';
    try {
      parseInputs(
        reader({
          repository: 'nope',
          tag: 'v1.2.3',
          'expected-assets': 'dist/app.tgz',
          exact: 'yes',
          'attestation-timeout': 'soon',
          'verify-release-attestation': 'always',
          'bundle-suffix': '../x',
        }),
      );
    } catch (error) {
      message = (error as Error).message;
    }
    for (const part of [
      "'github-token' is required",
      "'repository' must be 'owner/name', got 'nope'",
      "'dist/app.tgz' contains '/'",
      "'exact' must be a boolean",
      "'attestation-timeout' must be a duration",
      "'verify-release-attestation' must be one of 'auto', 'true', 'false', got 'always'",
      "'bundle-suffix' must be a file-name suffix",
    ]) {
      expect(message).toContain(part);
    }
  });
});
