import { readText } from './shared.js';
import { type DeclaredVersion, VersionFileError } from './types.js';

/*
 * A Python module's `__version__`. The file is never run, so its value is only known when the
 * module binds `__version__` exactly once, at the top level, to a string literal. A second
 * assignment, an augmented one (`__version__ += ".dev0"`), an import of it, or one inside a
 * block (`if`, `try`, a function) means the value Python ends with may not be the one written
 * on the first line, so such a file is refused rather than read on its first line's value.
 */

/** The one form that is read: `__version__ = "1.2.3"` (optionally annotated `: str`/`Final`), at column 0. */
const CANONICAL = /^__version__\s*(?::\s*(?:str|Final|Final\[str\])\s*)?=\s*(["'])([^"'\\]*)\1\s*(#.*)?$/;

/**
 * The text with the contents of every string literal and comment replaced by spaces (line
 * breaks kept), so a `__version__ = …` inside a docstring or a comment is not mistaken for
 * code, and positions stay the same.
 */
export function blankStringsAndComments(text: string): string {
  const out = text.split('');
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '#') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let k = i + quote.length;
      while (k < text.length) {
        if (text[k] === '\\') k += 2;
        else if (text.startsWith(quote, k)) break;
        else if (!triple && text[k] === '\n')
          break; // an unterminated one-line string
        else k++;
      }
      blank(i + quote.length, Math.min(k, text.length));
      i = Math.min(k + (text.startsWith(quote, k) ? quote.length : 0), text.length);
    } else i++;
  }
  return out.join('');
}

interface Binding {
  line: number;
  /** What binds it: `=`, an augmented operator such as `+=`, `:=`, `import`, `for`/`as`/`del`/`global`. */
  how: string;
  /** Column of `__version__` (0 = top level, anything else is inside a block or after other code). */
  column: number;
}

const NAME = '(?<![\\w.])__version__\\b';
/** `__version__ = …`, `__version__: str = …`, `__version__ += …`, `__version__ := …`, `a, __version__ = …`. */
const ASSIGNMENT = new RegExp(`${NAME}\\s*(?::(?!=)[^=\\n]*)?(\\*\\*|//|>>|<<|[-+*/%@&|^]|:)?=(?!=)`, 'g');
/**
 * A target list at the start of a statement that holds `__version__`: `__version__, b = …`,
 * `(a, __version__) = …`, `[a, *__version__] = …`. Only names, commas, brackets and `*` come
 * before the `=`, so a call such as `print(__version__, end="")` is not one.
 */
const ITEM = '\\*?\\w+\\s*[)\\]]*\\s*';
const TUPLE_TARGET = new RegExp(
  `^\\s*[(\\[]*\\s*(?:${ITEM},\\s*[(\\[]*\\s*)*\\*?${NAME}\\s*[)\\]]*\\s*(?:,\\s*[(\\[]*\\s*${ITEM})*,?\\s*[)\\]]*\\s*=(?!=)`,
  'g',
);
/** `from ._version import __version__`, `import x as __version__`. */
const IMPORT = new RegExp(`\\bimport\\b[^\\n]*${NAME}`, 'g');
/** `for __version__ in …`, `with … as __version__`, `del __version__`, `global __version__`. */
const OTHER = new RegExp(
  `\\b(?:(for)\\s+[\\w\\s,()\\[\\]*]*?${NAME}[\\w\\s,()\\[\\]*]*?\\bin\\b|(as)\\s+${NAME}|(del|global|nonlocal)\\s+[\\w\\s,]*?${NAME})`,
  'g',
);

