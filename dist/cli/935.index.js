export const id = 935;
export const ids = [935];
export const modules = {

/***/ 11935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUDIT_CHECKS: () => (/* reexport */ levels/* AUDIT_CHECKS */.kF),
  AuditError: () => (/* binding */ AuditError),
  WORKFLOW_CHECKS: () => (/* reexport */ levels/* WORKFLOW_CHECKS */.ei),
  auditSarif: () => (/* binding */ auditSarif),
  countRows: () => (/* binding */ countRows),
  failsRun: () => (/* binding */ failsRun),
  parseCheckLevels: () => (/* reexport */ levels/* parseCheckLevels */.f6),
  readWorkflowFile: () => (/* binding */ readWorkflowFile),
  reportJson: () => (/* binding */ reportJson),
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/audit/levels.js
var levels = __webpack_require__(78385);
;// CONCATENATED MODULE: ./.build/core/audit/sarif.js
/*
 * SARIF 2.1.0 (OASIS "Static Analysis Results Interchange Format" 2.1.0) from audit findings,
 * for GitHub code scanning (`github/codeql-action/upload-sarif`). The shape is the subset code
 * scanning reads: `runs[0].tool.driver` with `name` and `rules` (`id`, `shortDescription`,
 * `help`), and `results` with `ruleId`, `ruleIndex`, `level`, `message.text` and a physical
 * location (a repository-relative `artifactLocation.uri` and `region.startLine/startColumn`).
 * A finding without a file (a repository setting) gets no location.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_TOOL_NAME = 'sealed-release audit-settings';
/** The SARIF log of `findings`, with every rule of `rules` (a finding of an unknown rule is refused). */
function toSarif(findings, rules, tool = {}) {
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    const unknown = findings.filter((f) => !index.has(f.check)).map((f) => f.check);
    if (unknown.length > 0)
        throw new errors/* InternalError */.Gd(`no SARIF rule for ${[...new Set(unknown)].join(', ')}`);
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: SARIF_TOOL_NAME,
                        ...(tool.version ? { version: tool.version } : {}),
                        ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
                        rules: rules.map((rule) => ({
                            id: rule.id,
                            name: rule.id,
                            shortDescription: { text: rule.help },
                            help: { text: rule.help },
                        })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.check,
                    ruleIndex: index.get(f.check),
                    level: f.level,
                    message: { text: `${f.detail.replace(/\.$/, '')}. Fix: ${f.fix}` },
                    ...(f.file
                        ? {
                            locations: [
                                {
                                    physicalLocation: {
                                        artifactLocation: { uri: f.file.split('\\').join('/').replace(/^\.\//, '') },
                                        region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
                                    },
                                },
                            ],
                        }
                        : {}),
                })),
            },
        ],
    };
}

// EXTERNAL MODULE: ./.build/core/github/client.js
var client = __webpack_require__(91563);
// EXTERNAL MODULE: ./.build/core/github/errors.js
var github_errors = __webpack_require__(83239);
// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
;// CONCATENATED MODULE: ./.build/core/audit/settings/read.js

/**
 * GETs `route` (an Octokit route such as `GET /repos/{owner}/{repo}/immutable-releases`). A 404
 * is `absent` (the caller decides whether the token could have seen the setting), a 403 is
 * `hidden`; every other failure (5xx after the retries, the network) is thrown on, so the check
 * that asked fails with that reason rather than guessing.
 */
async function readSetting(github, route, params) {
    try {
        const response = await github.request(route, params);
        return { kind: 'ok', data: response.data };
    }
    catch (error) {
        const status = (0,github_errors/* statusOf */.c2)(error);
        const e = error;
        const accepted = e.response?.headers?.['x-accepted-github-permissions'];
        if (status === 404) {
            const body = e.response?.data?.message;
            return { kind: 'absent', status: 404, message: typeof body === 'string' ? body : 'Not Found' };
        }
        if (status === 403)
            return { kind: 'hidden', status, accepted, route };
        throw error;
    }
}
/** The fix of every `not-checked` row: which token can read the repository's settings. */
const ADMIN_FIX = "Give the audit a token that can read the repository's administration settings, as input " +
    "'github-token' (or GH_TOKEN for the CLI): a fine-grained personal access token with the " +
    "repository permission 'Administration: read' (and 'Metadata: read'), or a GitHub App " +
    "installation token with 'administration: read'. A workflow's GITHUB_TOKEN can never read these " +
    "settings, whatever its 'permissions:' block says. To accept the gap instead, set the check to 'warn' or 'off' in 'checks'.";
/**
 * The `not-checked` row of a setting the token could not read. It names the permission from the
 * answer's `X-Accepted-GitHub-Permissions` (GitHub's own word on what is needed; sets separated
 * by `;`), or says the header was missing and names the permission GitHub documents instead.
 */
