/*
 * `tag-ruleset`: an active ruleset whose `conditions.ref_name` covers every tag `tag-pattern`
 * accepts and that forbids deleting, force-moving and updating those tags
 * (GET /repos/{o}/{r}/rulesets?targets=tag&includes_parents=true, then each one with
 * GET /repos/{o}/{r}/rulesets/{id}: the list carries neither conditions nor rules). Rulesets
 * layer, so the rules of every covering active ruleset count together. An `evaluate` ruleset is
 * not enforced and does not count. A bypass actor with `bypass_mode: exempt` skips the rules
 * without a bypass entry in the audit log: a failure; other bypass actors are listed. GitHub shows
 * `bypass_actors` only to a token that can administer the ruleset, so where it is missing the
 * bypass cannot be judged and the check is `not-checked` (unless it already failed).
 */
import { paginateAll } from '../../github/client.js';
import { statusOf } from '../../github/errors.js';
import { quote } from '../../quote.js';
import { fnmatchCovers, patternsMayOverlap } from './patterns.js';
import { ADMIN_FIX, notChecked, readSetting, repoParams } from './read.js';
import type { SettingsContext, SettingsRow } from './types.js';

const CHECK = 'tag-ruleset';
const REQUIRED_RULES = ['deletion', 'non_fast_forward', 'update'] as const;

interface RulesetSummary {
  id: number;
  name?: string;
}
interface Ruleset extends RulesetSummary {
  target?: string;
  enforcement?: string;
  conditions?: { ref_name?: { include?: unknown; exclude?: unknown } } | null;
  rules?: { type?: unknown }[];
  bypass_actors?: { actor_id?: number | null; actor_type?: string; bypass_mode?: string }[];
}

