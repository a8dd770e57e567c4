/*
 * stage-release's inputs, parsed in-process (pure parseInputs): every bad input of a run reported
 * at once, each naming the input, the value and the accepted form. The bundle is spawned once per
 * refusal class in stage-release.test.ts.
 */
import { problemsOf, reader } from '../helpers/inputs.js';
import * as stageRelease from '../../src/actions/stage-release/inputs.js';

// Kept alike on purpose (docs/ARCHITECTURE.md): the same two fixtures as sbom-attach-inputs, one action's inputs per file.
const TAG_REF = { GITHUB_REF: 'refs/tags/v1.2.3' };
const BASE = { 'github-token': 'ghs_x', repository: 'octo-org/app' };

describe('stage-release parseInputs', () => {
  const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = TAG_REF) =>
    stageRelease.parseInputs(reader({ ...BASE, ...inputs }), env);

  it('reads the defaults: the tag from GITHUB_REF, prerelease auto, no target', () => {
    expect(parse({ files: 'dist/*\n# a comment\n\nSHA256SUMS' })).toEqual({
      token: 'ghs_x',
      repository: { owner: 'octo-org', repo: 'app' },
      tag: 'v1.2.3',
      files: ['dist/*', 'SHA256SUMS'],
      notesPath: undefined,
      name: undefined,
      target: undefined,
      prerelease: 'auto',
    });
  });

  it('reads every input given', () => {
    const target = 'A'.repeat(40);
    expect(
      parse({
        files: 'a',
        tag: 'refs/tags/v2.0.0-rc.1',
        'notes-path': 'NOTES.md',
        name: 'Two',
        target,
        prerelease: 'False',
      }),
    ).toMatchObject({
      tag: 'v2.0.0-rc.1',
      notesPath: 'NOTES.md',
      name: 'Two',
      target: 'a'.repeat(40),
      prerelease: false,
    });
  });

  it('reports every problem at once, each naming the input, the value and the form', () => {
    const found = problemsOf(() =>
      stageRelease.parseInputs(
        reader({
          'github-token': ' ',
          repository: 'not a repo',
          files: 'a.zip, b.zip',
          target: 'abc123',
          prerelease: 'yes',
        }),
        { GITHUB_REF: 'refs/heads/main' },
      ),
    );
    expect(found).toEqual([
      expect.stringMatching(/^Input 'github-token' is required/),
      "Input 'repository' must be 'owner/name', got 'not a repo'.",
      expect.stringMatching(/^Input 'tag' is not set and GITHUB_REF \('refs\/heads\/main'\) is not a tag/),
      expect.stringMatching(
        /^Input 'files' takes one item a line, not a comma-separated list: got 'a\.zip, b\.zip'/,
      ),
      "Input 'target' must be a full 40-character hexadecimal commit SHA, got 'abc123'.",
      expect.stringMatching(/^Input 'prerelease' must be auto, true or false .*got 'yes'\.$/),
    ]);
  });

  it('requires files, and refuses a tag git would refuse', () => {
    expect(problemsOf(() => parse({ files: '\n# none\n', tag: 'v1..2' }))).toEqual([
      expect.stringMatching(/^Input 'tag' must be a git tag name .*got 'v1\.\.2'\.$/),
      "Input 'files' is required: give the files to attach as globs, one a line.",
    ]);
  });
});
