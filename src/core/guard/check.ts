import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Check, CheckOutcome } from '../action/checks.js';
import type { Report } from '../action/report.js';
import { ConfigurationError, messageOf, quote } from '../errors.js';
import { displayPath, resolveInWorkspace } from '../paths.js';
import { parseTag, type SemVer } from '../semver.js';
import { VersionFileError, type VersionFileSpec } from '../manifests/types.js';
import type { GuardInputs } from './inputs.js';
import { emptyGuardOutputs } from './outputs.js';

/*
 * tag-semver-guard's checks, as one function over a Report, so the guard action and the
 * preflight (root) action run exactly the same logic in-process.
 *
 * The manifest readers (TOML, YAML) and the CommonMark parser are imported when a version file
 * or a changelog is to be read, not with this module: a run that has neither to read never
 * compiles them.
 */

/** The run's context, read from the runner's environment by the entry points. */
export interface GuardContext {
  ref: string;
  eventName: string;
  /** The workspace root (real path). */
  root: string;
  /** Where release-notes-path is written. */
  runnerTemp: string;
  now: Date;
}

/** The guard's context from the runner's environment. */
export function guardContextFromEnv(root: string): GuardContext {
  return {
    ref: process.env.GITHUB_REF ?? '',
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    root,
    runnerTemp: process.env.RUNNER_TEMP || os.tmpdir(),
    now: new Date(),
  };
}

function checkEvent(inputs: GuardInputs, context: GuardContext, report: Report): void {
  const event = context.eventName;
  if (event === '') report.fail('event', 'GITHUB_EVENT_NAME is not set, so the trigger is unknown.');
  else if (inputs.allowedEvents.includes(event)) report.pass('event', `'${event}' is an allowed event.`);
  else
    report.fail(
      'event',
      `'${event}' is not an allowed event (allowed-events: ${inputs.allowedEvents.join(', ')})${event === 'workflow_dispatch' ? '; a manual re-run of a release is refused unless explicitly allowed' : ''}.`,
    );
}

/**
 * The ref check. A release is triggered by a tag: GITHUB_REF must be `refs/tags/<tag>`. An
 * explicit `tag` must be that same tag; only on an allowed event other than `push`
 * (e.g. `workflow_dispatch`, whose ref is a branch) may an explicit tag stand in for the ref.
 */
function checkRef(inputs: GuardInputs, context: GuardContext, report: Report): string | undefined {
  const ref = context.ref;
  const refTag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  if (ref === '') {
    report.fail('ref', 'GITHUB_REF is not set, so the tag being released is unknown.');
    return inputs.tag;
  }
  if (refTag !== undefined) {
    if (inputs.tag !== undefined && inputs.tag !== refTag) {
      report.fail('ref', `The run was triggered by tag '${refTag}' but input 'tag' is '${inputs.tag}'.`);
      return inputs.tag;
    }
    report.pass('ref', `${ref} is a tag ref.`);
    return refTag;
  }
  if (inputs.tag !== undefined && context.eventName !== 'push' && context.eventName !== '') {
    report.pass('ref', `Input 'tag' '${inputs.tag}' is checked on a '${context.eventName}' run from ${ref}.`);
    return inputs.tag;
  }
  report.fail(
    'ref',
    `GITHUB_REF '${ref}' is not a tag (refs/tags/…); a release is triggered by pushing a tag.`,
  );
  return inputs.tag;
}

function checkVersionFile(
  readDeclaredVersion: typeof import('../manifests/index.js').readDeclaredVersion,
  spec: VersionFileSpec,
  version: string | undefined,
  context: GuardContext,
  report: Report,
): number {
  const name = `version in ${spec.raw}`;
  let declared;
  try {
    declared = readDeclaredVersion(spec, context.root);
  } catch (error) {
    if (error instanceof VersionFileError) {
      // The message names the file; the line goes in too, so the failure message alone locates it.
      const line =
        error.line !== undefined && !error.message.includes(`line ${error.line}`)
          ? ` (line ${error.line})`
          : '';
      report.fail(name, `${error.message}${line}`, { file: error.file, line: error.line });
      return 1;
    }
    throw error;
  }
  // Without a valid tag there is nothing to compare against; the tag row already failed.
  if (version === undefined) return 0;
  const where = { file: declared.file, line: declared.line };
  if (declared.notExact) {
    report.fail(
      name,
      `${atLine(declared.file, declared.line)} (${declared.key}): ${declared.notExact}, so it is not in lockstep with ${version}.`,
      where,
    );
  } else if (declared.version !== version) {
    report.fail(
      name,
      `${atLine(declared.file, declared.line)} declares ${quote(declared.written ?? declared.version)} (${declared.key}), but the tag is ${version}.`,
      where,
    );
  } else {
    report.pass(
      name,
      `${declared.written ?? declared.version} (${declared.key}${declared.line ? `, line ${declared.line}` : ''}).`,
    );
  }
  return 0;
}

