/* Reading a workflow's YAML strictly: every key known, every value of the expected shape. */
import { quote, RehearsalError } from '../errors.js';
import type { Yaml } from './types.js';

/** 40 lowercase hex characters: the only pin the examples may use for an action. */
export const SHA40 = /^[0-9a-f]{40}$/;

export function expectKeys(value: Yaml, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key))
      throw new RehearsalError('UNSUPPORTED', `${where}: the rehearsal does not support ${quote(key)}`);
  }
}

export function asRecord(value: unknown, where: string): Yaml {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new RehearsalError('INVALID_WORKFLOW', `${where} must be a mapping`);
  return value as Yaml;
}

export function stringMap(value: unknown, where: string): Record<string, string> {
  if (value === undefined) return {};
  const record = asRecord(value, where);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === 'object' && v !== null)
      throw new RehearsalError('INVALID_WORKFLOW', `${where}.${k} must be a scalar`);
    out[k] = String(v);
  }
  return out;
}

/** The jobs a job needs (`needs:` as one name or a list). */
export function needsOf(job: Yaml): string[] {
  const needs = job.needs;
  if (needs === undefined) return [];
  if (typeof needs === 'string') return [needs];
  if (Array.isArray(needs) && needs.every((n) => typeof n === 'string')) return needs as string[];
  throw new RehearsalError('INVALID_WORKFLOW', `needs must be a job name or a list of them`);
}
