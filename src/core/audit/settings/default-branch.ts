/*
 * `default-branch`: the branch releases are cut from takes changes only through reviewed pull
 * requests that passed the `required-checks`, and cannot be force-pushed or deleted. Both ways
 * GitHub protects a branch count, together: the rules of active rulesets that apply to it
 * (GET /repos/{o}/{r}/rules/branches/{branch}, readable with metadata: read; `evaluate` rulesets
 * are not returned) and classic branch protection (GET …/branches/{branch}/protection, which
 * needs administration: read; 404 "Branch not protected" when there is none). When the rulesets
 * alone satisfy everything, the classic protection is not needed; otherwise a hidden classic
 * protection leaves the check `not-checked`.
 */
import { paginateAll } from '../../github/client.js';
import { statusOf } from '../../github/errors.js';
import { quote } from '../../quote.js';
import { notChecked, readSetting, repoParams } from './read.js';
import type { SettingsContext, SettingsRow } from './types.js';

const CHECK = 'default-branch';

interface BranchRule {
  type?: string;
  parameters?: {
    required_approving_review_count?: number;
    required_status_checks?: { context?: string }[];
  };
}

interface ClassicProtection {
  required_pull_request_reviews?: { required_approving_review_count?: number };
  required_status_checks?: { contexts?: string[]; checks?: { context?: string }[] };
  allow_force_pushes?: { enabled?: boolean };
  allow_deletions?: { enabled?: boolean };
}

/** What protects the branch, from either source. */
interface Protection {
  reviews: number;
  checks: Set<string>;
  noForcePush: boolean;
  noDeletion: boolean;
}

function fromRules(rules: BranchRule[]): Protection {
  const p: Protection = { reviews: 0, checks: new Set(), noForcePush: false, noDeletion: false };
  for (const rule of rules) {
    if (rule.type === 'pull_request')
      p.reviews = Math.max(p.reviews, rule.parameters?.required_approving_review_count ?? 0);
    if (rule.type === 'required_status_checks')
      for (const c of rule.parameters?.required_status_checks ?? []) if (c.context) p.checks.add(c.context);
    if (rule.type === 'non_fast_forward') p.noForcePush = true;
    if (rule.type === 'deletion') p.noDeletion = true;
  }
  return p;
}

function merge(a: Protection, c: ClassicProtection): Protection {
  const checks = new Set(a.checks);
  for (const x of c.required_status_checks?.contexts ?? []) checks.add(x);
  for (const x of c.required_status_checks?.checks ?? []) if (x.context) checks.add(x.context);
  return {
    reviews: Math.max(a.reviews, c.required_pull_request_reviews?.required_approving_review_count ?? 0),
    checks,
    // Classic protection forbids force pushes and deletions unless they are allowed.
    noForcePush: a.noForcePush || c.allow_force_pushes?.enabled === false,
    noDeletion: a.noDeletion || c.allow_deletions?.enabled === false,
  };
}

/** What is missing, one phrase each; empty when the branch is protected as required. */
function gaps(p: Protection, required: string[]): string[] {
  const out: string[] = [];
  if (p.reviews < 1) out.push('no pull request review is required');
  const missing = required.filter((c) => !p.checks.has(c));
  if (missing.length > 0)
    out.push(
      `the status check${missing.length === 1 ? '' : 's'} ${missing.map((m) => quote(m)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not required`,
    );
  if (!p.noForcePush) out.push('force pushes are not blocked');
  if (!p.noDeletion) out.push('deletion is not restricted');
  return out;
}

export async function checkDefaultBranch(ctx: SettingsContext): Promise<SettingsRow> {
  const { default_branch: branch } = await ctx.repository();
  const fix =
    `Protect '${branch}' with a branch ruleset (or classic branch protection): require a pull request with at least one approving review` +
    (ctx.requiredChecks.length
      ? `, require the status checks ${ctx.requiredChecks.map((c) => quote(c)).join(', ')}`
      : '') +
    ', block force pushes and restrict deletions.';
  let rules: BranchRule[];
  try {
    rules = await paginateAll<BranchRule>(
      ctx.github,
      'GET /repos/{owner}/{repo}/rules/branches/{branch}',
      { ...repoParams(ctx.repo), branch },
      { what: 'the branch rules' },
    );
  } catch (error) {
    const status = statusOf((error as { cause?: unknown }).cause) ?? statusOf(error);
    if (status === 403 || status === 404)
      return notChecked(CHECK, `The rules of '${branch}'`, { status }, 'metadata=read');
    throw error;
  }
  const byRulesets = fromRules(rules);
  const rulesetGaps = gaps(byRulesets, ctx.requiredChecks);
  const checks = ctx.requiredChecks.length
    ? `, requires ${ctx.requiredChecks.map((c) => quote(c)).join(', ')}`
    : '';
  const passDetail = (source: string, p: Protection) =>
    `'${branch}' (${source}): ${p.reviews} approving review${p.reviews === 1 ? '' : 's'}${checks}, no force push, no deletion.`;
  if (rulesetGaps.length === 0)
    return { check: CHECK, result: 'pass', detail: passDetail('rulesets', byRulesets), fix: '' };

  const classic = await readSetting<ClassicProtection>(
    ctx.github,
    'GET /repos/{owner}/{repo}/branches/{branch}/protection',
    { ...repoParams(ctx.repo), branch },
  );
  if (classic.kind === 'hidden')
    return notChecked(
      CHECK,
      `'${branch}''s rulesets leave gaps (${rulesetGaps.join('; ')}) and its classic branch protection`,
      classic,
    );
  if (classic.kind === 'absent') {
    if (!(await ctx.canReadAdministration()))
      return notChecked(
        CHECK,
        `'${branch}''s rulesets leave gaps (${rulesetGaps.join('; ')}) and its classic branch protection`,
        { status: 404, accepted: undefined },
      );
    return {
      check: CHECK,
      result: 'fail',
      detail: `'${branch}' has no classic protection and its rulesets leave gaps: ${rulesetGaps.join('; ')}.`,
      fix,
    };
  }
  const both = merge(byRulesets, classic.data);
  const left = gaps(both, ctx.requiredChecks);
  if (left.length === 0)
    return {
      check: CHECK,
      result: 'pass',
      detail: passDetail('rulesets and classic protection', both),
      fix: '',
    };
  return {
    check: CHECK,
    result: 'fail',
    detail: `'${branch}' is not protected as a release branch must be: ${left.join('; ')}.`,
    fix,
  };
}
