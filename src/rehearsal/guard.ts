/*
 * Rehearsal stage: the release trigger. A sample repository (package.json, Cargo.toml,
 * CHANGELOG.md) is written to a temporary folder; the guard must let the good release through,
 * must refuse a broken one naming every reason, and the preflight (root action) must pass the
 * good one in one step.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../emulator/runner.js';
import type { Stage, StageRun } from './stage.js';

const VERSION = '1.4.0';

function sampleRepository(options: { cargoVersion: string; changelogDate: string }): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-guard-')));
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name: 'sample', version: VERSION, private: true }, null, 2)}\n`,
    'Cargo.toml': `[package]\nname = "sample"\nversion = "${options.cargoVersion}"\nedition = "2021"\n`,
    'CHANGELOG.md': [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      `## [${VERSION}] - ${options.changelogDate}`,
      '',
      '### Added',
      '- Signed release assets.',
      '',
      '## [1.3.0] - 2026-01-15',
      '',
      '- Earlier work.',
      '',
    ].join('\n'),
  };
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

const inputs = { 'version-files': 'package.json\nCargo.toml', changelog: 'CHANGELOG.md' };

export const guardStage: Stage = {
  name: 'tag-semver-guard: the release trigger',
  async run(root: string): Promise<StageRun[]> {
    const today = new Date().toISOString().slice(0, 10);
    const ref = `refs/tags/v${VERSION}`;

    const good = await runAction('tag-semver-guard', {
      root,
      ref,
      workspace: sampleRepository({ cargoVersion: VERSION, changelogDate: today }),
      inputs,
    });
    const goodProblems: string[] = [];
    if (good.outputs.ok !== 'true') goodProblems.push(`ok is '${good.outputs.ok}', expected 'true'`);
    if (good.outputs.version !== VERSION) goodProblems.push(`version is '${good.outputs.version}'`);
    if (good.outputs['release-notes'] !== '### Added\n- Signed release assets.')
      goodProblems.push(`release-notes is ${JSON.stringify(good.outputs['release-notes'])}`);

    const bad = await runAction('tag-semver-guard', {
      root,
      ref,
      workspace: sampleRepository({ cargoVersion: '1.3.0', changelogDate: 'TBD' }),
      inputs,
    });
    const badProblems: string[] = [];
    if (bad.outputs.ok !== 'false') badProblems.push(`ok is '${bad.outputs.ok}', expected 'false'`);
    for (const [what, pattern] of [
      ['the Cargo.toml mismatch', /Cargo\.toml line 3 declares 1\.3\.0/],
      ['the undated changelog', /marked 'TBD'/],
    ] as const) {
      if (!pattern.test(bad.outputs.reason ?? '')) badProblems.push(`reason does not name ${what}`);
      if (!pattern.test(bad.summary)) badProblems.push(`summary does not name ${what}`);
    }

    const preflight = await runAction('preflight', {
      root,
      ref,
      workspace: sampleRepository({ cargoVersion: VERSION, changelogDate: today }),
      inputs,
    });
    const preflightProblems = preflight.outputs.ok === 'true' ? [] : [`ok is '${preflight.outputs.ok}'`];

    return [
      {
        label: `guard passes ${ref} with versions in lockstep and a dated changelog`,
        result: good,
        expect: 'success',
        problems: goodProblems,
      },
      {
        label: `guard refuses ${ref} with Cargo.toml at 1.3.0 and an undated changelog`,
        result: bad,
        expect: 'failure',
        problems: badProblems,
      },
      {
        label: `preflight (root action) passes ${ref} in one step`,
        result: preflight,
        expect: 'success',
        problems: preflightProblems,
      },
    ];
  },
};
