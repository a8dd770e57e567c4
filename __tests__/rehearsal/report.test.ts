/*
 * What the rehearsal prints for a step: its inputs, as a runner's log shows them, with the
 * password and token inputs masked (docker/login-action's password is the job's token).
 */
import { printStep } from '../../src/rehearsal/report.js';

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
