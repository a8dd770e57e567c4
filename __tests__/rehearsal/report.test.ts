/*
 * What the rehearsal prints for a step: its inputs, as a runner's log shows them, with the
 * password and token inputs masked (docker/login-action's password is the job's token).
 */
import { printStep, wrap } from '../../src/rehearsal/report.js';

it('prints the inputs of a step, masking passwords and tokens', () => {
  const lines: string[] = [];
  printStep(
    {
      phase: 'start',
      record: {
        job: 'image',
        index: 1,
        label: 'docker/login-action',
        kind: 'stand-in',
        added: {},
        with: {
          registry: '127.0.0.1:5000',
          username: 'octo-org',
          password: 'ghs_secret',
          'github-token': 'ghs_secret',
        },
      },
    },
    (line) => lines.push(line),
  );
  expect(lines).toEqual([
    '▶ image · docker/login-action  [uses]',
    '    with registry: 127.0.0.1:5000',
    '    with username: octo-org',
    '    with password: ***',
    '    with github-token: ***',
  ]);
});

it("shows a failed row's detail whole, wrapped under it (its fix is what a person acts on), and a passed row's clipped", () => {
  const lines: string[] = [];
  const fix = 'Fix: ' + 'turn the setting on '.repeat(12).trim() + '.';
  printStep(
    {
      phase: 'end',
      record: {
        job: 'audit',
        index: 1,
        label: 'audit-settings',
        kind: 'sealed-release',
        action: 'audit-settings',
        added: {},
        with: {},
        code: 1,
        outputs: {},
        stdout: '',
        stderr: '',
        summary: [
          '## audit-settings ❌ failed',
          '',
          '| check | result | detail |',
          '| --- | --- | --- |',
          `| sha-pinning | ❌ fail | failed: not required. ${fix} |`,
          `| tag-trigger | ✅ pass | ${'no finding '.repeat(20).trim()} |`,
        ].join('\n'),
      },
    },
    (line) => lines.push(line),
  );
  expect(lines[0]).toBe('  ✗ exit 1 — audit-settings ❌ failed');
  const failed = lines.slice(1, -1);
  expect(failed.length).toBeGreaterThan(1);
  expect(failed[0]).toMatch(/^ {6}✗ sha-pinning {2}failed: not required\. Fix:/);
  for (const more of failed.slice(1)) expect(more).toMatch(/^ {21}\S/);
  expect(failed.map((l) => l.slice(21)).join(' ')).toBe(`failed: not required. ${fix}`);
  expect(lines.at(-1)).toMatch(/^ {6}✓ tag-trigger {2}no finding .*…$/);
  expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
  expect(wrap('a-very-long-word x', 5)).toEqual(['a-very-long-word', 'x']);
});
