/*
 * Faults: the emulator can fail or lie on purpose, per operation, so that every retry, timeout
 * and re-check of the product has a test in which it must act. Most faults make the request
 * fail (the dispatcher applies them to any route); the lying ones answer 2xx with a body that
 * still matches the OpenAPI description and only the routes that declare them honour them.
 */
import * as json from './json.js';
import { HttpAnswer } from './http.js';

/**
 * How a fault breaks an answer. Most make the request fail; two make GitHub lie while
 * answering 2xx with a body that still matches the OpenAPI description, so that the product's
 * own re-checks are exercised:
 * - `unfiltered` (`actions/list-workflow-runs`): the `head_sha`, `event`, `branch` and
 *   `status` filters are ignored and the runs of every workflow of the repository are listed,
 *   forks' runs included;
 * - `wrong-digest` (`repos/upload-release-asset`): the stored asset reports a `digest` that is
 *   not the sha256 of the bytes received, in the upload's answer and in every later listing.
 */
export type FaultKind =
  | 'status'
  | 'rate-limit'
  | 'secondary-rate-limit'
  | 'reset'
  | 'slow'
  | 'truncate'
  | 'unfiltered'
  | 'wrong-digest';

/**
 * The kinds that only a route can apply (they change what it answers). Adding one of them for
 * an operation whose route does not declare it throws, so a test cannot pass because its lie
 * was silently never told.
 */
export const ROUTE_FAULTS: readonly FaultKind[] = ['unfiltered', 'wrong-digest'];

/** A fault to inject; it applies to the next `times` matching requests. */
export interface FaultSpec {
  /** operationId (e.g. `actions/list-workflow-runs`) or `download` for the signed download URL. */
  operation?: string;
  /** Further narrowing, e.g. `(q) => q.get('page') === '2'`. */
  when?: (query: URLSearchParams, method: string, path: string) => boolean;
  kind: FaultKind;
  /** How many matching requests it hits (default 1; Infinity for every one). */
  times?: number;
  /** `status`: the status to answer (default 502). */
  status?: number;
  /** `rate-limit`/`secondary-rate-limit`: the Retry-After seconds (default 1). */
  retryAfter?: number;
  /** `slow`: delay before answering, in ms. */
  delayMs?: number;
  /** `truncate`: bytes of the body sent before the connection is cut; `reset` on an upload: bytes read first. */
  bytes?: number;
  /** `status` on an upload: leave a `starter` asset, as GitHub's 502 can. */
  leaveStarter?: boolean;
  /** `wrong-digest`: the `sha256:<hex>` to report (default: the sha256 of other bytes). */
  digest?: string;
}

/** A fault with the number of requests it still hits. */
export interface ActiveFault extends FaultSpec {
  remaining: number;
}

/** The faults of one emulator, as tests see them (`gh.faults`). */
export interface FaultControl {
  add(spec: FaultSpec): void;
  clear(): void;
  readonly active: readonly FaultSpec[];
}

/** The fault list: tests add faults, the dispatcher takes the first that matches a request. */
export class Faults implements FaultControl {
  private readonly list: ActiveFault[] = [];

  /** @param check refuses a spec no route can honour (throws with the reason). */
  constructor(private readonly check: (spec: FaultSpec) => void = () => undefined) {}

  add(spec: FaultSpec): void {
    this.check(spec);
    this.list.push({ ...spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.list.length = 0;
  }

  get active(): readonly FaultSpec[] {
    return this.list.filter((f) => f.remaining > 0);
  }

  /** The first fault that matches this request, counted as used. */
  take(operationId: string, query: URLSearchParams, method: string, path: string): ActiveFault | undefined {
    const fault = this.list.find(
      (f) =>
        f.remaining > 0 &&
        (!f.operation || f.operation === operationId) &&
        (!f.when || f.when(query, method, path)),
    );
    if (fault) fault.remaining--;
    return fault;
  }
}

/** The answer of a fault that replaces the whole answer (`status`, rate limits); else undefined. */
export function faultAnswer(fault: FaultSpec): HttpAnswer | undefined {
  switch (fault.kind) {
    case 'rate-limit':
      return new HttpAnswer(429, json.errorBody(429, 'API rate limit exceeded for installation.'), {
        'retry-after': String(fault.retryAfter ?? 1),
      });
    case 'secondary-rate-limit':
      return new HttpAnswer(
        403,
        json.errorBody(
          403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        ),
        { 'retry-after': String(fault.retryAfter ?? 1) },
      );
    case 'status': {
      const status = fault.status ?? 502;
      return new HttpAnswer(status, json.errorBody(status, status === 502 ? 'Bad Gateway' : 'Server Error'));
    }
    default:
      return undefined;
  }
}
