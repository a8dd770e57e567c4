/*
 * Faults the OCI registry emulator injects, each a way a registry (or what stands between the
 * runner and it) can lie or fail, so every check of the client has a test where it must say no.
 */

import type { OciRegistryState } from './state.js';

/** What a request is about. */
export type OciTarget = 'manifest' | 'blob' | 'upload' | 'tags' | 'referrers' | 'token';

export type OciFault =
  /** `Docker-Content-Digest` names another digest than the bytes (GET, HEAD and PUT answers). */
  | { kind: 'lying-digest' }
  /** A GET serves other bytes than the ones stored (one byte flipped), with the stored digest in the headers. */
  | { kind: 'wrong-body' }
  /** A 429 with `Retry-After: retryAfter` seconds (default 1). */
  | { kind: 'rate-limit'; retryAfter?: number }
  /** Answer with this status instead (503 by default). */
  | { kind: 'status'; status?: number }
  /** A 401 with the challenge although the token was good: it expired between two requests. */
  | { kind: 'expired-token' }
  /**
   * Changes the registry's state just before the request is answered, as another writer would
   * between two of the client's requests: a tag moved by a concurrent promoter, a manifest
   * re-wrapped under the tag, a referrer deleted. The request is then answered as usual.
   */
  | { kind: 'meanwhile'; run: (state: OciRegistryState) => void };

export interface OciFaultRule {
  target: OciTarget;
  fault: OciFault;
  /** Only for this method (default: any). */
  method?: string;
  /** How many requests it applies to (default: every one). */
  times?: number;
}

/** The active faults; the first rule that matches a request is used (and counted down). */
export class OciFaults {
  private rules: OciFaultRule[] = [];
  /** Faults applied so far, by kind: a fault that never fired proves nothing. */
  readonly applied = new Map<OciFault['kind'], number>();

  add(rule: OciFaultRule): void {
    this.rules.push({ ...rule, times: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  count(kind?: OciFault['kind']): number {
    if (kind) return this.applied.get(kind) ?? 0;
    return [...this.applied.values()].reduce((a, b) => a + b, 0);
  }

  /** The fault for this request, if any, counting it. */
  take(target: OciTarget, method: string): OciFault | undefined {
    const rule = this.rules.find(
      (r) => r.target === target && (r.method === undefined || r.method === method) && (r.times ?? 0) > 0,
    );
    if (!rule) return undefined;
    rule.times = (rule.times ?? 0) - 1;
    this.applied.set(rule.fault.kind, (this.applied.get(rule.fault.kind) ?? 0) + 1);
    return rule.fault;
  }
}
