/*
 * A workflow file read as YAML with positions: the `yaml` package's document (as
 * src/core/manifests/keyed.ts reads YAML), walked once into the few parts the checks need, each
 * with the 1-based line and column of its node. No regular expression ever reads the YAML text:
 * the parser decides what is a key, a value, a comment or a block scalar.
 * Shapes follow GitHub's "Workflow syntax for GitHub Actions" (`on` as a string, a list or a
 * mapping; `permissions` as `read-all`, `write-all` or a mapping of scope to level; `needs` as a
 * string or a list; a job either has `steps` or calls a reusable workflow with `uses`).
 */
import {
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { quote } from '../../quote.js';
import { WorkflowLintError, type Position } from './types.js';

/** A string value and where it is. */
export interface Located<T = string> {
  value: T;
  at: Position;
}

/** One grant of a `permissions:` mapping (`contents: write`), at its key. */
export interface Grant {
  scope: string;
  level: string;
  at: Position;
}

/** A `permissions:` block: `read-all`, `write-all`, or grants (none for `{}`). */
export interface Permissions {
  at: Position;
  all: 'read-all' | 'write-all' | undefined;
  grants: Grant[];
}

/** A `run:` script: its value, and where its text starts in the file for positions inside it. */
export interface RunScript {
  value: string;
  at: Position;
  /** The scalar's source text (indicator and indentation included) and its offset in the file. */
  source: string;
  offset: number;
}

export interface Step {
  /** 0-based index in the job's steps. */
  index: number;
  at: Position;
  uses: Located | undefined;
  run: RunScript | undefined;
  /** `with:` values by name (scalars as the parser read them: `false` is a boolean). */
  with: Map<string, Located<unknown>>;
}

export interface Job {
  id: string;
  /** The id as messages show it (through quote(): it comes from the file). */
  shown: string;
  at: Position;
  permissions: Permissions | undefined;
  needs: string[];
  steps: Step[];
  /** A reusable workflow the job calls (`jobs.<id>.uses`). */
  uses: Located | undefined;
}

export interface Trigger {
  event: string;
  at: Position;
  /** The event's configuration node (a mapping, or nothing). */
  config: Node | null;
}

export interface Workflow {
  file: string;
  triggers: Trigger[];
  permissions: Permissions | undefined;
  jobs: Job[];
  /** Position of a 0-based offset in the file. */
  locate(offset: number): Position;
  /** Reads a node (aliases resolved) for the trigger filters. */
  resolve(node: unknown): Node | null;
}

/** Parses `text` as a workflow, or throws a {@link WorkflowLintError} naming the position. */
export function readWorkflow(text: string, file: string): Workflow {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const locate = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    throw new WorkflowLintError(
      'WORKFLOW_SYNTAX',
      file,
      locate(first.pos[0]),
      `not valid YAML: ${first.message.split('\n')[0]}`,
    );
  }
  const reader = new Reader(doc, file, locate, text);
  return reader.workflow();
}

class Reader {
  constructor(
    private readonly doc: Document,
    private readonly file: string,
    private readonly locate: (offset: number) => Position,
    private readonly text: string,
  ) {}

  at(node: unknown): Position {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.locate(range[0]) : { line: 1, column: 1 };
  }

  resolve(node: unknown): Node | null {
    let current = node;
    for (let depth = 0; isAlias(current) && depth < 16; depth++) current = current.resolve(this.doc) ?? null;
    return (current as Node | null | undefined) ?? null;
  }

  fail(node: unknown, message: string): never {
    throw new WorkflowLintError('WORKFLOW_SHAPE', this.file, this.at(node), message);
  }

  /** The pairs of a mapping node, keys read as strings. */
  pairs(node: unknown, what: string): { key: string; keyNode: Scalar; value: Node | null; pair: Pair }[] {
    const map = this.resolve(node);
    if (!isMap(map)) this.fail(node, `${what} is not a mapping`);
    return (map as YAMLMap).items.map((pair) => {
      const keyNode = this.resolve(pair.key);
      if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number'))
        this.fail(pair.key, `a key of ${what} is not a string`);
      return { key: String(keyNode.value), keyNode, value: this.resolve(pair.value), pair };
    });
  }

  string(node: Node | null, what: string): Located {
    if (!isScalar(node) || typeof node.value !== 'string') this.fail(node, `${what} is not a string`);
    return { value: node.value, at: this.at(node) };
  }

