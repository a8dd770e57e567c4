export const id = 555;
export const ids = [555];
export const modules = {

/***/ 8555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDeclaredVersion: () => (/* binding */ readDeclaredVersion)
});

// UNUSED EXPORTS: MANIFEST_KINDS, VersionFileError, blankStringsAndComments, interpretRequirement, locateJsonKey, locateTomlKey, nearMiss, parseVersionFileSpec, supportedKinds

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/core/paths.js
var paths = __webpack_require__(2720);
;// CONCATENATED MODULE: ./.build/core/manifests/locate.js
/*
 * Line locators: parsers give values, not where they are, and a mismatch is annotated on the
 * line where the fix goes.
 */
/**
 * Locates `key.path` in JSON text: a small scanner that tracks the object/array nesting and
 * string escapes, so a nested key of the same name (`engines.version`) is never mistaken for
 * the one asked for. Returns the 1-based line of the key.
 */
function locateJsonKey(text, keyPath) {
    const stack = [];
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            line++;
        else if (c === '{' || c === '[')
            stack.push({ array: c === '[' });
        else if (c === '}' || c === ']')
            stack.pop();
        else if (c === '"') {
            const startLine = line;
            let value = '';
            for (i++; i < text.length && text[i] !== '"'; i++) {
                if (text[i] === '\\')
                    value += text[++i] ?? '';
                else
                    value += text[i];
                if (text[i] === '\n')
                    line++;
            }
            let j = i + 1;
            while (j < text.length && /\s/.test(text[j]))
                j++;
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
function splitTomlKey(key) {
    const parts = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/y;
    let match;
    while (re.lastIndex < key.length && (match = re.exec(key)))
        parts.push(match[1] ?? match[2] ?? match[3]);
    return parts;
}
/**
 * Locates a dotted key in TOML text: tracks `[table]` headers and matches `key = …` lines
 * (dotted keys included); a key inside an inline table is found on the line that opens it.
 */
function locateTomlKey(text, keyPath) {
    const target = keyPath.join('\u0000');
    let table = [];
    const lines = text.split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
        const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
        if (header) {
            table = splitTomlKey(header[1]);
            continue;
        }
        const assign = /^\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\- ]+?)+)\s*=/.exec(line);
        if (!assign)
            continue;
        const full = [...table, ...splitTomlKey(assign[1])];
        const joined = full.join('\u0000');
        if (joined === target)
            return i + 1;
        if (target.startsWith(joined + '\u0000') && line.slice(assign[0].length).trim().startsWith('{'))
            return i + 1;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./.build/core/errors.js + 1 modules
var errors = __webpack_require__(2489);
// EXTERNAL MODULE: ./.build/core/manifests/types.js
var types = __webpack_require__(8072);
;// CONCATENATED MODULE: ./.build/core/manifests/shared.js





/* Helpers every manifest reader uses: reading, TOML parsing, walking a parsed document. */
/** The file's text; a failure to read it is a `VersionFileError` naming the file. */
function readText(file, shown) {
    try {
        return external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new types/* VersionFileError */.j('unreadable', `${shown} cannot be read: ${(0,errors/* messageOf */.bD)(error)}.`, shown);
    }
}
/** Parses TOML, reporting the parser's line when it gives one. */
function parseTomlFile(text, shown) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const line = /line (\d+)/.exec((0,errors/* messageOf */.bD)(error))?.[1];
        throw new types/* VersionFileError */.j('syntax', `${shown} is not valid TOML: ${(0,errors/* messageOf */.bD)(error).split('\n')[0]}`, shown, line ? Number(line) : undefined);
    }
}
/** The value at `keyPath`, own properties only (never `__proto__` or inherited keys). */
function getPath(value, keyPath) {
    let current = value;
    for (const key of keyPath) {
        if (current === null || typeof current !== 'object' || Array.isArray(current))
            return undefined;
        if (!Object.prototype.hasOwnProperty.call(current, key))
            return undefined;
        current = current[key];
    }
    return current;
}
/** `value` when it is a plain object (a table/mapping), else undefined. */
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
/** The value as a string, or a `no-version` / `not-a-string` error naming the key. */
function requireString(value, key, shown, line) {
    if (value === undefined)
        throw new types/* VersionFileError */.j('no-version', `${shown} has no '${key}'.`, shown, line);
    if (typeof value !== 'string')
        throw new types/* VersionFileError */.j('not-a-string', `${shown}: '${key}' is ${Array.isArray(value) ? 'a list' : typeof value}, not a version string.`, shown, line);
    return value;
}
/**
 * The version declared at `keyPath` of a parsed TOML manifest, with its line; undefined when
 * the key is absent, so the caller falls back to the next place its kind allows. A value that is
 * there but is not a string is refused (requireString), never skipped.
 */