/** `file line N`, or just `file` when the line is unknown. */
function atLine(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file} line ${line}`;
}

function safeFileName(text: string): string {
  return text.replace(/[^0-9A-Za-z.+-]/g, '_');
}

/**
 * The guard's checks over `report`: event, ref, strict SemVer tag and its policy, every version
 * file, the changelog section. Returns the outputs (all of them, empty when unknown).
 */
export async function checkRelease(
  inputs: GuardInputs,
  context: GuardContext,
  report: Report,
): Promise<CheckOutcome> {
  const outputs = emptyGuardOutputs();
  const summary: string[] = [];
  let hardFailures = 0;

  checkEvent(inputs, context, report);
  const tag = checkRef(inputs, context, report);

  let parsed: SemVer | undefined;
  if (tag !== undefined) {
    outputs.tag = tag;
    const result = parseTag(tag, inputs.prefix);
    if (result.ok) {
      parsed = result.value;
      report.pass('semver', `'${tag}' is '${inputs.prefix}' + SemVer 2.0.0 version ${parsed.version}.`);
    } else {
      report.fail(
        'semver',
        `'${tag}' is not '${inputs.prefix}' + a SemVer 2.0.0 version: ${result.reasons.join(' ')}`,
      );
    }
  }
  if (parsed) {
    Object.assign(outputs, {
      version: parsed.version,
      major: parsed.major,
      minor: parsed.minor,
      patch: parsed.patch,
      prerelease: parsed.prerelease.join('.'),
      build: parsed.build.join('.'),
      'is-prerelease': parsed.prerelease.length > 0,
    });
    if (parsed.prerelease.length > 0) {
      if (inputs.allowPrerelease) report.pass('pre-release', `'${parsed.prerelease.join('.')}' is allowed.`);
      else
        report.fail(
          'pre-release',
          `${parsed.version} is a pre-release ('${parsed.prerelease.join('.')}') and allow-prerelease is false.`,
        );
    }
    if (parsed.build.length > 0) {
      if (inputs.allowBuildMetadata) report.pass('build metadata', `'${parsed.build.join('.')}' is allowed.`);
      else
        report.fail(
          'build metadata',
          `${parsed.version} has build metadata ('${parsed.build.join('.')}') and allow-build-metadata is false.`,
        );
    }
  }

  if (inputs.versionFiles.length > 0) {
    const { readDeclaredVersion } = await import('../manifests/index.js');
    for (const spec of inputs.versionFiles)
      hardFailures += checkVersionFile(readDeclaredVersion, spec, parsed?.version, context, report);
  }

  if (inputs.changelog !== undefined) {
    let file: string | undefined;
    let text: string | undefined;
    try {
      file = resolveInWorkspace('changelog', inputs.changelog, { root: context.root });
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      const detail =
        error instanceof ConfigurationError
          ? messageOf(error)
          : `${inputs.changelog} cannot be read: ${messageOf(error)}`;
      report.fail('changelog', detail, { file: inputs.changelog });
      hardFailures++;
    }
    if (file !== undefined && text !== undefined && parsed) {
      const shown = displayPath(file, context.root);
      const { findChangelogSection } = await import('../changelog.js');
      const result = findChangelogSection(text, parsed.version, {
        prefix: inputs.prefix,
        now: context.now,
        date: inputs.changelogDate,
      });
      if (!result.ok) {
        for (const problem of result.problems)
          report.fail('changelog', `${atLine(shown, problem.line)}: ${problem.message}.`, {
            file: shown,
            line: problem.line,
          });
      } else {
        const { section } = result;
        const lines = section.body.split('\n').length;
        report.pass(
          'changelog',
          `${shown}:${section.line} '${section.heading}' is ${section.date ? `dated ${section.date}` : 'undated (changelog-date: optional)'}; ${lines} line${lines === 1 ? '' : 's'} of release notes.`,
        );
        const notesPath = path.join(
          context.runnerTemp,
          'sealed-release',
          `release-notes-${safeFileName(parsed.version)}.md`,
        );
        fs.mkdirSync(path.dirname(notesPath), { recursive: true });
        fs.writeFileSync(notesPath, section.body.endsWith('\n') ? section.body : `${section.body}\n`);
        outputs['release-notes'] = section.body;
        outputs['release-notes-path'] = notesPath;
        summary.push(
          `<details><summary>Release notes for ${parsed.version}</summary>\n\n${section.body}\n\n</details>`,
        );
      }
    }
  }
  return { outputs, hardFailures, summary };
}

/** The guard as a {@link Check} for `runChecks`. */
export function guardCheck(inputs: GuardInputs, context: GuardContext): Check {
  return (report) => checkRelease(inputs, context, report);
}
