import { quote } from '../errors.js';

/*
 * The events that trigger a GitHub Actions workflow, the values of GITHUB_EVENT_NAME and of a
 * workflow run's `event`. Taken from GitHub's documentation, "Events that trigger workflows"
 * (docs.github.com/actions/reference/workflows-and-actions/events-that-trigger-workflows; the
 * source is github/docs, content/actions/reference/workflows-and-actions/
 * events-that-trigger-workflows.md): one section per event. `project`, `project_card` and
 * `project_column` are documented for projects (classic) only, and kept: GitHub Enterprise
 * Server still triggers them. A light module of its own, so inputs can check an event name
 * without loading a client.
 */
export const WORKFLOW_EVENTS: readonly string[] = [
  'branch_protection_rule',
  'check_run',
  'check_suite',
  'create',
  'delete',
  'deployment',
  'deployment_status',
  'discussion',
  'discussion_comment',
  'fork',
  'gollum',
  'issue_comment',
  'issues',
  'label',
  'merge_group',
  'milestone',
  'page_build',
  'project',
  'project_card',
  'project_column',
  'public',
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment',
  'pull_request_target',
  'push',
  'registry_package',
  'release',
  'repository_dispatch',
  'schedule',
  'status',
  'watch',
  'workflow_call',
  'workflow_dispatch',
  'workflow_run',
];

/**
 * Undefined when `value` is one of {@link WORKFLOW_EVENTS}, else the problem, naming the input,
 * the value (quoted) and the accepted form; a near miss (`pull-request`, `Push`) is named.
 */
export function eventProblem(input: string, value: string): string | undefined {
  if (WORKFLOW_EVENTS.includes(value)) return undefined;
  const normal = value.trim().toLowerCase().replace(/-/g, '_');
  const near = WORKFLOW_EVENTS.includes(normal) ? `; did you mean '${normal}'?` : '';
  const examples = near
    ? '.'
    : ' (e.g. push, release, workflow_dispatch; GitHub\'s "Events that trigger workflows" lists them all).';
  return `Input '${input}': ${quote(value)} is not an event that triggers a GitHub Actions workflow${near}${examples}`;
}
