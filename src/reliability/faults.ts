/*
 * The faults of the matrix, as the emulators inject them, and which scenario each applies to.
 * A fault with no operation hits the first requests of the step, whatever they are; the others
 * aim at the request they break (a download, an upload, a listing).
 */
import type { FaultSpec } from '../emulator/github/index.js';
import type { SigstoreFault } from '../emulator/sigstore/index.js';
import { releaseAttestations } from '../emulator/github/attestations.js';
import type { Fault as RegistryFault, Target } from '../emulator/package-registries/index.js';
import { REPO, REQUEST_TIMEOUT_MS, type World } from './harness.js';
import { registryOf } from './scenarios.js';

export interface Fault {
  name: string;
  /** What it does, for the report. */
  what: string;
  /** Scenario names it applies to (others get "n/a" with `why`). */
  appliesTo: (scenario: string, action: string) => boolean;
  /** `scenario` tells byte-identity's registry scenarios (faults go to the registry emulator). */
  inject(world: World, action: string, scenario: string): void;
  /** Why the cell is n/a for actions it does not apply to. */
  why: (action: string) => string;
  /** A lie: only emulators that can tell it run the cell (probed first). */
  lie?: 'unfiltered' | 'wrong-digest';
  /** Whether the fault fired, for faults the request log cannot show (default: a logged fault). */
  applied?: (world: World) => boolean;
  /**
   * `fail`: while the fault lasts, the step must fail whatever the scenario (a missing seal is
   * never a pass); a pass is then a false pass. Default: the scenario's own truth.
   */
  truth?: 'fail';
}

const API = new Set([
  'require-ci-green',
  'preflight',
  'stage-release',
  'sbom-attach',
  'byte-identity',
  'undraft',
]);
const NO_NETWORK = (action: string) =>
  action === 'tag-semver-guard' || action === 'sigstore-verify'
    ? 'makes no request: nothing to fault'
    : 'not a request this action makes';

function gh(spec: FaultSpec): (world: World) => void {
  return (world) => world.gh.faults.add(spec);
}

const onApi = (_s: string, action: string) => API.has(action);
const onApiOrSigstore = (_s: string, action: string) => API.has(action) || action === 'sigstore-sign';

/**
 * sigstore-sign: the same fault once on each request kind it makes (the OIDC token GET, the
 * Fulcio certificate POST, the Rekor entry POST), so every retry path is crossed in one cell;
 * the cell counts as applied only when all three fired (SigstoreEmulator.faultsFired).
 */
function sigstoreEach(world: World, spec: SigstoreFault): void {
  for (const service of ['oidc', 'fulcio', 'rekor'] as const) world.sigstore.fault(service, spec);
}

/**
 * Adds `fault` to the registry a byte-identity scenario reads, once on each target: a transient
 * fault then hits both the metadata read and the download, which retry on their own.
 */
function registry(
  scenario: string,
  targets: Target[],
  fault: RegistryFault,
  times = 1,
): (world: World) => void {
  return (world) => {
    const name = registryOf(scenario);
    if (!name) throw new Error(`faults: '${scenario}' reads no registry`);
    for (const target of targets) world.registry.faults.add({ registry: name, target, fault, times });
  };
}
const BOTH: Target[] = ['metadata', 'download'];
/** A GitHub-only fault, for the registry scenarios' n/a cells. */
const notRegistry = (s: string) => registryOf(s) === undefined;

