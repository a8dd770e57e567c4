import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../../../src/core/errors.js';
import { MAX_BODY_CHARS, readJobText, readNotes } from '../../../src/core/release/notes.js';
import { workspace } from '../../helpers/workspace.js';

describe('release notes from a job file', () => {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = { ...process.env };
  });
  afterEach(() => {
    process.env = saved;
  });

  it('reads UTF-8 notes from the workspace and from RUNNER_TEMP, a "..name" file included', () => {
    const ws = workspace({ 'notes.md': '## 1.0.0\n- Ünïcode ✓\n' });
    const temp = workspace({ '..notes.md': 'from the guard\n' });
    process.env.GITHUB_WORKSPACE = ws;
    process.env.RUNNER_TEMP = temp;
    expect(readNotes('notes.md')).toBe('## 1.0.0\n- Ünïcode ✓\n');
    expect(readNotes(path.join(temp, '..notes.md'))).toBe('from the guard\n');
    expect(readNotes(undefined)).toBeUndefined();
  });

  it('refuses bytes that are not UTF-8, naming the input', () => {
    const ws = workspace({});
    fs.writeFileSync(path.join(ws, 'latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    process.env.GITHUB_WORKSPACE = ws;
    expect(() => readJobText('notes-path', 'latin1.md')).toThrow(ConfigurationError);
    expect(() => readNotes('latin1.md')).toThrow(/Input 'notes-path': 'latin1.md' is not UTF-8 text/);
  });

  it("refuses a body over GitHub's limit, and a path outside the job's folders", () => {
    const ws = workspace({ 'long.md': 'x'.repeat(MAX_BODY_CHARS + 1) });
    process.env.GITHUB_WORKSPACE = ws;
    expect(() => readNotes('long.md')).toThrow(/GitHub allows 125000/);
    expect(() => readNotes('../elsewhere.md')).toThrow(ConfigurationError);
  });
});
