/*
 * Asking a source until it serves the version: only "not there yet" is asked again, until
 * `propagation-timeout`; every other answer ends the polling at once.
 */
import { setTimeout as defaultSleep } from 'node:timers/promises';
import { messageWithFix } from '../errors.js';
import type { Lookup, Source } from './source.js';

/** A source's answer, or why it could not be read. */
export type Polled = Lookup | { state: 'error'; detail: string };

/** How long and how often to ask. */
export interface PollOptions {
  /** How long to keep polling a reference that does not serve the version yet (0: ask once). */
  propagationTimeoutMs: number;
  pollMs: number;
  log: (line: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Asks a source until it serves the version or the deadline passes. A DigestSourceError
 * (malformed metadata, a 5xx storm outliving the retries) ends the polling at once: waiting
 * does not fix a broken answer, and treating it as "not there yet" could let canonicalize hand
 * on local bytes for a version the registry already owns.
 */
export async function poll(source: Source, options: PollOptions): Promise<{ lookup: Polled; polls: number }> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const deadline = now() + options.propagationTimeoutMs;
  for (let polls = 1; ; polls++) {
    let lookup: Lookup;
    try {
      lookup = await source.lookup();
    } catch (error) {
      // A known failure (a registry's 401/403) carries its fix into the row.
      return { lookup: { state: 'error', detail: messageWithFix(error) }, polls };
    }
    if (lookup.state !== 'pending') return { lookup, polls };
    const left = deadline - now();
    if (left <= 0) return { lookup, polls };
    options.log(`${source.reference.raw}: ${lookup.detail}; asking again (${Math.ceil(left / 1000)} s left)`);
    await sleep(Math.min(options.pollMs, left));
  }
}
