/*
 * Reading the command line and the files and variables it names, with messages that say which
 * flag or variable, which file, and what was expected.
 */
import * as fs from 'node:fs';
import { messageOf } from '../core/errors.js';
import { CliError, InfoRequest, quote, UsageError } from './errors.js';

/**
 * The value of `--name` at `args[i]`: `--name=value`, or the next argument. A next argument that
 * is itself an option (`--bundle --key k`) is not taken as the value: the flag is then missing
 * its value, which is what the user needs to hear, rather than "expected one FILE, got 2" once
 * the option's own value has been pushed out as a positional. A value that starts with `--` is
 * given as `--name=--value`.
 */
export function flagValue(name: string, args: string[], i: number, inline: string | undefined): string {
  const value = inline ?? args[i + 1];
  if (value === undefined || (inline === undefined && value.startsWith('--'))) {
    throw new UsageError(`--${name} needs a value`);
  }
  return value;
}

/**
 * The switches (flags without a value) every verify command takes. A command that declares
 * `--trusted-root` verifies, and so also takes `--offline` (the embedded roots, no network;
 * see trust.ts), without declaring it: a new verify command gets it by parsing its arguments here.
 */
export const VERIFY_SWITCHES = ['offline'];

/**
 * Parses `--flag value` pairs and `--switch`es (each at most once; a switch is read as
 * `'true'`) and exactly one positional argument. `switches` are the command's own flags without a
 * value; {@link VERIFY_SWITCHES} are added where `allowed` holds `trusted-root`.
 */
export function parseArgs(
  args: string[],
  allowed: string[],
  switches: string[] = [],
): { flags: Map<string, string>; positional: string } {
  const { flags, positional } = parseFlags(args, allowed, switches);
  if (positional.length !== 1)
    throw new UsageError(`expected exactly one FILE argument, got ${positional.length}`);
  return { flags, positional: positional[0] };
}

/** {@link parseArgs} for a command that takes any number of positional arguments (`--` ends the flags). */
export function parseFlags(
  args: string[],
  allowed: string[],
  switches: string[] = [],
): { flags: Map<string, string>; positional: string[] } {
  const allSwitches = allowed.includes('trusted-root') ? [...switches, ...VERIFY_SWITCHES] : switches;
  const flags = new Map<string, string>();
  const positional: string[] = [];
  // Asked for help or the version, a command only answers that, whatever else was given.
  for (const arg of args) {
    if (arg === '--') break;
    if (arg === '--help' || arg === '-h') throw new InfoRequest('help');
    if (arg === '--version') throw new InfoRequest('version');
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.includes('=')
        ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg.slice(2), undefined];
      if (!allowed.includes(name) && !allSwitches.includes(name))
        throw new UsageError(`unknown option --${name}`);
      if (flags.has(name)) throw new UsageError(`--${name} given twice`);
      if (allSwitches.includes(name)) {
        if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
        flags.set(name, 'true');
        continue;
      }
      flags.set(name, flagValue(name, args, i, inline));
      if (inline === undefined) i++;
    } else {
      positional.push(arg);
    }
  }
  return { flags, positional };
}

/** A file a flag names, as text; `what` says what it should be ("bundle", "trusted root"). */
export function readFlagFile(what: string, file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('UNREADABLE_FILE', `cannot read ${what} ${file}: ${messageOf(error)}`, {
      cause: error,
    });
  }
}

/**
 * A JSON file a flag names, as its text and its value. A parse error names the file; the
 * parser's own words quote the file's bytes, so they are quoted and cut here.
 */
export function readJsonFile(what: string, file: string): { text: string; json: unknown } {
  const text = readFlagFile(what, file);
  try {
    return { text, json: JSON.parse(text) as unknown };
  } catch (error) {
    throw new CliError('NOT_JSON', `${what} ${file} is not valid JSON: ${quote(messageOf(error))}`);
  }
}

/** The `mediaType` of parsed JSON, or undefined when it has none (or is no object). */
export function mediaTypeOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null && !Array.isArray(json)
    ? (json as { mediaType?: unknown }).mediaType
    : undefined;
}

/**
 * An http(s) URL from an environment variable (`GITHUB_API_URL`), else `fallback`, without a
 * trailing slash. Anything else is a usage error naming the variable and its value, rather than
 * the URL parser's bare "Invalid URL" from deep inside a request.
 */
export function envUrl(name: string, fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name] || fallback;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new UsageError(`${name} is ${quote(value)}, which is not an http(s) URL (such as ${fallback})`);
  }
  return value.replace(/\/+$/, '');
}