function tomlVersionAt(data, text, keyPath, shown) {
    const value = getPath(data, keyPath);
    if (value === undefined)
        return undefined;
    const line = locateTomlKey(text, keyPath);
    const key = keyPath.join('.');
    return { file: shown, line, key, version: requireString(value, key, shown, line) };
}
/**
 * The last place a kind allows for its version, when the first (`first`, already looked at by
 * the caller) was absent: the version at `fallback`, or a `no-version` error naming both.
 */
function fallbackTomlVersion(data, text, first, fallback, shown) {
    const found = tomlVersionAt(data, text, fallback, shown);
    if (found)
        return found;
    throw new types/* VersionFileError */.j('no-version', `${shown} has neither '${first}' nor '${fallback.join('.')}'.`, shown);
}

;// CONCATENATED MODULE: ./.build/core/manifests/cargo.js





/**
 * Cargo.toml: `package.version`; `version.workspace = true` follows the workspace root; a
 * virtual manifest gives `workspace.package.version`.
 */
function readCargoToml(file, shown, root) {
    const text = readText(file, shown);
    const data = parseTomlFile(text, shown);
    const pkg = asRecord(data.package);
    if (pkg) {
        const version = pkg.version;
        if (typeof version === 'string')
            return {
                file: shown,
                line: locateTomlKey(text, ['package', 'version']),
                key: 'package.version',
                version,
            };
        const inherited = asRecord(version);
        if (inherited && inherited.workspace === true)
            return readCargoWorkspaceRoot(file, shown, root, pkg.workspace);
        if (version !== undefined)
            throw new types/* VersionFileError */.j('not-a-string', `${shown}: 'package.version' is neither a string nor 'version.workspace = true'.`, shown, locateTomlKey(text, ['package', 'version']));
        throw new types/* VersionFileError */.j('no-version', `${shown} has no 'package.version'.`, shown, locateTomlKey(text, ['package']));
    }
    return fallbackTomlVersion(data, text, 'package.version', ['workspace', 'package', 'version'], shown);
}
/**
 * Follows `version.workspace = true` to the workspace root, as Cargo does: the manifest named
 * by `package.workspace`, else the nearest Cargo.toml above with a `[workspace]` table. The
 * search never leaves the repository workspace.
 */
