/*
 * The workflow lint of audit-settings: `lintWorkflow(text, file, { tagPattern })` and the check
 * names. See RULES.md for how each check compares with zizmor's and Scorecard's.
 */
export { lintWorkflow, type LintOptions } from './lint.js';
export { WORKFLOW_CHECKS, WorkflowLintError, type WorkflowCheck, type WorkflowFinding } from './types.js';
export { WORKFLOW_RULES } from './rules.js';
export { filterMatches, isNarrower, tagPatternProblems } from './filter-pattern.js';
