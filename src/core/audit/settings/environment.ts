/*
 * `environment`: the release job's environment exists, needs a required reviewer who is not the
 * person who started the run (`prevent_self_review`), and deploys only from tags the release
 * pattern accepts (GET /repos/{o}/{r}/environments/{name}: `protection_rules` and
 * `deployment_branch_policy`; with custom policies, GET …/deployment-branch-policies lists them,
 * each a `branch` or `tag` fnmatch pattern). The wait timer is shown. Both endpoints are readable
 * with `actions: read`. Required reviewers depend on the plan: a private repository on GitHub
 * Free has none to offer, which the row says instead of a bare failure.
 */
import { paginateAll } from '../../github/client.js';
import { statusOf } from '../../github/errors.js';
import { quote } from '../../quote.js';
import { fnmatchWithin } from './patterns.js';
import { notChecked, readSetting, repoParams } from './read.js';
import type { SettingsContext, SettingsRow } from './types.js';

const CHECK = 'environment';

interface EnvironmentBody {
  protection_rules?: {
    type?: string;
    prevent_self_review?: boolean;
    reviewers?: unknown[];
    wait_timer?: number;
  }[];
  deployment_branch_policy?: { protected_branches?: boolean; custom_branch_policies?: boolean } | null;
}

export async function checkEnvironment(ctx: SettingsContext): Promise<SettingsRow> {
  const name = ctx.environment;
  if (name === undefined)
    return {
      check: CHECK,
      result: 'fail',
      detail: 'No release environment is named, so nobody has to approve a release before it is published.',
      fix: "Give the release job an 'environment:' with required reviewers, and name it in the audit's 'environment' input (the CLI's --environment).",
    };
  const fix =
    `In Settings → Environments → ${name}: add required reviewers with 'Prevent self-review', and under 'Deployment branches and tags' choose ` +
    `'Selected branches and tags' with only the tag rule '${ctx.tagPattern}'.`;
  const env = await readSetting<EnvironmentBody>(
    ctx.github,
    'GET /repos/{owner}/{repo}/environments/{environment_name}',
    {
      ...repoParams(ctx.repo),
      environment_name: name,
    },
  );
  if (env.kind === 'hidden') return notChecked(CHECK, `Environment ${quote(name)}`, env, 'actions=read');
  if (env.kind === 'absent')
    return {
      check: CHECK,
      result: 'fail',
      detail: `Environment ${quote(name)} does not exist: GitHub creates it unprotected on the first job that names it.`,
      fix,
    };
  const rules = env.data.protection_rules ?? [];
  const problems: string[] = [];
  const reviewers = rules.find((r) => r.type === 'required_reviewers');
  if (!reviewers || (reviewers.reviewers ?? []).length === 0) {
    const { private: isPrivate } = await ctx.repository();
    problems.push(
      'no required reviewers' +
        (isPrivate
          ? ' (a private repository has environment reviewers only on GitHub Pro, Team or Enterprise; on GitHub Free make the repository public or upgrade the plan)'
          : ''),
    );
  } else if (reviewers.prevent_self_review !== true) {
    problems.push(
      "required reviewers without 'prevent_self_review': whoever pushed the tag may approve their own release",
    );
  }
  const wait = rules.find((r) => r.type === 'wait_timer')?.wait_timer ?? 0;
  const policy = env.data.deployment_branch_policy;
  let deploys = '';
  if (!policy) {
    problems.push('deployments are allowed from any branch or tag');
  } else if (policy.protected_branches) {
    problems.push('deployments are allowed from every protected branch, not only from release tags');
  } else if (policy.custom_branch_policies) {
    let policies: { name?: string; type?: string }[];
    try {
      policies = await paginateAll<{ name?: string; type?: string }>(
        ctx.github,
        'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
        { ...repoParams(ctx.repo), environment_name: name },
        { what: 'the deployment branch policies' },
      );
    } catch (error) {
      const status = statusOf((error as { cause?: unknown }).cause) ?? statusOf(error);
      if (status === 403 || status === 404)
        return notChecked(CHECK, `The deployment policies of ${quote(name)}`, { status }, 'actions=read');
      throw error;
    }
    const wide = policies.filter((p) => p.type !== 'tag' || !fnmatchWithin(p.name ?? '', ctx.tagPattern));
    if (policies.length === 0) problems.push('custom deployment policies are on but none is listed');
    for (const p of wide)
      problems.push(
        p.type === 'tag'
          ? `tag policy ${quote(p.name)} is wider than '${ctx.tagPattern}'`
          : `${p.type ?? 'unknown'} policy ${quote(p.name)} lets a branch deploy`,
      );
    deploys = `deploys from tags ${policies.map((p) => quote(p.name)).join(', ')}`;
  } else {
    problems.push('the deployment branch policy selects neither protected branches nor custom policies');
  }
  const timer = wait > 0 ? `wait timer ${wait} min` : 'no wait timer';
  if (problems.length > 0)
    return {
      check: CHECK,
      result: 'fail',
      detail: `Environment ${quote(name)}: ${problems.join('; ')} (${timer}).`,
      fix,
    };
  return {
    check: CHECK,
    result: 'pass',
    detail: `Environment ${quote(name)}: required reviewers with prevent_self_review; ${deploys}; ${timer}.`,
    fix: '',
  };
}