function readCargoWorkspaceRoot(member, shown, root, explicit) {
    let candidates;
    if (typeof explicit === 'string') {
        const dir = external_node_path_.resolve(external_node_path_.dirname(member), explicit);
        candidates = [dir.endsWith('Cargo.toml') ? dir : external_node_path_.join(dir, 'Cargo.toml')];
    }
    else {
        candidates = [];
        let dir = external_node_path_.dirname(member);
        for (;;) {
            candidates.push(external_node_path_.join(dir, 'Cargo.toml'));
            const rel = external_node_path_.relative(root, dir);
            if (rel === '' || rel.startsWith('..') || external_node_path_.isAbsolute(rel))
                break;
            dir = external_node_path_.dirname(dir);
        }
    }
    for (const candidate of candidates) {
        let real;
        try {
            real = (0,paths/* resolveInWorkspace */.z1)('version-files', external_node_path_.relative(root, candidate), { root });
        }
        catch {
            continue;
        }
        const rootShown = (0,paths/* displayPath */.Gt)(real, root);
        const text = readText(real, rootShown);
        const data = parseTomlFile(text, rootShown);
        if (!asRecord(data.workspace))
            continue;
        const found = tomlVersionAt(data, text, ['workspace', 'package', 'version'], rootShown);
        if (!found)
            throw new types/* VersionFileError */.j('no-version', `${shown} inherits its version from the workspace, but the workspace root ${rootShown} has no 'workspace.package.version'.`, rootShown);
        return { ...found, key: `workspace.package.version (inherited by ${shown})` };
    }
    throw new types/* VersionFileError */.j('no-version', `${shown} has 'version.workspace = true' but no workspace root (a Cargo.toml with [workspace]) was found in the workspace.`, shown);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/core/manifests/keyed.js





/*
 * A key in a .json, .toml, .yaml or .yml file: either a manifest's own version field
 * (package.json `version`, Chart.yaml `version`) or an explicit `path:key.path`.
 */
/** Cargo dependency tables, where a bare `1.2.3` means `^1.2.3`. */
function isCargoDependencyKey(base, keyPath) {
    if (base !== 'Cargo.toml')
        return false;
    const deps = /^(dev-|build-)?dependencies$/;
    return keyPath.some((k) => deps.test(k));
}
/**
 * What an explicit key's value means as a version. `=1.2.3` is an exact pin and counts as
 * 1.2.3. A bare `1.2.3` counts too, except in Cargo dependency tables where Cargo reads it as
 * `^1.2.3`. Anything else (`^`, `~`, ranges, wildcards) is a requirement that admits other
 * versions, so it can never be "in lockstep" with the tag.
 */
function interpretRequirement(value, cargoDependency) {
    const pin = /^=\s*([0-9A-Za-z.+-]+)$/.exec(value);
    if (pin)
        return { version: pin[1] };
    if (/^[0-9][0-9A-Za-z.+-]*$/.test(value)) {
        if (cargoDependency)
            return {
                version: value,
                notExact: `'${value}' is a caret requirement in Cargo (^${value}), not an exact pin '=${value}'`,
            };
        return { version: value };
    }
    return { version: value, notExact: `'${value}' is a version requirement, not an exact pin '=…'` };
}
function readJson(text, keyPath, shown) {
    // npm reads a package.json that starts with a UTF-8 byte-order mark (it strips it), and
    // editors on Windows write one; JSON.parse refuses it. The mark is not content, so it is
    // dropped before parsing, and the line numbers are unchanged.
    const body = text.replace(/^\uFEFF/, '');
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (error) {
        throw new types/* VersionFileError */.j('syntax', `${shown} is not valid JSON: ${(0,errors/* messageOf */.bD)(error)}`, shown);
    }
    return { value: getPath(data, keyPath), line: locateJsonKey(body, keyPath) };
}
function readYaml(text, keyPath, shown) {
    const counter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        throw new types/* VersionFileError */.j('syntax', `${shown} is not valid YAML: ${first.message.split('\n')[0]}`, shown, counter.linePos(first.pos[0]).line);
    }
    if (!(0,yaml_dist/* isMap */.jh)(doc.contents))
        throw new types/* VersionFileError */.j('syntax', `${shown} is not a YAML mapping.`, shown, 1);
    const node = doc.getIn(keyPath, true);
    if (node !== undefined && (0,yaml_dist/* isScalar */.jn)(node))
        return { value: node.value, line: node.range ? counter.linePos(node.range[0]).line : undefined };
    return { value: node === undefined ? undefined : getPath(doc.toJS(), keyPath) };
}
/**
 * Reads `keyPath` from a .json/.toml/.yaml/.yml text. `requirement` is true for an explicit
 * key, whose value may be a dependency requirement; a manifest's own version field is taken
 * exactly as written.
 */
function readKeyed(text, base, keyPath, shown, requirement) {
    const key = keyPath.join('.');
    let found;
    if (/\.json$/.test(base))
        found = readJson(text, keyPath, shown);
    else if (/\.toml$/.test(base))
        found = { value: getPath(parseTomlFile(text, shown), keyPath), line: locateTomlKey(text, keyPath) };
    else
        found = readYaml(text, keyPath, shown);
    const written = requireString(found.value, key, shown, found.line);
    const meaning = requirement
        ? interpretRequirement(written, isCargoDependencyKey(base, keyPath))
        : { version: written };
    return {
        file: shown,
        line: found.line,
        key,
        version: meaning.version,
        written: meaning.version === written ? undefined : written,
        notExact: meaning.notExact,
    };
}

