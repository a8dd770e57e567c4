/*
 * The OCI registry of an image example: the emulator of src/emulator/oci-registry with its
 * referrers API off (as on GHCR and distribution 2.8, so evidence goes through the
 * `sha256-<hex>` tag index), its address handed to the workflow as the repository variable
 * `IMAGE` (`${{ vars.IMAGE }}`, which on GitHub would hold `ghcr.io/OWNER/NAME`), and the
 * stand-in for docker/build-push-action that builds into it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OciClient } from '../core/oci/client.js';
import { pushImage, testImage } from '../emulator/oci-registry/image.js';
import { startOciRegistryEmulator, type OciRegistryEmulator } from '../emulator/oci-registry/server.js';
import { quote, RehearsalError } from './errors.js';
import type { StandIn, StepContext } from './workflow/interpreter.js';

/**
 * Starts the registry of a world for `repository` (the emulator kind 'oci-registry' of
 * emulators.ts): its address as the repository variables `REGISTRY` and `IMAGE`, and the stand-ins
 * for docker's setup-buildx, login and build-push actions.
 */
export async function startImageRegistry(repository: string): Promise<{
  emulator: OciRegistryEmulator;
  env: Record<string, string>;
  vars: Record<string, string>;
  inputs: Record<string, Record<string, string>>;
  thirdParty: Record<string, StandIn>;
  stop(): Promise<void>;
  removeFiles(): void;
}> {
  const registry = await startOciRegistryEmulator({});
  return {
    emulator: registry,
    env: {},
    vars: { REGISTRY: registry.host, IMAGE: `${registry.host}/${repository.toLowerCase()}` },
    inputs: {},
    thirdParty: {
      'docker/setup-buildx-action': async (step) => {
        allowOnly(step, 'docker/setup-buildx-action', []);
      },
      'docker/login-action': async (step) => login(registry, step),
      'docker/build-push-action': async (step) => {
        const outputs = await buildAndPush(registry, step);
        built(registry).push(outputs.digest);
        return outputs;
      },
    },
    stop: () => registry.stop(),
    removeFiles: () => {},
  };
}

/** The digests the stand-in for docker/build-push-action pushed into a registry, in order. */
const builds = new WeakMap<OciRegistryEmulator, string[]>();
export function built(registry: OciRegistryEmulator): string[] {
  let list = builds.get(registry);
  if (!list) builds.set(registry, (list = []));
  return list;
}

function allowOnly(step: StepContext, action: string, keys: string[]): void {
  const bad = Object.keys(step.with).filter((k) => !keys.includes(k));
  if (bad.length > 0)
    throw new RehearsalError(
      'UNSUPPORTED',
      `the stand-in for ${action} does not support ${bad.map((k) => quote(k)).join(', ')}`,
    );
}

/**
 * docker/login-action, by its effect: the registry must be the rehearsal's and a username and
 * password given (on GHCR, `github.actor` and `secrets.GITHUB_TOKEN` with `packages: write`); the
 * emulated registry lets anyone in, so they are only checked for presence.
 */
async function login(registry: OciRegistryEmulator, step: StepContext): Promise<void> {
  allowOnly(step, 'docker/login-action', ['registry', 'username', 'password']);
  const { registry: host, username, password } = step.with;
  if (host !== registry.host)
    throw new RehearsalError(
      'STEP_FAILED',
      `docker/login-action: registry ${quote(host ?? '')} is not the rehearsal's ${registry.host}`,
    );
  if (!username || !password)
    throw new RehearsalError('STEP_FAILED', 'docker/login-action: username and password are required');
}

/** The inputs the stand-in models; any other is refused, never ignored. */
const BUILD_PUSH_INPUTS = ['context', 'platforms', 'outputs', 'provenance'];