/** A ruleset's `ref_name` pattern as a tag pattern: `refs/tags/v*` → `v*`, `~ALL` → `**`; others select no tag. */
function tagPatternOf(refPattern: string): string | undefined {
  if (refPattern === '~ALL') return '**';
  return refPattern.startsWith('refs/tags/') ? refPattern.slice('refs/tags/'.length) : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Why the ruleset does not cover the release tags, or undefined when it does. */
function coverageGap(ruleset: Ruleset, tagPattern: string): string | undefined {
  const include = strings(ruleset.conditions?.ref_name?.include);
  const exclude = strings(ruleset.conditions?.ref_name?.exclude);
  const covering = include.map(tagPatternOf).some((p) => p !== undefined && fnmatchCovers(p, tagPattern));
  if (!covering) return `its include ${quote(include)} does not cover every tag '${tagPattern}' accepts`;
  const taking = exclude.filter((e) => {
    const p = tagPatternOf(e);
    return p !== undefined && patternsMayOverlap(p, tagPattern);
  });
  if (taking.length > 0) return `its exclude ${quote(taking)} may take release tags out`;
  return undefined;
}

export async function checkTagRuleset(ctx: SettingsContext): Promise<SettingsRow> {
  const fix =
    `Add an active tag ruleset (Settings → Rules → Rulesets → New tag ruleset) targeting 'refs/tags/${ctx.tagPattern}' ` +
    "with 'Restrict deletions', 'Block force pushes' and 'Restrict updates' (and 'Restrict creations' so only release managers create tags), " +
    "and no bypass actor in 'exempt' mode.";
  let summaries: RulesetSummary[];
  try {
    summaries = await paginateAll<RulesetSummary>(
      ctx.github,
      'GET /repos/{owner}/{repo}/rulesets',
      {
        ...repoParams(ctx.repo),
        targets: 'tag',
        includes_parents: true,
      },
      { what: 'the repository rulesets' },
    );
  } catch (error) {
    const status = statusOf((error as { cause?: unknown }).cause) ?? statusOf(error);
    if (status === 403 || status === 404) return notChecked(CHECK, 'Rulesets', { status }, 'metadata=read');
    throw error;
  }
  const rulesets: Ruleset[] = [];
  for (const s of summaries) {
    const answer = await readSetting<Ruleset>(ctx.github, 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
      ...repoParams(ctx.repo),
      ruleset_id: s.id,
      includes_parents: true,
    });
    if (answer.kind !== 'ok')
      return notChecked(
        CHECK,
        `Ruleset ${quote(s.name ?? s.id)}`,
        { status: answer.status, accepted: answer.kind === 'hidden' ? answer.accepted : undefined },
        'metadata=read',
      );
    rulesets.push(answer.data);
  }
  const notes: string[] = [];
  const covering: Ruleset[] = [];
  for (const r of rulesets) {
    const name = quote(r.name ?? r.id);
    if (r.target !== 'tag') continue;
    if (r.enforcement !== 'active') {
      notes.push(`${name} is '${r.enforcement}', not enforced: it does not count`);
      continue;
    }
    const gap = coverageGap(r, ctx.tagPattern);
    if (gap) notes.push(`${name}: ${gap}`);
    else covering.push(r);
  }
  if (covering.length === 0) {
    // Rulesets depend on the plan: on GitHub Free only public repositories have them.
    const plan = (await ctx.repository()).private
      ? ' Rulesets on a private repository need GitHub Pro, Team or Enterprise; on GitHub Free make the repository public or change plan.'
      : '';
    return {
      check: CHECK,
      result: 'fail',
      detail: `No active tag ruleset covers '${ctx.tagPattern}'${notes.length ? ` (${notes.join('; ')})` : ''}.`,
      fix: fix + plan,
    };
  }
  const rules = new Set(covering.flatMap((r) => (r.rules ?? []).map((rule) => rule.type)));
  const missing = REQUIRED_RULES.filter((rule) => !rules.has(rule));
  const names = covering.map((r) => quote(r.name ?? r.id)).join(', ');
  const creation = rules.has('creation')
    ? 'creation restricted'
    : 'creation not restricted (anyone who can push may create a release tag)';
  const exempt: string[] = [];
  const listed: string[] = [];
  let hidden = false;
  for (const r of covering) {
    if (!Array.isArray(r.bypass_actors)) {
      hidden = true;
      continue;
    }
    for (const a of r.bypass_actors) {
      const who = `${a.actor_type ?? 'actor'} ${a.actor_id ?? ''}`.trim();
      if (a.bypass_mode === 'exempt') exempt.push(who);
      else listed.push(`${who} (${a.bypass_mode ?? 'unknown mode'})`);
    }
  }
  const problems: string[] = [];
  if (missing.length > 0)
    problems.push(
      `the rule${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing, so a release tag can be ${missing.map((m) => ({ deletion: 'deleted', non_fast_forward: 'force-moved', update: 'moved' })[m]).join(' or ')}`,
    );
  if (exempt.length > 0)
    problems.push(
      `bypass actor${exempt.length === 1 ? '' : 's'} ${exempt.join(', ')} in 'exempt' mode skip the rules without a bypass entry in the audit log`,
    );
  const bypass = listed.length > 0 ? `; bypass actors: ${listed.join(', ')}` : '; no bypass actors';
  if (problems.length > 0)
    return {
      check: CHECK,
      result: 'fail',
      detail: `Tag ruleset ${names} covers '${ctx.tagPattern}' but ${problems.join('; and ')}.`,
      fix,
    };
  if (hidden)
    return {
      check: CHECK,
      result: 'not-checked',
      detail: `Tag ruleset ${names} covers '${ctx.tagPattern}' with deletion, non_fast_forward and update, but GitHub shows its bypass actors only to a token that can administer it (administration=read), so who may skip it is unknown.`,
      fix: ADMIN_FIX,
    };
  return {
    check: CHECK,
    result: 'pass',
    detail: `Tag ruleset ${names} covers '${ctx.tagPattern}': deletion, non_fast_forward and update; ${creation}${bypass}.`,
    fix: '',
  };
}
