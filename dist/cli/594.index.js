export const id = 594;
export const ids = [594];
export const modules = {

/***/ 7594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WORKFLOW_CHECKS: () => (/* reexport */ types/* WORKFLOW_CHECKS */.e),
  WORKFLOW_RULES: () => (/* reexport */ rules/* WORKFLOW_RULES */.K),
  WorkflowLintError: () => (/* reexport */ types/* WorkflowLintError */.v),
  filterMatches: () => (/* reexport */ filter_pattern/* filterMatches */.wX),
  isNarrower: () => (/* reexport */ filter_pattern/* isNarrower */.Jo),
  lintWorkflow: () => (/* reexport */ lintWorkflow),
  tagPatternProblems: () => (/* reexport */ filter_pattern/* tagPatternProblems */.hx)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
;// CONCATENATED MODULE: ./.build/core/audit/workflow/actions.js
/**
 * The sealed-release action a `uses:` names, or undefined: `./` is the root action (preflight),
 * `./<name>` a sub-action used from this repository (`$/` likewise: GitHub's self-repository
 * form), `<owner>/sealed-release[/<name>]@<ref>` the
 * published forms — the forms src/rehearsal/workflow/interpreter.ts runs. Whether the ref is a
 * commit is `unpinned-uses`' concern, not this one's: a tag still names the action.
 */
function sealedReleaseAction(uses) {
    if (uses === './' || uses === '$/')
        return 'preflight';
    const local = /^[.$]\/([a-z0-9-]+)$/.exec(uses);
    if (local)
        return local[1];
    const published = /^[A-Za-z0-9-]+\/sealed-release(?:\/([a-z0-9-]+))?@[^@/]+$/.exec(uses);
    if (!published)
        return undefined;
    return published[1] ?? 'preflight';
}
/** The sealed-release action a step runs, if any. */
function stepAction(step) {
    return step.uses ? sealedReleaseAction(step.uses.value) : undefined;
}
/** `owner/repo` of a `uses:` (lower case: GitHub's owner and repository names are case-insensitive). */
function actionRepository(uses) {
    return uses.split('@')[0].split('/').slice(0, 2).join('/').toLowerCase();
}
/** sealed-release's sub-actions that sign with the job's OIDC identity (their action.yml says `id-token: write`). */
const SEALED_SIGNERS = new Set(['sigstore-sign', 'attest-provenance', 'sbom-attach']);
/**
 * Third-party actions that sign or attest with the job's OIDC token:
 * - actions/attest-build-provenance, actions/attest, actions/attest-sbom: Sigstore attestations;
 * - sigstore/gh-action-sigstore-python: Sigstore signatures;
 * - sigstore/cosign-installer: installs cosign so that a later step signs (`cosign sign`);
 * - pypa/gh-action-pypi-publish: PEP 740 attestations (signed with the job's identity), on by
 *   default since v1.11;
 * - slsa-framework/slsa-github-generator: signed SLSA provenance;
 * - azure/artifact-signing-action (formerly azure/trusted-signing-action): Authenticode
 *   signing with Azure Artifact Signing, authenticated by the job's OIDC token through
 *   azure/login.
 */
const THIRD_PARTY_SIGNERS = new Set([
    'actions/attest-build-provenance',
    'actions/attest',
    'actions/attest-sbom',
    'sigstore/gh-action-sigstore-python',
    'sigstore/cosign-installer',
    'pypa/gh-action-pypi-publish',
    'slsa-framework/slsa-github-generator',
    'azure/artifact-signing-action',
    'azure/trusted-signing-action',
]);
/**
 * Commands in a `run:` script that sign or attest keylessly: `cosign sign|sign-blob|attest|
 * attest-blob`, `sigstore sign` (sigstore-python's CLI), `npm publish --provenance`. A regular
 * expression over the one script's value, never over the YAML.
 */
const SIGNING_COMMANDS = [
    /\bcosign\s+(sign|sign-blob|attest|attest-blob)\b/,
    /\bsigstore\s+sign\b/,
    /\bnpm\s+publish\b[^\n]*--provenance\b/,
];
/** Whether a step signs or attests (and so needs `id-token: write`). */
function signsOrAttests(step) {
    if (step.uses) {
        const action = sealedReleaseAction(step.uses.value);
        if (action !== undefined)
            return SEALED_SIGNERS.has(action);
        return THIRD_PARTY_SIGNERS.has(actionRepository(step.uses.value));
    }
    return step.run !== undefined && SIGNING_COMMANDS.some((command) => command.test(step.run?.value ?? ''));
}
/** Whether a step is `actions/checkout` (any ref). */
function isCheckout(step) {
    return step.uses !== undefined && actionRepository(step.uses.value) === 'actions/checkout';
}

// EXTERNAL MODULE: ./.build/core/audit/workflow/filter-pattern.js
var filter_pattern = __webpack_require__(36007);
;// CONCATENATED MODULE: ./.build/core/audit/workflow/permissions.js
/*
 * `excessive-permissions`, `id-token` and `persist-credentials`: what the job's GITHUB_TOKEN
 * holds. A job's grants are its own `permissions:` or, without one, the workflow's; without
 * either, the repository's default, which may be write (the `workflow-permissions` setting):
 * unknown, so counted as holding write (fail closed).
 */


/** The grants a job runs with, or undefined when it inherits the repository's default. */
function effectivePermissions(workflow, job) {
    return job.permissions ?? workflow.permissions;
}
/** Whether `permissions` grants `scope: write` (write-all grants every scope). */
function grantsWrite(permissions, scope) {
    if (permissions === undefined)
        return false;
    if (permissions.all === 'write-all')
        return true;
    return permissions.grants.some((g) => g.scope === scope && g.level === 'write');
}
/**
 * Whether the job's GITHUB_TOKEN can write anything; `undefined` (the repository default)
 * counts as yes. `id-token: write` is left out: it lets the job request an OIDC token, and gives
 * the GITHUB_TOKEN that checkout persists no power at all.
 */
function holdsWrite(permissions) {
    if (permissions === undefined)
        return true;
    if (permissions.all === 'write-all')
        return true;
    return permissions.grants.some((g) => g.level === 'write' && g.scope !== 'id-token');
}
/** No write grant at the workflow's top level (every job inherits it); `write-all` nowhere. */
function excessivePermissions(workflow) {
    const findings = [];
    const top = workflow.permissions;
    if (top?.all === 'write-all')
        findings.push({
            check: 'excessive-permissions',
            ...top.at,
            detail: 'the workflow grants `permissions: write-all` to every job',
            fix: 'Set `permissions: {}` at the top and grant each job only the scopes it uses.',
        });
    for (const grant of top?.grants ?? [])
        if (grant.level === 'write')
            findings.push({
                check: 'excessive-permissions',
                ...grant.at,
                detail: `the workflow grants \`${grant.scope}: write\` at the top level, to every job`,
                fix: `Move \`${grant.scope}: write\` to the job that needs it and set \`permissions: {}\` at the top.`,
            });
    for (const job of workflow.jobs)
        if (job.permissions?.all === 'write-all')
            findings.push({
                check: 'excessive-permissions',
                ...job.permissions.at,
                detail: `job ${job.shown} grants \`permissions: write-all\``,
                fix: `Grant job ${job.shown} only the scopes it uses.`,
            });
    return findings;
}
/** `id-token: write` only where a step signs or attests. */
function idToken(workflow) {
    const findings = [];
    const signs = (job) => job.uses === undefined && job.steps.some(signsOrAttests);
    const grantAt = (p) => p.all === 'write-all' ? p.at : (p.grants.find((g) => g.scope === 'id-token')?.at ?? p.at);
    for (const job of workflow.jobs) {
        if (!job.permissions || !grantsWrite(job.permissions, 'id-token') || signs(job))
            continue;
        findings.push({
            check: 'id-token',
            ...grantAt(job.permissions),
            detail: job.uses !== undefined
                ? `job ${job.shown} hands \`id-token: write\` to the reusable workflow ${(0,quote/* quote */.h)(job.uses.value)}, which cannot be read here to see that it signs`
                : `job ${job.shown} holds \`id-token: write\` but no step of it signs or attests`,
            fix: `Remove \`id-token: write\` from job ${job.shown}, or give it only to the job that signs.`,
        });
    }
    const top = workflow.permissions;
    if (top && grantsWrite(top, 'id-token')) {
        const heirs = workflow.jobs.filter((job) => job.permissions === undefined && !signs(job));
        if (heirs.length > 0)
            findings.push({
                check: 'id-token',
                ...grantAt(top),
                detail: `the workflow grants \`id-token: write\` to every job, and ${heirs.map((j) => j.shown).join(', ')} run${heirs.length === 1 ? 's' : ''} no step that signs or attests with it`,
                fix: 'Grant `id-token: write` only in the job that signs or attests.',
            });
    }
    return findings;
}
/**
 * `actions/checkout` keeps its token on disk unless `persist-credentials: false`: in the
 * checkout's .git/config, or under RUNNER_TEMP from v6 (zizmor's `artipacked` documents the
 * change); either way any later step, or an artifact that packs it, can take it.
 */
function persistCredentials(workflow) {
    const findings = [];
    for (const job of workflow.jobs) {
        const permissions = effectivePermissions(workflow, job);
        if (!holdsWrite(permissions))
            continue;
        const why = permissions === undefined
            ? "inherits the repository's default token permissions, which can be write"
            : 'holds a write grant';
        for (const step of job.steps) {
            if (!isCheckout(step) || !step.uses)
                continue;
            const persist = step.with.get('persist-credentials')?.value;
            if (persist === false || persist === 'false')
                continue;
            findings.push({
                check: 'persist-credentials',
                ...step.uses.at,
                detail: `${(0,quote/* quote */.h)(step.uses.value)} in job ${job.shown}, which ${why}, leaves the token on the runner's disk (.git/config, or RUNNER_TEMP from checkout v6) for every later step to read`,
                fix: 'Add `with: persist-credentials: false` to the checkout step.',
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/triggers.js
/*
 * `dangerous-triggers` and `tag-trigger`: what starts the release workflow.
 * - A workflow that publishes should start only from the release tag. `workflow_dispatch` lets
 *   anyone with write access publish from any ref; `pull_request_target` and `workflow_run` run
 *   with the base repository's token on events others cause; `schedule` publishes with nobody
 *   deciding. "Publishes" is the contract's: a job runs undraft, stage-release or
 *   promote-image, or holds `contents: write` / `packages: write`; a job that inherits the
 *   repository's default token (no `permissions:` anywhere) may hold both, so it counts too.
 * - Every `on.push.tags` pattern is `tag-pattern` or provably narrower (filter-pattern.ts).
 *   A push without `tags`/`branches` filters runs for every tag (GitHub: "If you define neither
 *   tags/tags-ignore or branches/branches-ignore, the workflow will run for events affecting
 *   either branches or tags"; path filters are not evaluated for tag pushes), and `tags-ignore`
 *   alone runs for every tag it does not name: neither is narrower than anything. `create`
 *   starts the workflow for every branch and tag created, whatever `tags:` it is given: GitHub
 *   applies no filter to it (GitHub Community discussion 26286, a GitHub staff answer: "The
 *   create event does not support branch filter and tag filter"), so it is reported too.
 */





const DANGEROUS = ['workflow_dispatch', 'pull_request_target', 'workflow_run', 'schedule'];
const PUBLISHING_ACTIONS = new Set(['undraft', 'stage-release', 'promote-image']);
/** Why the workflow publishes, or undefined when nothing in it can. */
function publishes(workflow) {
    for (const job of workflow.jobs) {
        const action = job.steps.map(stepAction).find((a) => a !== undefined && PUBLISHING_ACTIONS.has(a));
        if (action)
            return `job ${job.shown} runs ${action}`;
    }
    for (const job of workflow.jobs) {
        const permissions = effectivePermissions(workflow, job);
        if (permissions === undefined)
            return `job ${job.shown} inherits the repository's default token, which can hold contents: write`;
        for (const scope of ['contents', 'packages'])
            if (grantsWrite(permissions, scope))
                return `job ${job.shown} holds ${scope}: write`;
    }
    return undefined;
}
function dangerousTriggers(workflow) {
    const why = publishes(workflow);
    if (why === undefined)
        return [];
    return workflow.triggers
        .filter((t) => DANGEROUS.includes(t.event))
        .map((t) => ({
        check: 'dangerous-triggers',
        ...t.at,
        detail: `\`${t.event}\` starts a workflow that publishes (${why})`,
        fix: t.event === 'workflow_dispatch'
            ? 'Start the release from the tag push only (`on: push: tags`), or move the publishing job to a workflow that does.'
            : `Remove \`${t.event}\` from the publishing workflow; start the release from the tag push only.`,
    }));
}
/** The patterns of `tags:` (a list or one string), each where it is written. */
function patterns(workflow, node, at) {
    const items = (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => workflow.resolve(i)) : [node];
    return items.map((item) => {
        if (!(0,dist/* isScalar */.jn)(item) || (typeof item.value !== 'string' && typeof item.value !== 'number'))
            return { value: '', at: at(item) };
        return { value: String(item.value), at: at(item) };
    });
}
function tagTrigger(workflow, tagPattern) {
    const findings = [];
    const at = (node) => {
        const range = node?.range;
        return range ? workflow.locate(range[0]) : { line: 1, column: 1 };
    };
    for (const trigger of workflow.triggers.filter((t) => t.event === 'create'))
        findings.push({
            check: 'tag-trigger',
            ...trigger.at,
            detail: '`create` starts the workflow for every tag and branch created: GitHub applies no `tags` filter to it',
            fix: `Start the release with \`push: tags: [${(0,quote/* quote */.h)(tagPattern)}]\` instead of \`create\`.`,
        });
    for (const trigger of workflow.triggers.filter((t) => t.event === 'push')) {
        const config = trigger.config;
        const filters = new Map();
        if ((0,dist/* isMap */.jh)(config))
            for (const pair of config.items) {
                const key = workflow.resolve(pair.key);
                if ((0,dist/* isScalar */.jn)(key))
                    filters.set(String(key.value), { key: at(key), value: workflow.resolve(pair.value) });
            }
        const tags = filters.get('tags');
        if (tags) {
            for (const pattern of patterns(workflow, tags.value, at)) {
                if (pattern.value.startsWith('!'))
                    continue; // a negation only takes tags away
                if ((0,filter_pattern/* isNarrower */.Jo)(pattern.value, tagPattern))
                    continue;
                findings.push({
                    check: 'tag-trigger',
                    ...pattern.at,
                    detail: `the tag pattern ${(0,quote/* quote */.h)(pattern.value)} is not ${(0,quote/* quote */.h)(tagPattern)} or provably narrower: it may start a release from a tag that is not a release tag`,
                    fix: `Write the release tags as ${(0,quote/* quote */.h)(tagPattern)} (or a narrower pattern), or set tag-pattern to the tags you release.`,
                });
            }
            continue;
        }
        const ignore = filters.get('tags-ignore');
        if (ignore) {
            findings.push({
                check: 'tag-trigger',
                ...ignore.key,
                detail: `\`push: tags-ignore\` starts the workflow for every tag it does not name, not only ${(0,quote/* quote */.h)(tagPattern)}`,
                fix: `Replace tags-ignore with \`tags: [${(0,quote/* quote */.h)(tagPattern)}]\`.`,
            });
            continue;
        }
        if (filters.has('branches') || filters.has('branches-ignore'))
            continue; // branches only: no tag starts it
        findings.push({
            check: 'tag-trigger',
            ...trigger.at,
            detail: '`push` without `tags` or `branches` filters starts the workflow for every tag pushed',
            fix: `Add \`tags: [${(0,quote/* quote */.h)(tagPattern)}]\` to the push trigger.`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./.build/core/audit/workflow/types.js
var types = __webpack_require__(31425);
;// CONCATENATED MODULE: ./.build/core/audit/workflow/model.js
/*
 * A workflow file read as YAML with positions: the `yaml` package's document (as
 * src/core/manifests/keyed.ts reads YAML), walked once into the few parts the checks need, each
 * with the 1-based line and column of its node. No regular expression ever reads the YAML text:
 * the parser decides what is a key, a value, a comment or a block scalar.
 * Shapes follow GitHub's "Workflow syntax for GitHub Actions" (`on` as a string, a list or a
 * mapping; `permissions` as `read-all`, `write-all` or a mapping of scope to level; `needs` as a
 * string or a list; a job either has `steps` or calls a reusable workflow with `uses`).
 */



/** Parses `text` as a workflow, or throws a {@link WorkflowLintError} naming the position. */
function readWorkflow(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const locate = (offset) => {
        const { line, col } = counter.linePos(offset);
        return { line, column: col };
    };
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        throw new types/* WorkflowLintError */.v('WORKFLOW_SYNTAX', file, locate(first.pos[0]), `not valid YAML: ${first.message.split('\n')[0]}`);
    }
    const reader = new Reader(doc, file, locate, text);
    return reader.workflow();
}
class Reader {
    doc;
    file;
    locate;
    text;
    constructor(doc, file, locate, text) {
        this.doc = doc;
        this.file = file;
        this.locate = locate;
        this.text = text;
    }
    at(node) {
        const range = node?.range;
        return range ? this.locate(range[0]) : { line: 1, column: 1 };
    }
    resolve(node) {
        let current = node;
        for (let depth = 0; (0,dist/* isAlias */.Vj)(current) && depth < 16; depth++)
            current = current.resolve(this.doc) ?? null;
        return current ?? null;
    }
    fail(node, message) {
        throw new types/* WorkflowLintError */.v('WORKFLOW_SHAPE', this.file, this.at(node), message);
    }
    /** The pairs of a mapping node, keys read as strings. */
    pairs(node, what) {
        const map = this.resolve(node);
        if (!(0,dist/* isMap */.jh)(map))
            this.fail(node, `${what} is not a mapping`);
        return map.items.map((pair) => {
            const keyNode = this.resolve(pair.key);
            if (!(0,dist/* isScalar */.jn)(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number'))
                this.fail(pair.key, `a key of ${what} is not a string`);
            return { key: String(keyNode.value), keyNode, value: this.resolve(pair.value), pair };
        });
    }
    string(node, what) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
            this.fail(node, `${what} is not a string`);
        return { value: node.value, at: this.at(node) };
    }
    workflow() {
        const root = this.resolve(this.doc.contents);
        if (!(0,dist/* isMap */.jh)(root))
            this.fail(root, 'the workflow is not a mapping');
        let triggers;
        let permissions;
        let jobs;
        for (const { key, keyNode, value } of this.pairs(root, 'the workflow')) {
            if (key === 'on')
                triggers = this.triggers(value ?? keyNode);
            else if (key === 'permissions')
                permissions = this.permissions(value, keyNode, 'the workflow permissions');
            else if (key === 'jobs')
                jobs = this.jobs(value ?? keyNode);
        }
        if (triggers === undefined)
            this.fail(root, 'the workflow has no `on:`');
        if (jobs === undefined)
            this.fail(root, 'the workflow has no `jobs:`');
        return {
            file: this.file,
            triggers,
            permissions,
            jobs,
            locate: this.locate,
            resolve: (node) => this.resolve(node),
        };
    }
    triggers(node) {
        if ((0,dist/* isScalar */.jn)(node))
            return [{ event: this.string(node, '`on`').value, at: this.at(node), config: null }];
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((item) => {
                const event = this.string(this.resolve(item), 'an event of `on`');
                return { event: event.value, at: event.at, config: null };
            });
        return this.pairs(node, '`on`').map(({ key, keyNode, value }) => ({
            event: key,
            at: this.at(keyNode),
            config: value,
        }));
    }
    permissions(node, keyNode, where) {
        if ((0,dist/* isScalar */.jn)(node) && (node.value === 'read-all' || node.value === 'write-all'))
            return { at: this.at(node), all: node.value, grants: [] };
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node ?? keyNode, `${where} is neither read-all, write-all nor a mapping of scope to level`);
        const grants = this.pairs(node, where).map(({ key, keyNode: k, value }) => {
            // GitHub's scopes are lower-case words joined by '-' (contents, id-token, pull-requests…):
            // anything else is not a scope, and so a scope in a message can never carry markup.
            if (!/^[a-z]+(-[a-z]+)*$/.test(key))
                this.fail(k, `${(0,quote/* quote */.h)(key)} in ${where} is not a permission scope`);
            const level = this.string(value, `${key} in ${where}`).value;
            if (!['read', 'write', 'none'].includes(level))
                this.fail(value, `${key} in ${where} is ${(0,quote/* quote */.h)(level)}, not read, write or none`);
            return { scope: key, level, at: this.at(k) };
        });
        return { at: this.at(node), all: undefined, grants };
    }
    jobs(node) {
        return this.pairs(node, '`jobs`').map(({ key, keyNode, value }) => {
            const job = {
                id: key,
                shown: (0,quote/* quote */.h)(key),
                at: this.at(keyNode),
                permissions: undefined,
                needs: [],
                steps: [],
                uses: undefined,
            };
            const name = `job ${job.shown}`;
            for (const field of this.pairs(value ?? keyNode, name)) {
                if (field.key === 'permissions')
                    job.permissions = this.permissions(field.value, field.keyNode, `the permissions of ${name}`);
                else if (field.key === 'needs')
                    job.needs = this.needs(field.value, name);
                else if (field.key === 'uses')
                    job.uses = this.string(field.value, `the uses of ${name}`);
                else if (field.key === 'steps')
                    job.steps = this.steps(field.value ?? field.keyNode, name);
            }
            return job;
        });
    }
    needs(node, job) {
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((item) => this.string(this.resolve(item), `a need of ${job}`).value);
        return [this.string(node, `the needs of ${job}`).value];
    }
    steps(node, job) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(node, `the steps of ${job} are not a list`);
        return node.items.map((item, index) => {
            const stepNode = this.resolve(item);
            const step = { index, at: this.at(stepNode), uses: undefined, run: undefined, with: new Map() };
            const name = `step ${index + 1} of ${job}`;
            for (const { key, value } of this.pairs(stepNode, name)) {
                if (key === 'uses')
                    step.uses = this.string(value, `the uses of ${name}`);
                else if (key === 'run')
                    step.run = this.run(value, `the run of ${name}`);
                else if (key === 'with')
                    for (const input of this.pairs(value, `the with of ${name}`))
                        step.with.set(input.key, {
                            value: (0,dist/* isScalar */.jn)(input.value) ? input.value.value : input.value,
                            at: this.at(input.value ?? input.keyNode),
                        });
            }
            return step;
        });
    }
    run(node, what) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
            this.fail(node, `${what} is not a string`);
        const range = node.range ?? [0, 0, 0];
        return {
            value: node.value,
            at: this.at(node),
            source: this.text.slice(range[0], range[1]),
            offset: range[0],
        };
    }
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/step-order.js
/*
 * `step-order`: sealed-release's sub-actions in the order that makes their checks mean
 * something. A job that publishes (stage-release, undraft, promote-image) runs after the tag
 * was checked: a tag-semver-guard or preflight step earlier in the same job, or in a job it
 * needs, directly or through `needs:`. undraft, which publishes, comes after every step that
 * prepares or proves the draft in its job (stage-release, sbom-attach, sigstore-sign,
 * byte-identity): after undraft, a release is out.
 */

const PUBLISHERS = new Set(['stage-release', 'undraft', 'promote-image']);
const GUARDS = new Set(['tag-semver-guard', 'preflight']);
const BEFORE_UNDRAFT = new Set(['stage-release', 'sbom-attach', 'sigstore-sign', 'byte-identity']);
/** Every job `job` needs, directly or through `needs:` (an unknown name is skipped; cycles end). */
function ancestors(byId, job) {
    const seen = new Set();
    const pending = [...job.needs];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (seen.has(next) || next === job.id)
            continue;
        seen.add(next);
        pending.push(...(byId.get(next)?.needs ?? []));
    }
    return [...seen].flatMap((id) => byId.get(id) ?? []);
}
function stepOrder(workflow) {
    const findings = [];
    const byId = new Map(workflow.jobs.map((job) => [job.id, job]));
    for (const job of workflow.jobs) {
        const actions = job.steps.map(stepAction);
        const firstPublisher = actions.findIndex((a) => a !== undefined && PUBLISHERS.has(a));
        if (firstPublisher >= 0) {
            const guardedHere = actions.slice(0, firstPublisher).some((a) => a !== undefined && GUARDS.has(a));
            const guardedBefore = ancestors(byId, job).some((j) => j.steps.some((s) => GUARDS.has(stepAction(s) ?? '')));
            if (!guardedHere && !guardedBefore) {
                const step = job.steps[firstPublisher];
                findings.push({
                    check: 'step-order',
                    ...(step.uses?.at ?? step.at),
                    detail: `job ${job.shown} runs ${actions[firstPublisher]} with no tag-semver-guard or preflight before it, in the job or a job it needs`,
                    fix: `Run the preflight (or tag-semver-guard) first: earlier in job ${job.shown}, or in a job that ${job.shown} lists in \`needs:\`.`,
                });
            }
        }
        actions.forEach((action, index) => {
            if (action !== 'undraft')
                return;
            const late = job.steps.filter((s, i) => i > index && BEFORE_UNDRAFT.has(actions[i] ?? ''));
            if (late.length === 0)
                return;
            const step = job.steps[index];
            findings.push({
                check: 'step-order',
                ...(step.uses?.at ?? step.at),
                detail: `job ${job.shown} publishes with undraft before ${late.map((s) => `${stepAction(s)} (line ${s.at.line})`).join(', ')}`,
                fix: 'Move undraft after every stage-release, sbom-attach, sigstore-sign and byte-identity step of the job.',
            });
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/template-injection.js
/*
 * `template-injection`: `${{ }}` is expanded into the script's text before the shell reads it,
 * so a value someone else chose (an issue title, a branch name, a release's tag, a dispatch
 * input) becomes shell code. The contract names `github.event.*`, `inputs.*` and
 * `github.head_ref`; the fix is to pass the value through `env:` and quote the variable.
 * Expressions are found with a regular expression over the one `run:` value (never over the YAML),
 * and located in the scalar's own source text, so block scalars (`run: |`) get exact positions.
 */

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
/**
 * A context reference someone outside the workflow controls. Context names are
 * case-insensitive in expressions; a name preceded by `.` or a word character is a property of
 * something else (`steps.x.outputs.inputs`), and `github.event_name` is not `github.event`.
 */
const UNTRUSTED = /(?<![\w.-])(?:github\s*\.\s*event(?![\w-])|github\s*\[\s*'event'\s*\]|inputs\s*[.[]|github\s*\.\s*head_ref(?![\w-])|github\s*\[\s*'head_ref'\s*\])/i;
/** The untrusted references of a script, each with the expression that holds it. */
function untrustedExpressions(script) {
    const found = [];
    for (const match of script.matchAll(EXPRESSION))
        if (UNTRUSTED.test(match[1]))
            found.push({ expression: match[0], index: match.index });
    return found;
}
/**
 * Where the `nth` occurrence of `expression` is in the file: found in the scalar's source (a
 * block scalar keeps its lines verbatim after the indentation), else the scalar's own start
 * (a quoted scalar whose escapes changed the text).
 */
function locateIn(run, expression, nth, locate) {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
        index = run.source.indexOf(expression, index + 1);
        if (index < 0)
            return run.at;
    }
    return locate(run.offset + index);
}
function templateInjection(workflow) {
    const findings = [];
    for (const job of workflow.jobs)
        for (const step of job.steps) {
            if (!step.run)
                continue;
            const seen = new Map();
            for (const { expression } of untrustedExpressions(step.run.value)) {
                const nth = seen.get(expression) ?? 0;
                seen.set(expression, nth + 1);
                findings.push({
                    check: 'template-injection',
                    ...locateIn(step.run, expression, nth, workflow.locate),
                    detail: `job ${job.shown} expands ${(0,quote/* quote */.h)(expression)} inside \`run:\`, where its value becomes shell code`,
                    fix: 'Pass the value through the step\'s `env:` (`VALUE: ${{ … }}`) and use "$VALUE" in the script.',
                });
            }
        }
    return findings;
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/uses.js
/*
 * `unpinned-uses`: every `uses:` (a step's action or a job's reusable workflow) pinned to a full
 * 40-hex commit; a tag or a branch can be moved to other code after review. Excepted: local
 * `./` actions and workflows (they come with the commit being run), the self-repository form
 * `$/…` (GitHub changelog 2026-07-30, "Reference same-repository actions with self-repository
 * syntax": the workflow's own repository at the exact commit that is running) and
 * `docker://…@sha256:<64 hex>` (a digest is as immutable as a commit).
 */

const COMMIT = /^[0-9a-f]{40}$/;
const DOCKER_DIGEST = /^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;
/** Why a `uses:` value is not pinned, or undefined when it is. */
function unpinnedReason(uses) {
    if (uses.startsWith('./') || uses.startsWith('$/'))
        return undefined;
    if (uses.startsWith('docker://'))
        return DOCKER_DIGEST.test(uses) ? undefined : 'a container image by tag, not by `@sha256:` digest';
    const at = uses.lastIndexOf('@');
    if (at < 0)
        return 'no ref at all';
    const ref = uses.slice(at + 1);
    if (COMMIT.test(ref))
        return undefined;
    if (/^[0-9a-fA-F]{7,39}$/.test(ref))
        return `${(0,quote/* quote */.h)(ref)}, an abbreviated commit that GitHub may resolve as a branch or a tag`;
    return `${(0,quote/* quote */.h)(ref)}, a tag or branch that can be moved`;
}
function unpinnedUses(workflow) {
    const all = [];
    for (const job of workflow.jobs) {
        if (job.uses)
            all.push({ uses: job.uses, where: `job ${job.shown} calls` });
        for (const step of job.steps)
            if (step.uses)
                all.push({ uses: step.uses, where: `job ${job.shown} uses` });
    }
    return all.flatMap(({ uses, where }) => {
        const reason = unpinnedReason(uses.value);
        if (reason === undefined)
            return [];
        const docker = uses.value.startsWith('docker://');
        return [
            {
                check: 'unpinned-uses',
                ...uses.at,
                detail: `${where} ${(0,quote/* quote */.h)(uses.value)}, pinned to ${reason}`,
                fix: docker
                    ? 'Pin the image by digest: `docker://IMAGE@sha256:<digest>`.'
                    : 'Pin it to the full 40-hex commit SHA you reviewed, with the version in a comment (`owner/repo@<sha> # v1.2.3`).',
            },
        ];
    });
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/lint.js
/*
 * The release workflow, read as YAML with positions (issue 23): every workflow check of the
 * contract's "audit-settings" section, each finding with its file, line and column.
 */








/**
 * Every finding of the workflow checks in `text` (the file `file`, repository-relative, as
 * findings name it), in check order (WORKFLOW_CHECKS), then by position. Throws a
 * ConfigurationError for an unusable `tagPattern`, and a WorkflowLintError when the text is not
 * a workflow (with its position): never an empty list for a file it could not read.
 */
function lintWorkflow(text, file, options) {
    (0,filter_pattern/* requireTagPattern */.QG)(options.tagPattern);
    const workflow = readWorkflow(text, file);
    const found = [
        ...unpinnedUses(workflow),
        ...excessivePermissions(workflow),
        ...idToken(workflow),
        ...persistCredentials(workflow),
        ...dangerousTriggers(workflow),
        ...tagTrigger(workflow, options.tagPattern),
        ...templateInjection(workflow),
        ...stepOrder(workflow),
    ];
    const order = (check) => types/* WORKFLOW_CHECKS */.e.indexOf(check);
    return found
        .map((f) => ({ check: f.check, detail: f.detail, fix: f.fix, file, line: f.line, column: f.column }))
        .sort((a, b) => order(a.check) - order(b.check) || a.line - b.line || a.column - b.column);
}

// EXTERNAL MODULE: ./.build/core/audit/workflow/rules.js
var rules = __webpack_require__(57715);
;// CONCATENATED MODULE: ./.build/core/audit/workflow/index.js
/*
 * The workflow lint of audit-settings: `lintWorkflow(text, file, { tagPattern })` and the check
 * names. See RULES.md for how each check compares with zizmor's and Scorecard's.
 */






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