/** `a=b,"c=d"` (buildx's CSV form of `--output`) as a map; a key given twice is refused. */
function parseOutputs(text: string, where: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(',')) {
    const item = raw.trim().replace(/^"(.*)"$/, '$1');
    const eq = item.indexOf('=');
    if (eq <= 0)
      throw new RehearsalError('STEP_FAILED', `${where}: 'outputs' item ${quote(item)} is not key=value`);
    if (item.slice(0, eq) in out)
      throw new RehearsalError('STEP_FAILED', `${where}: 'outputs' gives ${quote(item.slice(0, eq))} twice`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/**
 * docker/build-push-action, by its effect: a multi-arch OCI image of the build context (one
 * layer, the context's files as a reproducible tar, as a `FROM scratch` + `COPY . /` Dockerfile
 * would make; a config per platform), pushed BY DIGEST into the emulated registry, as
 * `outputs: type=image,name=IMAGE,push-by-digest=true,name-canonical=true,push=true` does (the
 * form of Docker's "multi-platform images" guide: no tag is written). With `provenance` unset or
 * not `false`, buildx's own attestation manifests (`unknown/unknown`) join the index, as
 * build-push-action's default `mode=min` adds them. Outputs: `digest` (the index's) and
 * `metadata` (JSON with `containerimage.digest` and `image.name`), as the action sets them.
 */
export async function buildAndPush(
  registry: OciRegistryEmulator,
  step: StepContext,
): Promise<Record<string, string>> {
  const where = 'the stand-in for docker/build-push-action';
  const w = step.with;
  const problems: string[] = [];
  for (const key of Object.keys(w))
    if (!BUILD_PUSH_INPUTS.includes(key))
      problems.push(`it does not support ${quote(key)} (only ${BUILD_PUSH_INPUTS.join(', ')})`);
  const platforms = (w.platforms ?? '')
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (platforms.length === 0) problems.push("'platforms' is required (e.g. linux/amd64,linux/arm64)");
  for (const p of platforms)
    if (!/^[a-z0-9]+\/[a-z0-9]+$/.test(p)) problems.push(`platform ${quote(p)} is not os/architecture`);
  const outputs = w.outputs === undefined ? {} : parseOutputs(w.outputs, where);
  const want = { type: 'image', 'push-by-digest': 'true', push: 'true' };
  for (const [key, value] of Object.entries(want))
    if (outputs[key] !== value)
      problems.push(`'outputs' must push by digest: ${key}=${value} (got ${quote(outputs[key] ?? '')})`);
  const name = outputs.name ?? '';
  const slash = name.indexOf('/');
  if (name.slice(0, slash) !== registry.host || !/^[a-z0-9._/-]+$/.test(name.slice(slash + 1)))
    problems.push(
      `'outputs' name ${quote(name)} is not an image in the rehearsal's registry ${registry.host}`,
    );
  if (w.provenance !== undefined && !['false', 'true', 'mode=min', 'mode=max'].includes(w.provenance))
    problems.push(`'provenance' ${quote(w.provenance)} is none of false, true, mode=min, mode=max`);
  if (problems.length > 0) throw new RehearsalError('UNSUPPORTED', `${where}: ${problems.join('; ')}`);

  const context = path.resolve(step.workspace, w.context ?? '.');
  if (!fs.existsSync(context))
    throw new RehearsalError('STEP_FAILED', `${where}: no build context at ${quote(w.context)}`);
  // Reproducible: sorted names, epoch times, root owner (GNU tar), without the checkout's .git.
  const layer = execFileSync(
    'tar',
    [
      '--sort=name',
      '--mtime=@0',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--exclude=./.git',
      '-cf',
      '-',
      '-C',
      context,
      '.',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const repository = name.slice(slash + 1);
  const image = testImage(name, {
    platforms,
    layer: () => layer,
    attestations: w.provenance !== 'false',
  });
  const digest = await pushImage(new OciClient({ registry: registry.host }), repository, image);
  return {
    digest,
    metadata: JSON.stringify({ 'containerimage.digest': digest, 'image.name': name }),
  };
}