;// CONCATENATED MODULE: ./.build/core/manifests/chart-yaml.js


/** A Helm chart's Chart.yaml: the top-level `version` (the chart's, not `appVersion`). */
function readChartYaml(file, shown) {
    return readKeyed(readText(file, shown), 'Chart.yaml', ['version'], shown, false);
}

;// CONCATENATED MODULE: ./.build/core/manifests/package-json.js


/** package.json: the top-level `version` (npm's own rule; a leading BOM is accepted as npm does). */
function readPackageJson(file, shown) {
    return readKeyed(readText(file, shown), 'package.json', ['version'], shown, false);
}

;// CONCATENATED MODULE: ./.build/core/manifests/pyproject.js



/**
 * pyproject.toml: `project.version` (PEP 621), else `tool.poetry.version`. A version listed in
 * `project.dynamic` is computed by the build backend, so this file holds nothing to check; and
 * a file that both sets `project.version` and lists it as dynamic is invalid under PEP 621
 * (build backends refuse it), so which version ships is not what the file says: refused.
 */
function readPyproject(file, shown) {
    const text = readText(file, shown);
    const data = parseTomlFile(text, shown);
    const project = asRecord(data.project);
    const dynamic = project && Array.isArray(project.dynamic) && project.dynamic.includes('version');
    if (project && project.version !== undefined) {
        const line = locateTomlKey(text, ['project', 'version']);
        if (dynamic)
            throw new types/* VersionFileError */.j('ambiguous', `${shown} sets 'project.version' (line ${line ?? '?'}) and also lists "version" in 'project.dynamic'; PEP 621 forbids both, and build backends refuse the file. Keep one of them.`, shown, locateTomlKey(text, ['project', 'dynamic']) ?? line);
        return {
            file: shown,
            line,
            key: 'project.version',
            version: requireString(project.version, 'project.version', shown, line),
        };
    }
    if (dynamic) {
        throw new types/* VersionFileError */.j('dynamic', `${shown} declares its version as dynamic (project.dynamic), so it holds no version to check. ${dynamicHint(data)}`, shown, locateTomlKey(text, ['project', 'dynamic']));
    }
    return fallbackTomlVersion(data, text, 'project.version', ['tool', 'poetry', 'version'], shown);
}
/** Where a dynamic version really lives, from the build backend's configuration. */
function dynamicHint(data) {
    const hatch = getPath(data, ['tool', 'hatch', 'version', 'path']);
    if (typeof hatch === 'string')
        return `Point version-files at '${hatch}' (tool.hatch.version.path) instead.`;
    const attr = getPath(data, ['tool', 'setuptools', 'dynamic', 'version', 'attr']);
    if (typeof attr === 'string') {
        const module = attr.split('.').slice(0, -1).join('/');
        return `Point version-files at the module of '${attr}' (tool.setuptools.dynamic.version), e.g. '${module}/__init__.py' or 'src/${module}/__init__.py', instead.`;
    }
    return `Point version-files at the file the build backend reads the version from (e.g. 'src/<package>/__init__.py' with __version__ = "…"), instead.`;
}

