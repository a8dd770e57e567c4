import { Report, escapeCell } from '../../../src/core/action/report.js';
import { redact, registerSecret } from '../../../src/core/action/secrets.js';

describe('Report', () => {
  it('is not ok when empty, ok when every row passed, not ok with one failure', () => {
    const r = new Report('guard');
    expect(r.ok).toBe(false);
    r.pass('a', 'fine');
    expect(r.ok).toBe(true);
    r.fail('b', 'broken', { file: 'CHANGELOG.md', line: 3 });
    expect(r.ok).toBe(false);
  });

  it('lists every failure in the message, and the summary renders the same rows', () => {
    const r = new Report('guard');
    r.fail('tag', 'not SemVer');
    r.pass('event', 'push');
    r.fail('changelog', 'no section', { file: 'CHANGELOG.md', line: 7 });
    expect(r.failureMessage()).toBe('guard: 2 checks failed:\n- tag: not SemVer\n- changelog: no section');
    const md = r.markdown();
    expect(md).toContain('| tag | ❌ fail | not SemVer |');
    expect(md).toContain('| event | ✅ pass | push |');
    expect(md).toContain('no section (CHANGELOG.md:7)');
  });

  it('escapes table cells', () => {
    expect(escapeCell('a|b\nc<d>')).toBe('a\\|b<br>c&lt;d&gt;');
  });

  it('never shows a registered secret', () => {
    registerSecret('s3cr3t-token-value');
    const r = new Report('x');
    r.fail('auth', 'request with s3cr3t-token-value failed');
    expect(r.failureMessage()).not.toContain('s3cr3t');
    expect(r.markdown()).not.toContain('s3cr3t');
    expect(redact('s3cr3t-token-value')).toBe('***');
  });
});
