/*
 * `template-injection`: `${{ }}` is expanded into the script's text before the shell reads it,
 * so a value someone else chose (an issue title, a branch name, a release's tag, a dispatch
 * input) becomes shell code. The contract names `github.event.*`, `inputs.*` and
 * `github.head_ref`; the fix is to pass the value through `env:` and quote the variable.
 * Expressions are found with a regular expression over the one `run:` value (never over the YAML),
 * and located in the scalar's own source text, so block scalars (`run: |`) get exact positions.
 */
import { quote } from '../../quote.js';
import type { RunScript, Workflow } from './model.js';
import type { Position, WorkflowFinding } from './types.js';

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/**
 * A context reference someone outside the workflow controls. Context names are
 * case-insensitive in expressions; a name preceded by `.` or a word character is a property of
 * something else (`steps.x.outputs.inputs`), and `github.event_name` is not `github.event`.
 */
const UNTRUSTED =
  /(?<![\w.-])(?:github\s*\.\s*event(?![\w-])|github\s*\[\s*'event'\s*\]|inputs\s*[.[]|github\s*\.\s*head_ref(?![\w-])|github\s*\[\s*'head_ref'\s*\])/i;

/** The untrusted references of a script, each with the expression that holds it. */
export function untrustedExpressions(script: string): { expression: string; index: number }[] {
  const found: { expression: string; index: number }[] = [];
  for (const match of script.matchAll(EXPRESSION))
    if (UNTRUSTED.test(match[1])) found.push({ expression: match[0], index: match.index });
  return found;
}

/**
 * Where the `nth` occurrence of `expression` is in the file: found in the scalar's source (a
 * block scalar keeps its lines verbatim after the indentation), else the scalar's own start
 * (a quoted scalar whose escapes changed the text).
 */
function locateIn(
  run: RunScript,
  expression: string,
  nth: number,
  locate: (o: number) => Position,
): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = run.source.indexOf(expression, index + 1);
    if (index < 0) return run.at;
  }
  return locate(run.offset + index);
}

export function templateInjection(workflow: Workflow): Omit<WorkflowFinding, 'file'>[] {
  const findings: Omit<WorkflowFinding, 'file'>[] = [];
  for (const job of workflow.jobs)
    for (const step of job.steps) {
      if (!step.run) continue;
      const seen = new Map<string, number>();
      for (const { expression } of untrustedExpressions(step.run.value)) {
        const nth = seen.get(expression) ?? 0;
        seen.set(expression, nth + 1);
        findings.push({
          check: 'template-injection',
          ...locateIn(step.run, expression, nth, workflow.locate),
          detail: `job ${job.shown} expands ${quote(expression)} inside \`run:\`, where its value becomes shell code`,
          fix: 'Pass the value through the step\'s `env:` (`VALUE: ${{ … }}`) and use "$VALUE" in the script.',
        });
      }
    }
  return findings;
}
