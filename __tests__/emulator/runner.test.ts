import { evaluateDefault, parseFileCommand } from '../../src/emulator/runner.js';

describe('runner helpers', () => {
  it('parses plain and heredoc outputs', () => {
    const text = 'ok=true\nreport<<ghadelimiter_1\nline 1\nline=2\nghadelimiter_1\nempty=\n';
    expect(parseFileCommand(text)).toEqual({ ok: 'true', report: 'line 1\nline=2', empty: '' });
  });
  it('refuses an unterminated heredoc', () => {
    expect(() => parseFileCommand('a<<EOF\nx\n')).toThrow(/unterminated/);
  });
  it('evaluates github context defaults and refuses unknown expressions', () => {
    expect(evaluateDefault('${{ github.repository }}', { repository: 'o/r' })).toBe('o/r');
    expect(() => evaluateDefault('${{ secrets.X }}', {})).toThrow(/cannot evaluate/);
  });
});
