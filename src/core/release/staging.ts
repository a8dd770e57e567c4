import { messageOf } from '../errors.js';
import { publishReport, type Report } from '../action/report.js';
import type { AssetOutcome, StageOptions } from '../github/stage-asset.js';

/**
 * Waiting and retry settings for the asset core. The defaults suit GitHub; the
 * `SEALED_RELEASE_POLL_MS` / `SEALED_RELEASE_CONCURRENT_WAIT_MS` variables shorten them for the
 * loopback tests and the rehearsal.
 */
export function stageOptionsFromEnv(log: (line: string) => void): StageOptions {
  const num = (name: string): number | undefined => {
    const raw = process.env[name];
    return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
  };
  return {
    pollMs: num('SEALED_RELEASE_POLL_MS'),
    concurrentWaitMs: num('SEALED_RELEASE_CONCURRENT_WAIT_MS'),
    log,
  };
}

/** The `assets` output: one object per local file, in input order. */
export function assetsJson(outcomes: AssetOutcome[]): string {
  return JSON.stringify(
    outcomes.map((o) => ({
      file: o.local.display,
      'requested-name': o.local.requestedName,
      name: o.asset?.name ?? o.local.name,
      result: o.action,
      id: o.asset?.id ?? null,
      url: o.asset?.browser_download_url ?? null,
      size: o.local.size,
      sha256: o.local.sha256,
      'content-type': o.local.contentType,
      detail: o.detail,
    })),
  );
}

/**
 * Runs the local checks (inputs, files, names, sizes). A refusal is written to the job summary
 * as an `inputs` row and then rethrown unchanged, so the error boundary still reports it as a
 * configuration error: every run leaves a summary, refusals included.
 */
export async function refuseWithSummary<T>(report: Report, checks: () => Promise<T>): Promise<T> {
  try {
    return await checks();
  } catch (error) {
    report.fail('inputs', messageOf(error));
    await publishReport(report);
    throw error;
  }
}
