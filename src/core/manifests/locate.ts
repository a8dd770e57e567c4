/*
 * Line locators: parsers give values, not where they are, and a mismatch is annotated on the
 * line where the fix goes.
 */

/**
 * Locates `key.path` in JSON text: a small scanner that tracks the object/array nesting and
 * string escapes, so a nested key of the same name (`engines.version`) is never mistaken for
 * the one asked for. Returns the 1-based line of the key.
 */
export function locateJsonKey(text: string, keyPath: string[]): number | undefined {
  const stack: { array: boolean; key?: string }[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{' || c === '[') stack.push({ array: c === '[' });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === '"') {
      const startLine = line;
      let value = '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') value += text[++i] ?? '';
        else value += text[i];
        if (text[i] === '\n') line++;
      }
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      const top = stack[stack.length - 1];
      if (text[j] === ':' && top && !top.array) {
        top.key = value;
        if (stack.length === keyPath.length && stack.every((e, k) => !e.array && e.key === keyPath[k]))
          return startLine;
      }
    }
  }
  return undefined;
}

function splitTomlKey(key: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/y;
  let match: RegExpExecArray | null;
  while (re.lastIndex < key.length && (match = re.exec(key))) parts.push(match[1] ?? match[2] ?? match[3]);
  return parts;
}

/**
 * Locates a dotted key in TOML text: tracks `[table]` headers and matches `key = …` lines
 * (dotted keys included); a key inside an inline table is found on the line that opens it.
 */
export function locateTomlKey(text: string, keyPath: string[]): number | undefined {
  const target = keyPath.join('\u0000');
  let table: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      table = splitTomlKey(header[1]);
      continue;
    }
    const assign = /^\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\- ]+?)+)\s*=/.exec(line);
    if (!assign) continue;
    const full = [...table, ...splitTomlKey(assign[1])];
    const joined = full.join('\u0000');
    if (joined === target) return i + 1;
    if (target.startsWith(joined + '\u0000') && line.slice(assign[0].length).trim().startsWith('{'))
      return i + 1;
  }
  return undefined;
}
