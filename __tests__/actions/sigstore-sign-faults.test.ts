/*
 * sigstore-sign (the shipped bundle) under the Sigstore emulator's connection faults: a reset
 * or an answer slower than the request timeout is retried to success; a service that never
 * answers in time makes the step fail clearly within the timeouts (no hang) and write no bundle.
 * The waits are shortened through SEALED_RELEASE_REQUEST_TIMEOUT_MS / SEALED_RELEASE_RETRY_MS,
 * which the product must honour for the Sigstore requests too (else these runs wait 30 s each).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { startSigstore, type Service } from '../../src/emulator/sigstore/index.js';
import { root, workspaceWith } from '../helpers/sigstore.js';
import { useServer } from '../helpers/servers.js';

const sigstore = useServer('sigstore', startSigstore);

const TIMEOUT_MS = 400;

function sign(workspace: string): Promise<RunResult> {
  return runAction('sigstore-sign', {
    root,
    workspace,
    inputs: {
      files: 'dist/*',
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
      'tsa-url': sigstore.tsaURL,
      'trusted-root': sigstore.trustedRootPath,
    },
    env: {
      ...sigstore.runnerEnv(),
      SEALED_RELEASE_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
      SEALED_RELEASE_RETRY_MS: '10',
    },
    timeoutMs: 60_000,
  });
}

/** A clear failure: exit 1, an ::error line, no stack trace. */
function failedClearly(r: RunResult): boolean {
  return (
    r.code === 1 && /^::error/m.test(r.stdout) && !/\n\s+at .+:\d+:\d+\)?/.test(`${r.stdout}\n${r.stderr}`)
  );
}

afterEach(() => sigstore.clearFaults());

const SERVICES: Service[] = ['oidc', 'fulcio', 'rekor', 'tsa'];

describe('sigstore-sign under connection faults', () => {
  it('survives a reset of every service at once (each retried once), and the bundle verifies', async () => {
    const ws = workspaceWith({ 'dist/a': 'a' });
    const before = { ...sigstore.applied };
    for (const service of SERVICES) sigstore.fault(service, { kind: 'reset' });
    const r = await sign(ws);
    expect(r.code).toBe(0);
    for (const service of SERVICES) expect(sigstore.applied[service] - before[service]).toBe(1);
    expect(sigstore.faultsFired()).toBe(true);
    expect(fs.existsSync(path.join(ws, 'dist/a.sigstore.json'))).toBe(true);
  });

  it('survives an answer slower than the request timeout from every service (each retried once)', async () => {
    const ws = workspaceWith({ 'dist/a': 'a' });
    for (const service of SERVICES) sigstore.fault(service, { kind: 'slow', delayMs: TIMEOUT_MS * 4 });
    const started = Date.now();
    const r = await sign(ws);
    expect(r.code).toBe(0);
    expect(sigstore.faultsFired()).toBe(true);
    // The timeouts, not the held answers, set the pace: the step did not wait them out.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(fs.existsSync(path.join(ws, 'dist/a.sigstore.json'))).toBe(true);
  });

  it.each(['fulcio', 'rekor', 'oidc'] as const)(
    'fails clearly, within the timeouts and writing no bundle, when %s never answers in time',
    async (service) => {
      const ws = workspaceWith({ 'dist/a': 'a' });
      // Longer than every attempt together: only the client's own timeout can end the wait.
      sigstore.fault(service, { kind: 'slow', delayMs: 30_000, times: 100 });
      const started = Date.now();
      const r = await sign(ws);
      const elapsed = Date.now() - started;
      sigstore.clearFaults();
      expect(failedClearly(r)).toBe(true);
      // A service that does not answer is an outage, named as such, not a crash of ours.
      expect(r.stdout).not.toMatch(/Internal error/);
      expect(r.stdout).toMatch(
        service === 'oidc' ? /OIDC endpoint did not answer after 4 attempt/ : /network timeout/,
      );
      // 4 attempts of TIMEOUT_MS plus short backoffs and start-up; a product that ignored the
      // shortened timeout would wait 30 s on the first attempt.
      expect(elapsed).toBeLessThan(15_000);
      expect(fs.readdirSync(path.join(ws, 'dist'))).toEqual(['a']);
      for (const token of sigstore.issued) expect(visibleText(r)).not.toContain(token);
    },
    40_000,
  );

  it('Rekor logs the entry but the answer is lost: the retry meets 409 and reads that entry; the bundle verifies', async () => {
    const ws = workspaceWith({ 'dist/a': 'a' });
    const before = sigstore.counts.rekor;
    sigstore.fault('rekor', { kind: 'lost' });
    const r = await sign(ws);
    expect(r.code).toBe(0);
    // POST (logged, answer lost), POST (409), GET of the entry: logged once, never twice.
    expect(sigstore.counts.rekor - before).toBe(3);
    expect(fs.existsSync(path.join(ws, 'dist/a.sigstore.json'))).toBe(true);
  });

  it.each(['fulcio', 'rekor'] as const)(
    'an answer from %s cut mid-body fails clearly with no bundle, and a clean re-run signs',
    async (service) => {
      const ws = workspaceWith({ 'dist/a': 'a' });
      sigstore.fault(service, { kind: 'truncate', bytes: 20, times: 100 });
      const r = await sign(ws);
      sigstore.clearFaults();
      expect(failedClearly(r)).toBe(true);
      expect(r.stdout).not.toMatch(/Internal error/);
      expect(fs.readdirSync(path.join(ws, 'dist'))).toEqual(['a']);
      const again = await sign(ws);
      expect(again.code).toBe(0);
      expect(fs.existsSync(path.join(ws, 'dist/a.sigstore.json'))).toBe(true);
    },
    40_000,
  );

  it("a token answer cut mid-body is asked for again (the runner's endpoint is a GET)", async () => {
    const ws = workspaceWith({ 'dist/a': 'a' });
    sigstore.fault('oidc', { kind: 'truncate', bytes: 20 });
    const r = await sign(ws);
    expect(r.code).toBe(0);
    expect(sigstore.faultsFired()).toBe(true);
    // Both tokens, the cut one included, stay out of everything the run shows.
    for (const token of sigstore.issued) expect(visibleText(r)).not.toContain(token);
  });

  it('fails clearly when a service resets every connection, writing no bundle', async () => {
    const ws = workspaceWith({ 'dist/a': 'a' });
    sigstore.fault('fulcio', { kind: 'reset', times: 100 });
    const r = await sign(ws);
    expect(failedClearly(r)).toBe(true);
    expect(r.stdout).toMatch(/signing failed/);
    expect(fs.readdirSync(path.join(ws, 'dist'))).toEqual(['a']);
  });
});