;// CONCATENATED MODULE: ./.build/core/manifests/python.js


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
function blankStringsAndComments(text) {
    const out = text.split('');
    let i = 0;
    const blank = (from, to) => {
        for (let k = from; k < to; k++)
            if (out[k] !== '\n')
                out[k] = ' ';
    };
    while (i < text.length) {
        const c = text[i];
        if (c === '#') {
            const end = text.indexOf('\n', i);
            const stop = end < 0 ? text.length : end;
            blank(i, stop);
            i = stop;
        }
        else if (c === '"' || c === "'") {
            const triple = text.startsWith(c.repeat(3), i);
            const quote = triple ? c.repeat(3) : c;
            let k = i + quote.length;
            while (k < text.length) {
                if (text[k] === '\\')
                    k += 2;
                else if (text.startsWith(quote, k))
                    break;
                else if (!triple && text[k] === '\n')
                    break; // an unterminated one-line string
                else
                    k++;
            }
            blank(i + quote.length, Math.min(k, text.length));
            i = Math.min(k + (text.startsWith(quote, k) ? quote.length : 0), text.length);
        }
        else
            i++;
    }
    return out.join('');
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
const TUPLE_TARGET = new RegExp(`^\\s*[(\\[]*\\s*(?:${ITEM},\\s*[(\\[]*\\s*)*\\*?${NAME}\\s*[)\\]]*\\s*(?:,\\s*[(\\[]*\\s*${ITEM})*,?\\s*[)\\]]*\\s*=(?!=)`, 'g');
/** `from ._version import __version__`, `import x as __version__`. */
const IMPORT = new RegExp(`\\bimport\\b[^\\n]*${NAME}`, 'g');
/** `for __version__ in …`, `with … as __version__`, `del __version__`, `global __version__`. */
const OTHER = new RegExp(`\\b(?:(for)\\s+[\\w\\s,()\\[\\]*]*?${NAME}[\\w\\s,()\\[\\]*]*?\\bin\\b|(as)\\s+${NAME}|(del|global|nonlocal)\\s+[\\w\\s,]*?${NAME})`, 'g');
/** `globals()["__version__"] = …`, `setattr(module, "__version__", …)`: bindings spelled as strings. */
const DYNAMIC = /\b(?:globals|vars|locals)\s*\(\s*\)\s*\[\s*(["'])__version__\1\s*\]\s*(?:\*\*|\/\/|>>|<<|[-+*/%@&|^])?=(?!=)|\bsetattr\s*\([^)]*?(["'])__version__\2/g;
/**
 * Every place the module (re)binds `__version__`, in order. `code` has its strings and
 * comments blanked; `original` is the same text as written, for the bindings that are spelled
 * with a string (`globals()["__version__"] = …`).
 */
function bindings(code, original) {
    const found = [];
    const originals = original.split('\n');
    const name = new RegExp(NAME, 'g');
    let inImportList = false;
    for (const [index, line] of code.split('\n').entries()) {
        // One binding per place: `a, __version__ = …` matches both the assignment and the tuple form.
        const add = (how, at) => {
            if (!found.some((b) => b.line === index + 1 && b.column === at))
                found.push({ line: index + 1, how, column: at });
        };
        if (inImportList) {
            // Inside `from x import (` … `)`: every name listed is bound.
            const close = line.indexOf(')');
            for (const m of (close < 0 ? line : line.slice(0, close)).matchAll(name))
                add('import', m.index);
            if (close >= 0)
                inImportList = false;
            continue;
        }
        for (const m of line.matchAll(ASSIGNMENT))
            add(m[1] ? `${m[1]}=` : '=', m.index);
        for (const m of line.matchAll(TUPLE_TARGET))
            // A plain `__version__ = …` is the assignment already counted.
            if (/[,()[\]*]/.test(m[0]))
                add('= (tuple)', m.index + m[0].indexOf('__version__'));
        const imports = [...line.matchAll(IMPORT)];
        for (const m of imports)
            add('import', m.index + m[0].lastIndexOf('__version__'));
        for (const m of line.matchAll(OTHER))
            // `import x as __version__` is the import already counted.
            if (!(m[2] && imports.length > 0))
                add(m[1] ?? m[2] ?? m[3], m.index + m[0].indexOf('__version__'));
        const list = /\bimport\s*\(([^)]*)$/.exec(line);
        if (list && imports.length === 0) {
            for (const m of list[1].matchAll(name))
                add('import', list.index + m.index);
            inImportList = true;
        }
        for (const m of (originals[index] ?? '').matchAll(DYNAMIC))
            add('globals()/setattr', m.index);
    }
    return found;
}
function describe(binding) {
    if (binding.how === '=')
        return `line ${binding.line}${binding.column > 0 ? ' (indented or after other code)' : ''}`;
    if (binding.how === ':=')
        return `line ${binding.line} (':=')`;
    if (binding.how.endsWith('=') && binding.how !== '= (tuple)')
        return `line ${binding.line} (augmented '${binding.how}')`;
    return `line ${binding.line} ('${binding.how}')`;
}
/** `*.py`: exactly one top-level `__version__ = "…"`. */
function readPython(file, shown) {
    const text = readText(file, shown);
    const lines = text.split(/\r?\n/);
    const normalised = text.replace(/\r\n?/g, '\n');
    const found = bindings(blankStringsAndComments(normalised), normalised);
    if (found.length === 0)
        throw new types/* VersionFileError */.j('no-version', `${shown} has no top-level '__version__ = "…"' line.`, shown);
    if (found.length > 1)
        throw new types/* VersionFileError */.j('ambiguous', `${shown} binds '__version__' ${found.length} times (${found.map(describe).join(', ')}); the value Python ends with is not necessarily the one written first. Keep exactly one top-level __version__ = "…".`, shown, found[1].line);
    const [only] = found;
    if (only.how !== '=')
        throw new types/* VersionFileError */.j('ambiguous', `${shown}: '__version__' on line ${only.line} is bound by ${only.how === 'import' ? 'an import' : `'${only.how}'`}, not by a top-level __version__ = "…", so its value cannot be read without running the code.`, shown, only.line);
    if (only.column > 0)
        throw new types/* VersionFileError */.j('ambiguous', `${shown}: '__version__' on line ${only.line} is assigned inside a block or after other code (conditional or nested), not at the top level, so whether and when it applies depends on running the code.`, shown, only.line);
    const match = CANONICAL.exec(lines[only.line - 1]);
    if (!match)
        throw new types/* VersionFileError */.j('not-a-string', `${shown}: '__version__' on line ${only.line} is not a plain string literal (__version__ = "1.2.3"), so its value cannot be read without running the code.`, shown, only.line);
    return { file: shown, line: only.line, key: '__version__', version: match[2] };
}

// EXTERNAL MODULE: ./.build/core/manifests/spec.js
var manifests_spec = __webpack_require__(1126);
;// CONCATENATED MODULE: ./.build/core/manifests/index.js












/*
 * The manifest kinds the guard reads, and the dispatch from a `version-files` entry to its
 * reader. Each reader returns the version a manifest declares and the line it is on, so a
 * mismatch can be annotated where the fix goes. A file that cannot be read, parsed, or does not
 * positively declare a version is an error, never "no version, so fine".
 */





/** The reader of each kind in MANIFEST_KINDS (spec.ts), by its name. */
const READERS = {
    'package.json': (f, s) => readPackageJson(f, s),
    'Cargo.toml': (f, s, r) => readCargoToml(f, s, r),
    'pyproject.toml': (f, s) => readPyproject(f, s),
    '*.py': (f, s) => readPython(f, s),
    'Chart.yaml': (f, s) => readChartYaml(f, s),
};
/**
 * Resolves the entry's path in the workspace. A path that names nothing is a typed `missing`
 * error, decided on the file system (not on the wording of another error): first every escape
 * is refused without requiring existence, then, once the file is known to exist, it is
 * resolved again with the symbolic-link check on its real path.
 */
function locate(spec, root) {
    const candidate = (0,paths/* resolveInWorkspace */.z1)('version-files', spec.path, { root, mustExist: false });
    // existsSync follows symbolic links: a dangling link is missing too.
    if (!external_node_fs_.existsSync(candidate))
        throw new types/* VersionFileError */.j('missing', `${spec.path} does not exist in the workspace.`, spec.path);
    return (0,paths/* resolveInWorkspace */.z1)('version-files', spec.path, { root });
}
/**
 * Reads the version a file declares. `root` is the workspace; the path is checked not to
 * escape it (`resolveInWorkspace`), and so are files found on the way (Cargo workspace roots).
 */
function readDeclaredVersion(spec, root) {
    const file = locate(spec, root);
    const shown = (0,paths/* displayPath */.Gt)(file, root);
    if (!external_node_fs_.statSync(file).isFile())
        throw new types/* VersionFileError */.j('not-a-file', `${shown} is not a regular file.`, shown);
    // The format follows the name the user gave (a symlink's target may be named otherwise).
    const base = external_node_path_.basename(spec.path);
    if (spec.keyPath)
        return readKeyed(readText(file, shown), base, spec.keyPath, shown, true);
    const kind = manifests_spec/* MANIFEST_KINDS */.ak.find((k) => k.matches(base));
    if (kind === undefined)
        throw new types/* VersionFileError */.j('unsupported', `${shown} is not a version file this action reads.`, shown);
    return READERS[kind.name](file, shown, root);
}


/***/ })

};