function notChecked(check, what, answer, documented = 'administration=read') {
    const permission = answer.accepted
        ? `GitHub accepts: ${answer.accepted}`
        : `GitHub sent no X-Accepted-GitHub-Permissions header; the endpoint is documented to need ${documented}`;
    // The administration settings need another token; anything else a workflow's token can be granted.
    const needed = answer.accepted ?? documented;
    const fix = needed.includes('administration')
        ? ADMIN_FIX
        : `Grant the token ${needed.replace(/=/g, ': ')} (in a workflow, in the job's 'permissions:' block), or set the check to 'warn' or 'off' in 'checks'.`;
    return {
        check,
        result: 'not-checked',
        detail: `${what}: GitHub answered ${answer.status} to this token, so the setting could not be read (${permission}).`,
        fix,
    };
}
/** `owner` and `repo` parameters for a route. */
function repoParams(repo) {
    return { owner: repo.owner, repo: repo.repo };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/default-branch.js
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




const CHECK = 'default-branch';
function fromRules(rules) {
    const p = { reviews: 0, checks: new Set(), noForcePush: false, noDeletion: false };
    for (const rule of rules) {
        if (rule.type === 'pull_request')
            p.reviews = Math.max(p.reviews, rule.parameters?.required_approving_review_count ?? 0);
        if (rule.type === 'required_status_checks')
            for (const c of rule.parameters?.required_status_checks ?? [])
                if (c.context)
                    p.checks.add(c.context);
        if (rule.type === 'non_fast_forward')
            p.noForcePush = true;
        if (rule.type === 'deletion')
            p.noDeletion = true;
    }
    return p;
}
function merge(a, c) {
    const checks = new Set(a.checks);
    for (const x of c.required_status_checks?.contexts ?? [])
        checks.add(x);
    for (const x of c.required_status_checks?.checks ?? [])
        if (x.context)
            checks.add(x.context);
    return {
        reviews: Math.max(a.reviews, c.required_pull_request_reviews?.required_approving_review_count ?? 0),
        checks,
        // Classic protection forbids force pushes and deletions unless they are allowed.
        noForcePush: a.noForcePush || c.allow_force_pushes?.enabled === false,
        noDeletion: a.noDeletion || c.allow_deletions?.enabled === false,
    };
}
/** What is missing, one phrase each; empty when the branch is protected as required. */
function gaps(p, required) {
    const out = [];
    if (p.reviews < 1)
        out.push('no pull request review is required');
    const missing = required.filter((c) => !p.checks.has(c));
    if (missing.length > 0)
        out.push(`the status check${missing.length === 1 ? '' : 's'} ${missing.map((m) => (0,quote/* quote */.h)(m)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not required`);
    if (!p.noForcePush)
        out.push('force pushes are not blocked');
    if (!p.noDeletion)
        out.push('deletion is not restricted');
    return out;
}
async function checkDefaultBranch(ctx) {
    const { default_branch: branch } = await ctx.repository();
    const fix = `Protect '${branch}' with a branch ruleset (or classic branch protection): require a pull request with at least one approving review` +
        (ctx.requiredChecks.length
            ? `, require the status checks ${ctx.requiredChecks.map((c) => (0,quote/* quote */.h)(c)).join(', ')}`
            : '') +
        ', block force pushes and restrict deletions.';
    let rules;
    try {
        rules = await (0,client.paginateAll)(ctx.github, 'GET /repos/{owner}/{repo}/rules/branches/{branch}', { ...repoParams(ctx.repo), branch }, { what: 'the branch rules' });
    }
    catch (error) {
        const status = (0,github_errors/* statusOf */.c2)(error.cause) ?? (0,github_errors/* statusOf */.c2)(error);
        if (status === 403 || status === 404)
            return notChecked(CHECK, `The rules of '${branch}'`, { status }, 'metadata=read');
        throw error;
    }
    const byRulesets = fromRules(rules);
    const rulesetGaps = gaps(byRulesets, ctx.requiredChecks);
    const checks = ctx.requiredChecks.length
        ? `, requires ${ctx.requiredChecks.map((c) => (0,quote/* quote */.h)(c)).join(', ')}`
        : '';
    const passDetail = (source, p) => `'${branch}' (${source}): ${p.reviews} approving review${p.reviews === 1 ? '' : 's'}${checks}, no force push, no deletion.`;
    if (rulesetGaps.length === 0)
        return { check: CHECK, result: 'pass', detail: passDetail('rulesets', byRulesets), fix: '' };
    const classic = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/branches/{branch}/protection', { ...repoParams(ctx.repo), branch });
    if (classic.kind === 'hidden')
        return notChecked(CHECK, `'${branch}''s rulesets leave gaps (${rulesetGaps.join('; ')}) and its classic branch protection`, classic);
    if (classic.kind === 'absent') {
        if (!(await ctx.canReadAdministration()))
            return notChecked(CHECK, `'${branch}''s rulesets leave gaps (${rulesetGaps.join('; ')}) and its classic branch protection`, { status: 404, accepted: undefined });
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

// EXTERNAL MODULE: ./.build/core/audit/workflow/filter-pattern.js
var filter_pattern = __webpack_require__(36007);
;// CONCATENATED MODULE: ./.build/core/audit/settings/patterns.js
/*
 * The settings checks' tag patterns, over the workflow lint's filter patterns
 * (workflow/filter-pattern.ts: one reading of GitHub's filter syntax for both halves of the
 * audit). Rulesets and deployment policies write `fnmatch` patterns instead (FNM_PATHNAME: `*`
 * stops at `/`, `**` crosses it, `?` is any one character), which agree with the filter syntax
 * only on literals, `*` and `**`; a pattern using anything else is never taken as covering or
 * covered here (the row then asks for a plainer pattern), so no syntax gap can pass an open tag.
 */

const SPECIAL = /[*?+[\]!\\]/;
/** fnmatch characters whose meaning differs from the filter syntax. */
const FNMATCH_ONLY = /[?+[\]!\\]/;
/** Whether every tag `tagPattern` (filter syntax) accepts is matched by the fnmatch pattern `rule`. */
function fnmatchCovers(rule, tagPattern) {
    return !FNMATCH_ONLY.test(rule) && (0,filter_pattern/* isNarrower */.Jo)(tagPattern, rule);
}
/** Whether every tag the fnmatch pattern `rule` matches is accepted by `tagPattern` (filter syntax). */
function fnmatchWithin(rule, tagPattern) {
    return !FNMATCH_ONLY.test(rule) && (0,filter_pattern/* isNarrower */.Jo)(rule, tagPattern);
}
/** The characters every name a pattern accepts begins with. */
function literalPrefix(pattern) {
    const at = pattern.search(SPECIAL);
    return at < 0 ? pattern : pattern.slice(0, at);
}
/**
 * Whether two patterns may accept a common name: conservative the other way (true when unsure),
 * for a ruleset's excludes, which must not take away any tag the release pattern accepts. Only
 * two literal prefixes that part (`nightly-*` and `v*`) prove the two apart.
 */
function patternsMayOverlap(a, b) {
    if (!SPECIAL.test(a) && !SPECIAL.test(b))
        return a === b;
    const la = literalPrefix(a);
    const lb = literalPrefix(b);
    return la.startsWith(lb) || lb.startsWith(la);
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/environment.js
/*
 * `environment`: the release job's environment exists, needs a required reviewer who is not the
 * person who started the run (`prevent_self_review`), and deploys only from tags the release
 * pattern accepts (GET /repos/{o}/{r}/environments/{name}: `protection_rules` and
 * `deployment_branch_policy`; with custom policies, GET …/deployment-branch-policies lists them,
 * each a `branch` or `tag` fnmatch pattern). The wait timer is shown. Both endpoints are readable
 * with `actions: read`. Required reviewers depend on the plan: a private repository on GitHub
 * Free has none to offer, which the row says instead of a bare failure.
 */





const environment_CHECK = 'environment';
async function checkEnvironment(ctx) {
    const name = ctx.environment;
    if (name === undefined)
        return {
            check: environment_CHECK,
            result: 'fail',
            detail: 'No release environment is named, so nobody has to approve a release before it is published.',
            fix: "Give the release job an 'environment:' with required reviewers, and name it in the audit's 'environment' input (the CLI's --environment).",
        };
    const fix = `In Settings → Environments → ${name}: add required reviewers with 'Prevent self-review', and under 'Deployment branches and tags' choose ` +
        `'Selected branches and tags' with only the tag rule '${ctx.tagPattern}'.`;
    const env = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/environments/{environment_name}', {
        ...repoParams(ctx.repo),
        environment_name: name,
    });
    if (env.kind === 'hidden')
        return notChecked(environment_CHECK, `Environment ${(0,quote/* quote */.h)(name)}`, env, 'actions=read');
    if (env.kind === 'absent')
        return {
            check: environment_CHECK,
            result: 'fail',
            detail: `Environment ${(0,quote/* quote */.h)(name)} does not exist: GitHub creates it unprotected on the first job that names it.`,
            fix,
        };
    const rules = env.data.protection_rules ?? [];
    const problems = [];
    const reviewers = rules.find((r) => r.type === 'required_reviewers');
    if (!reviewers || (reviewers.reviewers ?? []).length === 0) {
        const { private: isPrivate } = await ctx.repository();
        problems.push('no required reviewers' +
            (isPrivate
                ? ' (a private repository has environment reviewers only on GitHub Pro, Team or Enterprise; on GitHub Free make the repository public or upgrade the plan)'
                : ''));
    }
    else if (reviewers.prevent_self_review !== true) {
        problems.push("required reviewers without 'prevent_self_review': whoever pushed the tag may approve their own release");
    }
    const wait = rules.find((r) => r.type === 'wait_timer')?.wait_timer ?? 0;
    const policy = env.data.deployment_branch_policy;
    let deploys = '';
    if (!policy) {
        problems.push('deployments are allowed from any branch or tag');
    }
    else if (policy.protected_branches) {
        problems.push('deployments are allowed from every protected branch, not only from release tags');
    }
    else if (policy.custom_branch_policies) {
        let policies;
        try {
            policies = await (0,client.paginateAll)(ctx.github, 'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', { ...repoParams(ctx.repo), environment_name: name }, { what: 'the deployment branch policies' });
        }
        catch (error) {
            const status = (0,github_errors/* statusOf */.c2)(error.cause) ?? (0,github_errors/* statusOf */.c2)(error);
            if (status === 403 || status === 404)
                return notChecked(environment_CHECK, `The deployment policies of ${(0,quote/* quote */.h)(name)}`, { status }, 'actions=read');
            throw error;
        }
        const wide = policies.filter((p) => p.type !== 'tag' || !fnmatchWithin(p.name ?? '', ctx.tagPattern));
        if (policies.length === 0)
            problems.push('custom deployment policies are on but none is listed');
        for (const p of wide)
            problems.push(p.type === 'tag'
                ? `tag policy ${(0,quote/* quote */.h)(p.name)} is wider than '${ctx.tagPattern}'`
                : `${p.type ?? 'unknown'} policy ${(0,quote/* quote */.h)(p.name)} lets a branch deploy`);
        deploys = `deploys from tags ${policies.map((p) => (0,quote/* quote */.h)(p.name)).join(', ')}`;
    }
    else {
        problems.push('the deployment branch policy selects neither protected branches nor custom policies');
    }
    const timer = wait > 0 ? `wait timer ${wait} min` : 'no wait timer';
    if (problems.length > 0)
        return {
            check: environment_CHECK,
            result: 'fail',
            detail: `Environment ${(0,quote/* quote */.h)(name)}: ${problems.join('; ')} (${timer}).`,
            fix,
        };
    return {
        check: environment_CHECK,
        result: 'pass',
        detail: `Environment ${(0,quote/* quote */.h)(name)}: required reviewers with prevent_self_review; ${deploys}; ${timer}.`,
        fix: '',
    };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/immutable-releases.js
/*
 * `immutable-releases`: the repository setting that makes a published release's assets and tag
 * unchangeable (GET /repos/{o}/{r}/immutable-releases: 200 `{enabled, enforced_by_owner}`, 404
 * when it is off, per @octokit/openapi 23.0.2). Only a token that can read the administration
 * settings gets either answer; to any other a 404 proves nothing, so it is `not-checked`.
 */

const immutable_releases_CHECK = 'immutable-releases';
const FIX = "Turn on immutable releases: the repository's Settings → General → Releases → 'Enable release immutability' (or the organization's policy).";
async function checkImmutableReleases(ctx) {
    const answer = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/immutable-releases', repoParams(ctx.repo));
    if (answer.kind === 'hidden')
        return notChecked(immutable_releases_CHECK, 'Immutable releases', answer);
    if (answer.kind === 'absent') {
        if (!(await ctx.canReadAdministration()))
            return notChecked(immutable_releases_CHECK, 'Immutable releases', { status: 404, accepted: undefined });
        return {
            check: immutable_releases_CHECK,
            result: 'fail',
            detail: 'Immutable releases are off: a published release can still be edited, its assets replaced and its tag moved.',
            fix: FIX,
        };
    }
    if (answer.data.enabled === true) {
        const by = answer.data.enforced_by_owner === true ? ' (enforced by the owner)' : '';
        return { check: immutable_releases_CHECK, result: 'pass', detail: `Immutable releases are on${by}.`, fix: '' };
    }
    return {
        check: immutable_releases_CHECK,
        result: 'fail',
        detail: `Immutable releases are not reported as on (enabled: ${JSON.stringify(answer.data.enabled)}).`,
        fix: FIX,
    };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/sha-pinning.js
/*
 * `sha-pinning`: whether GitHub refuses to run an action not pinned to a full commit SHA
 * (GET /repos/{o}/{r}/actions/permissions: `sha_pinning_required`, in @octokit/openapi 23.0.2;
 * needs administration: read). A server that does not report the field (an older GHES) has not
 * shown the policy to be on: a failure.
 */

const sha_pinning_CHECK = 'sha-pinning';
async function checkShaPinning(ctx) {
    const answer = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/actions/permissions', repoParams(ctx.repo));
    if (answer.kind !== 'ok')
        return notChecked(sha_pinning_CHECK, "Actions' permissions", {
            status: answer.status,
            accepted: answer.kind === 'hidden' ? answer.accepted : undefined,
        });
    const allowed = typeof answer.data.allowed_actions === 'string'
        ? `; allowed actions: ${answer.data.allowed_actions}`
        : '';
    if (answer.data.sha_pinning_required === true)
        return {
            check: sha_pinning_CHECK,
            result: 'pass',
            detail: `Actions must be pinned to a full commit SHA${allowed}.`,
            fix: '',
        };
    const reported = answer.data.sha_pinning_required === undefined
        ? 'not reported by this server'
        : JSON.stringify(answer.data.sha_pinning_required);
    return {
        check: sha_pinning_CHECK,
        result: 'fail',
        detail: `Pinning actions to a full commit SHA is not required (sha_pinning_required: ${reported}${allowed}): a moved tag of a third-party action runs new code in the release job.`,
        fix: "Turn on Settings → Actions → General → 'Require actions to be pinned to a full-length commit SHA'.",
    };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/tag-ruleset.js
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





const tag_ruleset_CHECK = 'tag-ruleset';
const REQUIRED_RULES = ['deletion', 'non_fast_forward', 'update'];
/** A ruleset's `ref_name` pattern as a tag pattern: `refs/tags/v*` → `v*`, `~ALL` → `**`; others select no tag. */
function tagPatternOf(refPattern) {
    if (refPattern === '~ALL')
        return '**';
    return refPattern.startsWith('refs/tags/') ? refPattern.slice('refs/tags/'.length) : undefined;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/** Why the ruleset does not cover the release tags, or undefined when it does. */
function coverageGap(ruleset, tagPattern) {
    const include = strings(ruleset.conditions?.ref_name?.include);
    const exclude = strings(ruleset.conditions?.ref_name?.exclude);
    const covering = include.map(tagPatternOf).some((p) => p !== undefined && fnmatchCovers(p, tagPattern));
    if (!covering)
        return `its include ${(0,quote/* quote */.h)(include)} does not cover every tag '${tagPattern}' accepts`;
    const taking = exclude.filter((e) => {
        const p = tagPatternOf(e);
        return p !== undefined && patternsMayOverlap(p, tagPattern);
    });
    if (taking.length > 0)
        return `its exclude ${(0,quote/* quote */.h)(taking)} may take release tags out`;
    return undefined;
}
async function checkTagRuleset(ctx) {
    const fix = `Add an active tag ruleset (Settings → Rules → Rulesets → New tag ruleset) targeting 'refs/tags/${ctx.tagPattern}' ` +
        "with 'Restrict deletions', 'Block force pushes' and 'Restrict updates' (and 'Restrict creations' so only release managers create tags), " +
        "and no bypass actor in 'exempt' mode.";
    let summaries;
    try {
        summaries = await (0,client.paginateAll)(ctx.github, 'GET /repos/{owner}/{repo}/rulesets', {
            ...repoParams(ctx.repo),
            targets: 'tag',
            includes_parents: true,
        }, { what: 'the repository rulesets' });
    }
    catch (error) {
        const status = (0,github_errors/* statusOf */.c2)(error.cause) ?? (0,github_errors/* statusOf */.c2)(error);
        if (status === 403 || status === 404)
            return notChecked(tag_ruleset_CHECK, 'Rulesets', { status }, 'metadata=read');
        throw error;
    }
    const rulesets = [];
    for (const s of summaries) {
        const answer = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
            ...repoParams(ctx.repo),
            ruleset_id: s.id,
            includes_parents: true,
        });
        if (answer.kind !== 'ok')
            return notChecked(tag_ruleset_CHECK, `Ruleset ${(0,quote/* quote */.h)(s.name ?? s.id)}`, { status: answer.status, accepted: answer.kind === 'hidden' ? answer.accepted : undefined }, 'metadata=read');
        rulesets.push(answer.data);
    }
    const notes = [];
    const covering = [];
    for (const r of rulesets) {
        const name = (0,quote/* quote */.h)(r.name ?? r.id);
        if (r.target !== 'tag')
            continue;
        if (r.enforcement !== 'active') {
            notes.push(`${name} is '${r.enforcement}', not enforced: it does not count`);
            continue;
        }
        const gap = coverageGap(r, ctx.tagPattern);
        if (gap)
            notes.push(`${name}: ${gap}`);
        else
            covering.push(r);
    }
    if (covering.length === 0) {
        // Rulesets depend on the plan: on GitHub Free only public repositories have them.
        const plan = (await ctx.repository()).private
            ? ' Rulesets on a private repository need GitHub Pro, Team or Enterprise; on GitHub Free make the repository public or change plan.'
            : '';
        return {
            check: tag_ruleset_CHECK,
            result: 'fail',
            detail: `No active tag ruleset covers '${ctx.tagPattern}'${notes.length ? ` (${notes.join('; ')})` : ''}.`,
            fix: fix + plan,
        };
    }
    const rules = new Set(covering.flatMap((r) => (r.rules ?? []).map((rule) => rule.type)));
    const missing = REQUIRED_RULES.filter((rule) => !rules.has(rule));
    const names = covering.map((r) => (0,quote/* quote */.h)(r.name ?? r.id)).join(', ');
    const creation = rules.has('creation')
        ? 'creation restricted'
        : 'creation not restricted (anyone who can push may create a release tag)';
    const exempt = [];
    const listed = [];
    let hidden = false;
    for (const r of covering) {
        if (!Array.isArray(r.bypass_actors)) {
            hidden = true;
            continue;
        }
        for (const a of r.bypass_actors) {
            const who = `${a.actor_type ?? 'actor'} ${a.actor_id ?? ''}`.trim();
            if (a.bypass_mode === 'exempt')
                exempt.push(who);
            else
                listed.push(`${who} (${a.bypass_mode ?? 'unknown mode'})`);
        }
    }
    const problems = [];
    if (missing.length > 0)
        problems.push(`the rule${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing, so a release tag can be ${missing.map((m) => ({ deletion: 'deleted', non_fast_forward: 'force-moved', update: 'moved' })[m]).join(' or ')}`);
    if (exempt.length > 0)
        problems.push(`bypass actor${exempt.length === 1 ? '' : 's'} ${exempt.join(', ')} in 'exempt' mode skip the rules without a bypass entry in the audit log`);
    const bypass = listed.length > 0 ? `; bypass actors: ${listed.join(', ')}` : '; no bypass actors';
    if (problems.length > 0)
        return {
            check: tag_ruleset_CHECK,
            result: 'fail',
            detail: `Tag ruleset ${names} covers '${ctx.tagPattern}' but ${problems.join('; and ')}.`,
            fix,
        };
    if (hidden)
        return {
            check: tag_ruleset_CHECK,
            result: 'not-checked',
            detail: `Tag ruleset ${names} covers '${ctx.tagPattern}' with deletion, non_fast_forward and update, but GitHub shows its bypass actors only to a token that can administer it (administration=read), so who may skip it is unknown.`,
            fix: ADMIN_FIX,
        };
    return {
        check: tag_ruleset_CHECK,
        result: 'pass',
        detail: `Tag ruleset ${names} covers '${ctx.tagPattern}': deletion, non_fast_forward and update; ${creation}${bypass}.`,
        fix: '',
    };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/workflow-permissions.js
/*
 * `workflow-permissions`: Actions' default GITHUB_TOKEN permissions for the repository
 * (GET /repos/{o}/{r}/actions/permissions/workflow: `default_workflow_permissions` is `read` or
 * `write`; needs administration: read). With `write`, every job that does not declare
 * `permissions:` may push tags and edit releases.
 */

const workflow_permissions_CHECK = 'workflow-permissions';
async function checkWorkflowPermissions(ctx) {
    const answer = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/actions/permissions/workflow', repoParams(ctx.repo));
    if (answer.kind !== 'ok')
        return notChecked(workflow_permissions_CHECK, "Actions' default workflow permissions", {
            status: answer.status,
            accepted: answer.kind === 'hidden' ? answer.accepted : undefined,
        });
    const level = answer.data.default_workflow_permissions;
    const approve = answer.data.can_approve_pull_request_reviews === true ? '; workflows may approve pull requests' : '';
    if (level === 'read')
        return {
            check: workflow_permissions_CHECK,
            result: 'pass',
            detail: `The default GITHUB_TOKEN permissions are read${approve}.`,
            fix: '',
        };
    return {
        check: workflow_permissions_CHECK,
        result: 'fail',
        detail: `The default GITHUB_TOKEN permissions are ${JSON.stringify(level)}, not "read": a job without a 'permissions:' block can write${approve}.`,
        fix: "Set Settings → Actions → General → Workflow permissions to 'Read repository contents and packages permissions', and grant writes per job with 'permissions:'.",
    };
}

// EXTERNAL MODULE: ./.build/core/audit/settings/types.js
var types = __webpack_require__(70721);
;// CONCATENATED MODULE: ./.build/core/audit/settings/index.js
/*
 * The settings half of audit-settings: every settings check in the contract's order, one row
 * each. What several checks need is read once: the repository (default branch, visibility) and
 * whether the token can read the administration settings at all (probed with the default
 * workflow permissions endpoint, which every administration reader may GET), so that a 404 from an
 * administration endpoint is read as "off" only when the token could have seen "on".
 */









const CHECKS = {
    'immutable-releases': checkImmutableReleases,
    'tag-ruleset': checkTagRuleset,
    'default-branch': checkDefaultBranch,
    environment: checkEnvironment,
    'workflow-permissions': checkWorkflowPermissions,
    'sha-pinning': checkShaPinning,
};
function once(load) {
    let value;
    return () => (value ??= load());
}
/**
 * Runs the settings checks, one row each. A check that throws (a 5xx after the retries, the
 * network) becomes a failed row naming the reason: an unknown state is a failure.
 */
async function auditSettings(github, options) {
    const ctx = {
        github,
        repo: options.repo,
        tagPattern: options.tagPattern,
        requiredChecks: options.requiredChecks,
        environment: options.environment,
        canReadAdministration: once(async () => {
            const probe = await readSetting(github, 'GET /repos/{owner}/{repo}/actions/permissions/workflow', repoParams(options.repo));
            return probe.kind === 'ok';
        }),
        repository: once(async () => {
            const { data } = await github.request('GET /repos/{owner}/{repo}', repoParams(options.repo));
            return { default_branch: data.default_branch, private: data.private };
        }),
    };
    const rows = [];
    for (const name of options.checks) {
        try {
            rows.push(await CHECKS[name](ctx));
        }
        catch (error) {
            rows.push({
                check: name,
                result: 'fail',
                detail: `The setting could not be read: ${(0,errors/* messageOf */.bD)(error)}`,
                fix: 'Run the audit again; if it keeps failing, check that the repository exists and GitHub is reachable.',
            });
        }
    }
    return rows;
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/rules.js
const SETTINGS_RULES = {
    'immutable-releases': "The repository's immutable releases setting is on: a published release's assets and tag cannot change.",
    'tag-ruleset': 'An active tag ruleset covers every tag `tag-pattern` accepts with `deletion`, `non_fast_forward` and `update`; no bypass actor is `exempt`.',
    'default-branch': 'The default branch requires a pull request with at least one review and the `required-checks`, and blocks force pushes and deletion (rulesets or classic protection).',
    environment: 'The release environment exists, has required reviewers with `prevent_self_review`, and deploys only from tags matching `tag-pattern`.',
    'workflow-permissions': "Actions' default GITHUB_TOKEN permissions are `read`.",
    'sha-pinning': 'Actions must be pinned to a full commit SHA (`sha_pinning_required`).',
};

// EXTERNAL MODULE: ./.build/core/audit/workflow/rules.js
var workflow_rules = __webpack_require__(57715);
;// CONCATENATED MODULE: ./.build/core/audit/audit.js
/*
 * audit-settings' sequence, shared by the action and the CLI's `audit`: the `checks` levels, the
 * settings checks (settings/), the workflow lint (workflow/), and one list of report rows from
 * which the outputs, the JSON report, the SARIF file, the summary and the annotations are all made.
 *
 * A row's `result` is what was found (`pass`, `fail`, `not-checked`: a setting the token could not
 * read, or `off`: turned off in `checks`); its `level` decides whether it fails the run. Only
 * `error` rows that failed or were not checked fail it: `not-checked` is never a pass.
 */








/** A workflow finding as a failed row of its check, at its file, line and column. */
function findingRow(f, level) {
    return {
        check: f.check,
        level,
        result: 'fail',
        detail: f.detail,
        fix: f.fix,
        file: f.file,
        line: f.line,
        column: f.column,
    };
}
/** Why the audit could not run at all: the workflow file could not be read. */
class AuditError extends errors/* BaseError */.Cf {
    constructor(message, options = {}) {
        super('WORKFLOW_UNREADABLE', message, options);
        this.name = 'AuditError';
    }
}
function countRows(rows) {
    return {
        passed: rows.filter((r) => r.result === 'pass').length,
        failed: rows.filter((r) => r.result === 'fail').length,
        notChecked: rows.filter((r) => r.result === 'not-checked').length,
    };
}
/** Whether the row fails the run: an `error` check that failed or could not be checked. */
function failsRun(row) {
    return row.level === 'error' && (row.result === 'fail' || row.result === 'not-checked');
}
/** The `report` output: `{"checks": [...]}` with the contract's fields, positions only where known. */
function reportJson(rows) {
    return JSON.stringify({ checks: rows });
}
/**
 * Runs the audit: settings checks through `github`, then the workflow lint, in the contract's
 * order; a check set to `off` gives one `off` row and asks nothing.
 */
async function runAudit(deps, options) {
    const level = (check) => options.levels.get(check) ?? 'error';
    const off = (check, detail = 'Turned off in checks.') => ({
        check,
        level: 'off',
        result: 'off',
        detail,
        fix: '',
    });
    const rows = [];
    const settingsToRun = types/* SETTINGS_CHECKS */.k.filter((c) => level(c) !== 'off');
    const settingsRows = await auditSettings(deps.github, {
        repo: options.repo,
        tagPattern: options.tagPattern,
        requiredChecks: options.requiredChecks,
        environment: options.environment,
        checks: settingsToRun,
    });
    for (const check of types/* SETTINGS_CHECKS */.k) {
        const row = settingsRows.find((r) => r.check === check);
        rows.push(row ? { ...row, level: level(check) } : off(check));
    }
    const workflow = options.workflow;
    if (!workflow) {
        // Not run, which the row says; the CLI audits settings alone when no --workflow is given.
        for (const check of levels/* WORKFLOW_CHECKS */.ei)
            rows.push({ ...off(check, 'Not run: no workflow file was given.'), level: level(check) });
        return rows;
    }
    // A file the lint cannot read as a workflow throws its WorkflowLintError (file, line, column
    // and fix): no finding is reported then, and never a pass.
    const findings = deps.lintWorkflow(workflow.text, workflow.file, { tagPattern: options.tagPattern });
    for (const check of levels/* WORKFLOW_CHECKS */.ei) {
        if (level(check) === 'off') {
            rows.push(off(check));
            continue;
        }
        const mine = findings.filter((f) => f.check === check);
        if (mine.length === 0) {
            rows.push({
                check,
                level: level(check),
                result: 'pass',
                detail: `No finding in ${workflow.file}.`,
                fix: '',
            });
            continue;
        }
        for (const f of mine)
            rows.push(findingRow(f, level(check)));
    }
    // A finding under a name the audit does not know would be dropped silently: never.
    const unknown = findings.filter((f) => !levels/* WORKFLOW_CHECKS */.ei.includes(f.check));
    for (const f of unknown)
        rows.push(findingRow(f, 'error'));
    return rows;
}
/**
 * The SARIF 2.1.0 log of the audit (sarif.ts): every row that failed or was not checked, as an
 * `error` or, for a check set to `warn`, a `warning`; settings rows carry no location. Every
 * check is a rule, so code scanning lists the ones that passed too.
 */
function auditSarif(rows, version) {
    const rules = [
        ...types/* SETTINGS_CHECKS */.k.map((id) => ({ id, help: SETTINGS_RULES[id] })),
        ...levels/* WORKFLOW_CHECKS */.ei.map((id) => ({ id, help: workflow_rules/* WORKFLOW_RULES */.K[id] })),
    ];
    const findings = rows
        .filter((r) => (r.result === 'fail' || r.result === 'not-checked') && r.level !== 'off')
        .map((r) => ({
        check: r.check,
        level: r.level === 'warn' ? 'warning' : 'error',
        detail: r.result === 'not-checked' ? `Not checked: ${r.detail}` : r.detail,
        fix: r.fix,
        file: r.file,
        line: r.line,
        column: r.column,
    }));
    return toSarif(findings, rules, { version });
}
/**
 * Reads the workflow to lint. A missing file is the usual mistake (the step ran before the
 * checkout), so the error says so.
 */
async function readWorkflowFile(absolute, file) {
    try {
        return { text: await promises_.readFile(absolute, 'utf8'), file };
    }
    catch (error) {
        throw new AuditError(`The workflow ${file} could not be read: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            fix: "Check the repository out before this step (actions/checkout with 'persist-credentials: false'), or give the workflow's path in 'workflow' (the CLI's --workflow).",
        });
    }
}


/***/ }),

/***/ 57715:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ WORKFLOW_RULES)
/* harmony export */ });
const WORKFLOW_RULES = {
    'unpinned-uses': 'Every `uses:` (actions and reusable workflows) is pinned to a full 40-hex commit SHA; local `./` actions and `docker://…@sha256:` images are excepted.',
    'excessive-permissions': "No write grant at the workflow's top level, and `write-all` nowhere.",
    'id-token': '`id-token: write` only on a job that runs a signing or attesting step.',
    'persist-credentials': '`actions/checkout` has `persist-credentials: false` in every job that holds a write grant.',
    'dangerous-triggers': 'No `workflow_dispatch`, `pull_request_target`, `workflow_run` or `schedule` on a workflow that publishes (undraft, stage-release, promote-image, or contents/packages write).',
    'tag-trigger': 'Every `on.push.tags` pattern is `tag-pattern` or narrower; no push without a tag filter, and no `create` trigger (which GitHub never filters).',
    'template-injection': 'No `${{ github.event.* }}`, `${{ inputs.* }}` or `${{ github.head_ref }}` expanded inside `run:`.',
    'step-order': 'A job running stage-release, undraft or promote-image runs after tag-semver-guard or the preflight; undraft comes after every stage-release, sbom-attach, sigstore-sign and byte-identity step of its job.',
};


/***/ })

};