export const FAULTS: Fault[] = [
  {
    name: '5xx burst',
    what: '3 answers 503 in a row (Fulcio for sigstore-sign; a registry: on its metadata and its download)',
    appliesTo: (_s, a) => API.has(a) || a === 'sigstore-sign',
    inject(world, action, scenario) {
      if (action === 'sigstore-sign') world.sigstore.failNext('fulcio', 503, 3);
      else if (registryOf(scenario)) registry(scenario, BOTH, { kind: 'status', status: 503 }, 3)(world);
      else gh({ kind: 'status', status: 503, times: 3 })(world);
    },
    why: NO_NETWORK,
  },
  {
    name: '429 Retry-After',
    what: '429 with Retry-After: 1 (Rekor 429 for sigstore-sign; a registry: on its metadata and its download)',
    appliesTo: (_s, a) => API.has(a) || a === 'sigstore-sign',
    inject(world, action, scenario) {
      if (action === 'sigstore-sign')
        world.sigstore.fault('rekor', { kind: 'status', status: 429, retryAfter: 1 });
      else if (registryOf(scenario)) registry(scenario, BOTH, { kind: 'rate-limit', retryAfter: 1 })(world);
      else gh({ kind: 'rate-limit', retryAfter: 1, times: 1 })(world);
    },
    why: NO_NETWORK,
  },
  {
    name: '403 secondary',
    what: '403 secondary rate limit with Retry-After: 1',
    appliesTo: (s, a) => onApi(s, a) && notRegistry(s),
    inject: (world) => gh({ kind: 'secondary-rate-limit', retryAfter: 1, times: 1 })(world),
    why: (a) =>
      a === 'sigstore-sign'
        ? "GitHub-only fault: Fulcio, Rekor and the runner's OIDC endpoint have no secondary rate limit (they throttle with 429, the row's 429 cell), and a 403 from them is a refusal to fail on, not a wait"
        : a === 'byte-identity'
          ? 'GitHub-only fault (a package registry has no secondary limit)'
          : NO_NETWORK(a),
  },
  {
    name: 'reset',
    what: 'connection reset before any answer (sigstore-sign: the OIDC token request, Fulcio and Rekor, once each; a registry: its metadata and its download, once each)',
    appliesTo: onApiOrSigstore,
    inject: (world, action, scenario) =>
      action === 'sigstore-sign'
        ? sigstoreEach(world, { kind: 'reset' })
        : registryOf(scenario)
          ? registry(scenario, BOTH, { kind: 'reset' })(world)
          : gh({ kind: 'reset', times: 1 })(world),
    why: NO_NETWORK,
  },
  {
    name: 'slow',
    what: `answer after ${REQUEST_TIMEOUT_MS + 1500} ms, past the client's ${REQUEST_TIMEOUT_MS} ms timeout (sigstore-sign: the OIDC token request, Fulcio and Rekor, once each; a registry: its metadata and its download, once each)`,
    appliesTo: onApiOrSigstore,
    inject: (world, action, scenario) =>
      action === 'sigstore-sign'
        ? sigstoreEach(world, { kind: 'slow', delayMs: REQUEST_TIMEOUT_MS + 1500 })
        : registryOf(scenario)
          ? registry(scenario, BOTH, { kind: 'slow', delayMs: REQUEST_TIMEOUT_MS + 1500 })(world)
          : gh({ kind: 'slow', delayMs: REQUEST_TIMEOUT_MS + 1500, times: 1 })(world),
    why: NO_NETWORK,
  },
  {
    name: 'truncated listing',
    what: 'a JSON listing cut after 20 bytes (a registry: its metadata)',
    appliesTo: onApi,
    inject(world, action, scenario) {
      if (registryOf(scenario))
        return registry(scenario, ['metadata'], { kind: 'truncate', bytes: 20 })(world);
      const operation =
        action === 'require-ci-green' || action === 'preflight'
          ? 'actions/list-workflow-runs'
          : 'repos/list-releases';
      gh({ kind: 'truncate', bytes: 20, operation, times: 1 })(world);
    },
    why: NO_NETWORK,
  },
  {
    name: 'truncated download',
    what: 'an asset download cut after 5 bytes (a registry: its file download)',
    appliesTo: (_s, a) => a === 'stage-release' || a === 'byte-identity',
    inject: (world, _a, scenario) =>
      registryOf(scenario)
        ? registry(scenario, ['download'], { kind: 'truncate', bytes: 5 })(world)
        : gh({ kind: 'truncate', bytes: 5, operation: 'download', times: 1 })(world),
    why: (a) =>
      a === 'sbom-attach'
        ? 'downloads nothing (it compares only its own asset, whose digest GitHub reports)'
        : API.has(a)
          ? 'downloads nothing'
          : NO_NETWORK(a),
  },
  {
    name: 'upload cut',
    what: 'the upload connection reset after 64 bytes of the body',
    appliesTo: (_s, a) => a === 'stage-release' || a === 'sbom-attach',
    inject: (world) =>
      gh({ kind: 'reset', bytes: 64, operation: 'repos/upload-release-asset', times: 1 })(world),
    why: (a) => (API.has(a) ? 'uploads nothing' : NO_NETWORK(a)),
  },
  {
    name: 'upload 502, starter left',
    what: 'the upload answered 502 leaving a `starter` asset behind',
    appliesTo: (_s, a) => a === 'stage-release' || a === 'sbom-attach',
    inject: (world) =>
      gh({
        kind: 'status',
        status: 502,
        leaveStarter: true,
        operation: 'repos/upload-release-asset',
        times: 1,
      })(world),
    why: (a) => (API.has(a) ? 'uploads nothing' : NO_NETWORK(a)),
  },
  {
    name: 'publish applied, then failed',
    what: 'the publish is applied but its answer is lost (sigstore-sign: Rekor logs the entry, then resets instead of answering)',
    // The emulator applies the update, then cuts its answer: the publish happened, and the
    // client can only know it by re-reading. sigstore-sign publishes to the transparency log:
    // its retry meets Rekor's 409 for the duplicate and must read the logged entry.
    appliesTo: (_s, a) => a === 'undraft' || a === 'sigstore-sign',
    inject: (world, action) =>
      action === 'sigstore-sign'
        ? world.sigstore.fault('rekor', { kind: 'lost' })
        : gh({ kind: 'truncate', bytes: 10, operation: 'repos/update-release', times: 1 })(world),
    why: () => 'publishes nothing (only undraft publishes, and sigstore-sign to the transparency log)',
  },
  {
    name: 'late attestation',
    what: "GitHub's release attestation is listed only from the 4th request on",
    appliesTo: (_s, a) => a === 'undraft',
    inject: (world) => releaseAttestations(world.gh.state).fault(REPO, { kind: 'late', polls: 3 }),
    applied: (world) => releaseAttestations(world.gh.state).withheld > 0,
    why: () => 'checks no release attestation (only undraft verifies the seal)',
  },
  {
    name: 'missing attestation',
    what: 'GitHub never attests the published release',
    appliesTo: (_s, a) => a === 'undraft',
    inject: (world) => releaseAttestations(world.gh.state).fault(REPO, 'never'),
    applied: (world) => releaseAttestations(world.gh.state).withheld > 0,
    truth: 'fail',
    why: () => 'checks no release attestation (only undraft verifies the seal)',
  },
  {
    name: 'lie: unfiltered runs',
    what: "the runs listing ignores head_sha/event/branch and lists every workflow's runs",
    appliesTo: (_s, a) => a === 'require-ci-green' || a === 'preflight',
    inject: (world) =>
      gh({
        kind: 'unfiltered' as FaultSpec['kind'],
        operation: 'actions/list-workflow-runs',
        times: Infinity,
      })(world),
    why: (a) => (API.has(a) ? 'lists no workflow runs' : NO_NETWORK(a)),
    lie: 'unfiltered',
  },
  {
    name: 'lie: wrong digest',
    what: 'the upload is stored but reports a digest of other bytes',
    appliesTo: (_s, a) => a === 'stage-release' || a === 'sbom-attach',
    inject: (world) =>
      gh({ kind: 'wrong-digest' as FaultSpec['kind'], operation: 'repos/upload-release-asset', times: 1 })(
        world,
      ),
    why: (a) => (API.has(a) ? 'uploads nothing' : NO_NETWORK(a)),
    lie: 'wrong-digest',
  },
  {
    name: 'lie: tampered mirror',
    what: 'the registry serves bytes that differ from the digest it publishes (one byte flipped, same length)',
    // A mirror that lies every time: no retry can get the right bytes, so the step must fail.
    appliesTo: (s) => registryOf(s) !== undefined,
    inject: (world, _a, scenario) =>
      registry(scenario, ['download'], { kind: 'tamper' }, Number.POSITIVE_INFINITY)(world),
    applied: (world) => world.registry.faults.count('tamper') > 0,
    truth: 'fail',
    why: (a) =>
      a === 'byte-identity'
        ? "a package registry's lie; the GitHub emulator has no fault that serves an asset's bytes altered"
        : API.has(a)
          ? 'reads no package registry'
          : NO_NETWORK(a),
  },
];
