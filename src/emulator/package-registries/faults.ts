/*
 * Faults the registry emulator can inject, so the client's every refusal can be exercised:
 * a 5xx storm, a 429 with Retry-After, a connection reset, an answer slower than the client's
 * timeout, malformed JSON, a truncated listing or download, a tampered mirror (bytes that differ
 * from the published digest).
 */
export type PackageRegistryName = 'pypi' | 'crates' | 'npm';
export type Target = 'metadata' | 'download';

export type Fault =
  /** Answer with this status instead (503 by default): a 5xx storm when `times` is large. */
  | { kind: 'status'; status?: number }
  /** A 429 with `Retry-After: retryAfter` seconds (default 1). */
  | { kind: 'rate-limit'; retryAfter?: number }
  /** The connection is destroyed before any answer. */
  | { kind: 'reset' }
  /** The answer is held back `delayMs` ms (default 1000), as a server slower than the client's timeout. */
  | { kind: 'slow'; delayMs?: number }
  /** metadata: a 200 whose body is cut-off JSON. */
  | { kind: 'malformed' }
  /** Announce the full Content-Length, send `bytes` (default half), then cut the connection. */
  | { kind: 'truncate'; bytes?: number }
  /** download: announce and send a body of `bytes` bytes only, as if it were whole. */
  | { kind: 'short'; bytes?: number }
  /** download: serve bytes that differ from the published ones (one byte flipped), same length. */
  | { kind: 'tamper' };

export interface FaultRule {
  registry: PackageRegistryName;
  target: Target;
  fault: Fault;
  /** How many requests it applies to (default: every one). */
  times?: number;
}

/** The active faults; the first rule that matches a request is used (and counted down). */
export class Faults {
  private rules: FaultRule[] = [];
  /**
   * Faults applied so far, by kind (never reset by `clear`): a matrix cell reads it to tell that
   * its fault really fired, since a fault that never fired proves nothing.
   */
  readonly applied = new Map<Fault['kind'], number>();

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, times: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** How many requests a fault was applied to (of one kind, or of any). */
  count(kind?: Fault['kind']): number {
    if (kind) return this.applied.get(kind) ?? 0;
    return [...this.applied.values()].reduce((a, b) => a + b, 0);
  }

  /** The fault for this request, if any, counting it. */
  take(registry: PackageRegistryName, target: Target): Fault | undefined {
    const rule = this.rules.find((r) => r.registry === registry && r.target === target && (r.times ?? 0) > 0);
    if (!rule) return undefined;
    rule.times = (rule.times ?? 0) - 1;
    this.applied.set(rule.fault.kind, (this.applied.get(rule.fault.kind) ?? 0) + 1);
    return rule.fault;
  }
}