  workflow(): Workflow {
    const root = this.resolve(this.doc.contents);
    if (!isMap(root)) this.fail(root, 'the workflow is not a mapping');
    let triggers: Trigger[] | undefined;
    let permissions: Permissions | undefined;
    let jobs: Job[] | undefined;
    for (const { key, keyNode, value } of this.pairs(root, 'the workflow')) {
      if (key === 'on') triggers = this.triggers(value ?? keyNode);
      else if (key === 'permissions')
        permissions = this.permissions(value, keyNode, 'the workflow permissions');
      else if (key === 'jobs') jobs = this.jobs(value ?? keyNode);
    }
    if (triggers === undefined) this.fail(root, 'the workflow has no `on:`');
    if (jobs === undefined) this.fail(root, 'the workflow has no `jobs:`');
    return {
      file: this.file,
      triggers,
      permissions,
      jobs,
      locate: this.locate,
      resolve: (node) => this.resolve(node),
    };
  }

  triggers(node: Node): Trigger[] {
    if (isScalar(node)) return [{ event: this.string(node, '`on`').value, at: this.at(node), config: null }];
    if (isSeq(node))
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

  permissions(node: Node | null, keyNode: Node, where: string): Permissions {
    if (isScalar(node) && (node.value === 'read-all' || node.value === 'write-all'))
      return { at: this.at(node), all: node.value, grants: [] };
    if (!isMap(node))
      this.fail(node ?? keyNode, `${where} is neither read-all, write-all nor a mapping of scope to level`);
    const grants = this.pairs(node, where).map(({ key, keyNode: k, value }) => {
      // GitHub's scopes are lower-case words joined by '-' (contents, id-token, pull-requests…):
      // anything else is not a scope, and so a scope in a message can never carry markup.
      if (!/^[a-z]+(-[a-z]+)*$/.test(key))
        this.fail(k, `${quote(key)} in ${where} is not a permission scope`);
      const level = this.string(value, `${key} in ${where}`).value;
      if (!['read', 'write', 'none'].includes(level))
        this.fail(value, `${key} in ${where} is ${quote(level)}, not read, write or none`);
      return { scope: key, level, at: this.at(k) };
    });
    return { at: this.at(node), all: undefined, grants };
  }

  jobs(node: Node): Job[] {
    return this.pairs(node, '`jobs`').map(({ key, keyNode, value }) => {
      const job: Job = {
        id: key,
        shown: quote(key),
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
        else if (field.key === 'needs') job.needs = this.needs(field.value, name);
        else if (field.key === 'uses') job.uses = this.string(field.value, `the uses of ${name}`);
        else if (field.key === 'steps') job.steps = this.steps(field.value ?? field.keyNode, name);
      }
      return job;
    });
  }

  needs(node: Node | null, job: string): string[] {
    if (isSeq(node))
      return node.items.map((item) => this.string(this.resolve(item), `a need of ${job}`).value);
    return [this.string(node, `the needs of ${job}`).value];
  }

  steps(node: Node, job: string): Step[] {
    if (!isSeq(node)) this.fail(node, `the steps of ${job} are not a list`);
    return node.items.map((item, index) => {
      const stepNode = this.resolve(item);
      const step: Step = { index, at: this.at(stepNode), uses: undefined, run: undefined, with: new Map() };
      const name = `step ${index + 1} of ${job}`;
      for (const { key, value } of this.pairs(stepNode, name)) {
        if (key === 'uses') step.uses = this.string(value, `the uses of ${name}`);
        else if (key === 'run') step.run = this.run(value, `the run of ${name}`);
        else if (key === 'with')
          for (const input of this.pairs(value, `the with of ${name}`))
            step.with.set(input.key, {
              value: isScalar(input.value) ? input.value.value : input.value,
              at: this.at(input.value ?? input.keyNode),
            });
      }
      return step;
    });
  }

  run(node: Node | null, what: string): RunScript {
    if (!isScalar(node) || typeof node.value !== 'string') this.fail(node, `${what} is not a string`);
    const range = node.range ?? [0, 0, 0];
    return {
      value: node.value,
      at: this.at(node),
      source: this.text.slice(range[0], range[1]),
      offset: range[0],
    };
  }
}
