/*
 * The `${{ }}` expressions the examples use, and nothing more: a context path such as
 * `steps.preflight.outputs.tag`, `needs.build.outputs.version`, `github.ref_name`, `env.TAG`,
 * `secrets.GITHUB_TOKEN` (or a secret an emulator gives, such as `secrets.AUDIT_TOKEN`), `vars.IMAGE` (a configuration variable of the repository) or
 * `inputs.version` (a `workflow_dispatch` input), alone or inside a string. Anything else (functions, operators,
 * literals) is an error: a rehearsal that guessed at an expression would prove nothing.
 */
import { quote, RehearsalError } from '../errors.js';

/** What an expression can read: each context is a tree of strings. */
export interface ExpressionContext {
  github: Record<string, string>;
  env: Record<string, string>;
  secrets: Record<string, string>;
  /** The repository's configuration variables (the emulators' addresses, e.g. `IMAGE`). */
  vars: Record<string, string>;
  /** The `workflow_dispatch` inputs of the run, every declared one set (its default or ''). */
  inputs: Record<string, string>;
  /** step id → outputs; `declared` lists the outputs a step may have (from its action.yml). */
  steps: Record<string, { outputs: Record<string, string>; declared?: readonly string[] }>;
  needs: Record<string, { outputs: Record<string, string> }>;
}

const PATH = /^(github|env|secrets|vars|inputs|steps|needs)((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)$/;

/** Evaluates one expression body (the text between `${{` and `}}`). */
export function evaluateExpression(body: string, context: ExpressionContext, where: string): string {
  const expr = body.trim();
  const match = PATH.exec(expr);
  if (!match)
    throw new RehearsalError(
      'UNSUPPORTED',
      `${where}: the rehearsal does not evaluate ${quote(`\${{ ${expr} }}`)} (only context paths)`,
    );
  const [, root, rest] = match;
  const parts = rest.slice(1).split('.');
  switch (root) {
    case 'github':
    case 'env':
    case 'secrets':
    case 'vars':
    case 'inputs': {
      if (parts.length !== 1)
        throw new RehearsalError('INVALID_WORKFLOW', `${where}: ${quote(expr)} is not a ${root} value`);
      const table = context[root];
      if (!(parts[0] in table))
        throw new RehearsalError('UNSUPPORTED', `${where}: ${quote(expr)} is not set in this rehearsal`);
      return table[parts[0]];
    }
    case 'steps': {
      const [id, outputs, name] = parts;
      if (parts.length !== 3 || outputs !== 'outputs')
        throw new RehearsalError('INVALID_WORKFLOW', `${where}: ${quote(expr)} is not a step output`);
      const step = context.steps[id];
      if (!step)
        throw new RehearsalError(
          'INVALID_WORKFLOW',
          `${where}: ${quote(expr)} names step ${quote(id)}, which has not run before this one`,
        );
      if (name in step.outputs) return step.outputs[name];
      if (step.declared?.includes(name)) return '';
      throw new RehearsalError(
        'INVALID_WORKFLOW',
        `${where}: step ${quote(id)} has no output ${quote(name)}`,
      );
    }
    case 'needs': {
      const [job, outputs, name] = parts;
      if (parts.length !== 3 || outputs !== 'outputs')
        throw new RehearsalError('INVALID_WORKFLOW', `${where}: ${quote(expr)} is not a job output`);
      const need = context.needs[job];
      if (!need)
        throw new RehearsalError(
          'INVALID_WORKFLOW',
          `${where}: ${quote(expr)} names job ${quote(job)}, which this job does not need`,
        );
      if (!(name in need.outputs))
        throw new RehearsalError(
          'INVALID_WORKFLOW',
          `${where}: job ${quote(job)} has no output ${quote(name)}`,
        );
      return need.outputs[name];
    }
  }
  throw new RehearsalError('UNSUPPORTED', `${where}: cannot evaluate ${quote(expr)}`);
}

/** Replaces every `${{ … }}` in `text`. */
export function interpolate(text: string, context: ExpressionContext, where: string): string {
  const out = text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, body: string) =>
    evaluateExpression(body, context, where),
  );
  if (out.includes('${{'))
    throw new RehearsalError('INVALID_WORKFLOW', `${where}: an unclosed '\${{' in ${quote(text)}`);
  return out;
}

/** Whether a string holds an expression (a `run:` script must not: values pass through `env:`). */
export function hasExpression(text: string): boolean {
  return text.includes('${{');
}
