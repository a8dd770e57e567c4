/*
 * Faults the registry emulator can inject, so the client's every refusal can be exercised:
 * a 5xx storm, malformed JSON, a truncated download, a tampered mirror (bytes that differ from
 * the published digest).
 */
export type RegistryName = 'pypi' | 'crates' | 'npm';
export type Target = 'metadata' | 'download';

export type Fault =
  /** Answer with this status instead (503 by default): a 5xx storm when `times` is large. */
  | { kind: 'status'; status?: number }
  /** metadata: a 200 whose body is cut-off JSON. */
  | { kind: 'malformed' }
  /** download: announce the full Content-Length, send `bytes`, then cut the connection. */
  | { kind: 'truncate'; bytes?: number }
  /** download: announce and send a body of `bytes` bytes only, as if it were whole. */
  | { kind: 'short'; bytes?: number }
  /** download: serve bytes that differ from the published ones (one byte flipped), same length. */
  | { kind: 'tamper' };

export interface FaultRule {
  registry: RegistryName;
  target: Target;
  fault: Fault;
  /** How many requests it applies to (default: every one). */
  times?: number;
}

/** The active faults; the first rule that matches a request is used (and counted down). */
export class Faults {
  private rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, times: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if any, counting it. */
  take(registry: RegistryName, target: Target): Fault | undefined {
    const rule = this.rules.find((r) => r.registry === registry && r.target === target && (r.times ?? 0) > 0);
    if (!rule) return undefined;
    rule.times = (rule.times ?? 0) - 1;
    return rule.fault;
  }
}