/** `globals()["__version__"] = …`, `setattr(module, "__version__", …)`: bindings spelled as strings. */
const DYNAMIC =
  /\b(?:globals|vars|locals)\s*\(\s*\)\s*\[\s*(["'])__version__\1\s*\]\s*(?:\*\*|\/\/|>>|<<|[-+*/%@&|^])?=(?!=)|\bsetattr\s*\([^)]*?(["'])__version__\2/g;

/**
 * Every place the module (re)binds `__version__`, in order. `code` has its strings and
 * comments blanked; `original` is the same text as written, for the bindings that are spelled
 * with a string (`globals()["__version__"] = …`).
 */
function bindings(code: string, original: string): Binding[] {
  const found: Binding[] = [];
  const originals = original.split('\n');
  const name = new RegExp(NAME, 'g');
  let inImportList = false;
  for (const [index, line] of code.split('\n').entries()) {
    // One binding per place: `a, __version__ = …` matches both the assignment and the tuple form.
    const add = (how: string, at: number) => {
      if (!found.some((b) => b.line === index + 1 && b.column === at))
        found.push({ line: index + 1, how, column: at });
    };
    if (inImportList) {
      // Inside `from x import (` … `)`: every name listed is bound.
      const close = line.indexOf(')');
      for (const m of (close < 0 ? line : line.slice(0, close)).matchAll(name)) add('import', m.index);
      if (close >= 0) inImportList = false;
      continue;
    }
    for (const m of line.matchAll(ASSIGNMENT)) add(m[1] ? `${m[1]}=` : '=', m.index);
    for (const m of line.matchAll(TUPLE_TARGET))
      // A plain `__version__ = …` is the assignment already counted.
      if (/[,()[\]*]/.test(m[0])) add('= (tuple)', m.index + m[0].indexOf('__version__'));
    const imports = [...line.matchAll(IMPORT)];
    for (const m of imports) add('import', m.index + m[0].lastIndexOf('__version__'));
    for (const m of line.matchAll(OTHER))
      // `import x as __version__` is the import already counted.
      if (!(m[2] && imports.length > 0)) add(m[1] ?? m[2] ?? m[3], m.index + m[0].indexOf('__version__'));
    const list = /\bimport\s*\(([^)]*)$/.exec(line);
    if (list && imports.length === 0) {
      for (const m of list[1].matchAll(name)) add('import', list.index + m.index);
      inImportList = true;
    }
    for (const m of (originals[index] ?? '').matchAll(DYNAMIC)) add('globals()/setattr', m.index);
  }
  return found;
}

function describe(binding: Binding): string {
  if (binding.how === '=')
    return `line ${binding.line}${binding.column > 0 ? ' (indented or after other code)' : ''}`;
  if (binding.how === ':=') return `line ${binding.line} (':=')`;
  if (binding.how.endsWith('=') && binding.how !== '= (tuple)')
    return `line ${binding.line} (augmented '${binding.how}')`;
  return `line ${binding.line} ('${binding.how}')`;
}

/** `*.py`: exactly one top-level `__version__ = "…"`. */
export function readPython(file: string, shown: string): DeclaredVersion {
  const text = readText(file, shown);
  const lines = text.split(/\r?\n/);
  const normalised = text.replace(/\r\n?/g, '\n');
  const found = bindings(blankStringsAndComments(normalised), normalised);
  if (found.length === 0)
    throw new VersionFileError('no-version', `${shown} has no top-level '__version__ = "…"' line.`, shown);
  if (found.length > 1)
    throw new VersionFileError(
      'ambiguous',
      `${shown} binds '__version__' ${found.length} times (${found.map(describe).join(', ')}); the value Python ends with is not necessarily the one written first. Keep exactly one top-level __version__ = "…".`,
      shown,
      found[1].line,
    );
  const [only] = found;
  if (only.how !== '=')
    throw new VersionFileError(
      'ambiguous',
      `${shown}: '__version__' on line ${only.line} is bound by ${only.how === 'import' ? 'an import' : `'${only.how}'`}, not by a top-level __version__ = "…", so its value cannot be read without running the code.`,
      shown,
      only.line,
    );
  if (only.column > 0)
    throw new VersionFileError(
      'ambiguous',
      `${shown}: '__version__' on line ${only.line} is assigned inside a block or after other code (conditional or nested), not at the top level, so whether and when it applies depends on running the code.`,
      shown,
      only.line,
    );
  const match = CANONICAL.exec(lines[only.line - 1]);
  if (!match)
    throw new VersionFileError(
      'not-a-string',
      `${shown}: '__version__' on line ${only.line} is not a plain string literal (__version__ = "1.2.3"), so its value cannot be read without running the code.`,
      shown,
      only.line,
    );
  return { file: shown, line: only.line, key: '__version__', version: match[2] };
}
