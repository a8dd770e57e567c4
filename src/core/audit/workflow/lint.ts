/*
 * The release workflow, read as YAML with positions (issue 23): every workflow check of the
 * contract's "audit-settings" section, each finding with its file, line and column.
 */
import { dangerousTriggers, tagTrigger } from './triggers.js';
import { requireTagPattern } from './filter-pattern.js';
import { readWorkflow } from './model.js';
import { excessivePermissions, idToken, persistCredentials } from './permissions.js';
import { stepOrder } from './step-order.js';
import { templateInjection } from './template-injection.js';
import { WORKFLOW_CHECKS, type WorkflowFinding } from './types.js';
import { unpinnedUses } from './uses.js';

export interface LintOptions {
  /** The release tags, in GitHub's filter-pattern syntax (`v*`). */
  tagPattern: string;
}

/**
 * Every finding of the workflow checks in `text` (the file `file`, repository-relative, as
 * findings name it), in check order (WORKFLOW_CHECKS), then by position. Throws a
 * ConfigurationError for an unusable `tagPattern`, and a WorkflowLintError when the text is not
 * a workflow (with its position): never an empty list for a file it could not read.
 */
export function lintWorkflow(text: string, file: string, options: LintOptions): WorkflowFinding[] {
  requireTagPattern(options.tagPattern);
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
  const order = (check: string) => WORKFLOW_CHECKS.indexOf(check as (typeof WORKFLOW_CHECKS)[number]);
  return found
    .map((f) => ({ check: f.check, detail: f.detail, fix: f.fix, file, line: f.line, column: f.column }))
    .sort((a, b) => order(a.check) - order(b.check) || a.line - b.line || a.column - b.column);
}
