import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '../../../src/core/errors.js';
import {
  VersionFileError,
  type VersionFileErrorCode,
  blankStringsAndComments,
  nearMiss,
  parseVersionFileSpec,
  readDeclaredVersion,
} from '../../../src/core/manifests/index.js';
import { workspace as ws } from '../../helpers/workspace.js';

/** Reads one file from a fresh workspace; returns the version or the typed error. */
function read(name: string, content: string): { version: string; line?: number } | VersionFileError {
  const root = ws({ [name]: content });
  try {
    const declared = readDeclaredVersion(parseVersionFileSpec('version-files', name), root);
    return { version: declared.version, line: declared.line };
  } catch (error) {
    if (error instanceof VersionFileError) return error;
    throw error;
  }
}

function refused(name: string, content: string, code: VersionFileErrorCode, why: RegExp, line?: number) {
  const result = read(name, content);
  expect(result).toBeInstanceOf(VersionFileError);
  const error = result as VersionFileError;
  expect(error.message).toMatch(why);
  expect(error.code).toBe(code);
  expect(error.file).toBe(name);
  if (line !== undefined) expect(error.line).toBe(line);
}

describe('*.py: exactly one top-level __version__ = "…"', () => {
  it.each([
    [
      'a docstring and a plain assignment',
      '"""Widgets.\n\n__version__ = "0.0.0" in the docs\n"""\n\n__version__ = "1.2.3"\n',
      6,
    ],
    [
      'an annotation and a comment',
      '# __version__ = "9.9.9"\n__version__: Final = "1.2.3"  # bumped by the release\n',
      2,
    ],
    [
      'reads of it elsewhere',
      '__version__ = "1.2.3"\nVERSION = tuple(int(p) for p in __version__.split("."))\nprint(__version__ == "x")\n',
      1,
    ],
    ['__all__ naming it', '__all__ = ["__version__", "main"]\n__version__ = \'1.2.3\'\n', 2],
    [
      'a single-quoted string with the name',
      'HELP = \'__version__ += 1 is not allowed\'\n__version__ = "1.2.3"\n',
      2,
    ],
  ])('accepts %s', (_what, content, line) => {
    expect(read('src/pkg/__init__.py', content)).toEqual({ version: '1.2.3', line });
  });

  it.each([
    [
      'a second assignment',
      '__version__ = "1.2.3"\n\n__version__ = "1.2.4"\n',
      /binds '__version__' 2 times \(line 1, line 3\)/,
      3,
    ],
    [
      'an augmented assignment',
      '__version__ = "1.2.3"\n__version__ += ".dev0"\n',
      /2 times .*augmented '\+='/,
      2,
    ],
    ['a second one on the same line', '__version__ = "1.2.3"; __version__ = "2.0.0"\n', /2 times/, 1],
    [
      'a conditional second one',
      '__version__ = "1.2.3"\nif os.environ.get("NIGHTLY"):\n    __version__ = "1.2.4.dev0"\n',
      /2 times .*line 3 \(indented or after other code\)/,
      3,
    ],
    [
      'a fallback in try/except',
      'try:\n    from ._version import __version__\nexcept ImportError:\n    __version__ = "1.2.3"\n',
      /2 times .*'import'/,
      4,
    ],
    ['an import after it', '__version__ = "1.2.3"\nfrom ._build import __version__  # noqa\n', /2 times/, 2],
    ['a walrus', '__version__ = "1.2.3"\nif (__version__ := read()):\n    pass\n', /':='/, 2],
    ['a tuple target', '__version__ = "1.2.3"\n__version__, build = "1.2.4", 7\n', /2 times/, 2],
    ['a tuple target in the middle', '__version__ = "1.2.3"\n(a, __version__) = 1, "2"\n', /2 times/, 2],
  ])('refuses %s', (_what, content, why, line) => {
    refused('pkg/__init__.py', content, 'ambiguous', why, line);
  });

  it.each([
    ['a for loop', '__version__ = "1.2.3"\nfor __version__ in ("2.0.0",):\n    pass\n', /'for'/, 2],
    ['a with … as', '__version__ = "1.2.3"\nwith open("V") as __version__:\n    pass\n', /'as'/, 2],
    ['an import … as', '__version__ = "1.2.3"\nimport _build_meta as __version__\n', /2 times .*'import'/, 2],
    ['a del', '__version__ = "1.2.3"\ndel __version__\n', /'del'/, 2],
    [
      'an import list',
      '__version__ = "1.2.3"\nfrom ._build import (\n    __version__,\n)\n',
      /2 times .*line 3 \('import'\)/,
      3,
    ],
    [
      'an import list opening on its line',
      '__version__ = "1.2.3"\nfrom ._build import (__version__,\n    x)\n',
      /'import'/,
      2,
    ],
    ['globals()', '__version__ = "1.2.3"\nglobals()["__version__"] = "2.0.0"\n', /'globals\(\)\/setattr'/, 2],
    [
      'setattr',
      '__version__ = "1.2.3"\nsetattr(sys.modules[__name__], \'__version__\', "2")\n',
      /'globals\(\)\/setattr'/,
      2,
    ],
    ['a global in a function', '__version__ = "1.2.3"\ndef bump(): global __version__\n', /'global'/, 2],
  ])('refuses a second binding by %s', (_what, content, why, line) => {
    refused('pkg/version.py', content, 'ambiguous', why, line);
  });

  it('does not take a read of __version__ for a binding', () => {
    const content =
      '__version__ = "1.2.3"\nparts = [int(p) for p in __version__.split(".")]\nif __version__ >= "1":\n    pass\nassert __version__ != "0"\nprint(__version__, end="")\nlog(__version__, level=1)\n';
    expect(read('pkg/version.py', content)).toEqual({ version: '1.2.3', line: 1 });
  });

  it.each([
    [
      'only a conditional one',
      'import sys\nif sys.version_info >= (3, 8):\n    __version__ = "1.2.3"\n',
      /inside a block/,
      3,
    ],
    ['a one-line conditional', 'if True: __version__ = "1.2.3"\n', /inside a block or after other code/, 1],
    ['only an import', 'from ._version import __version__\n', /bound by an import/, 1],
    ['only a tuple target', 'build, __version__ = 7, "1.2.3"\n', /inside a block or after other code/, 1],
    ['only an augmented assignment', '__version__ += "1.2.3"\n', /bound by '\+='/, 1],
  ])('refuses %s', (_what, content, why, line) => {
    refused('version.py', content, 'ambiguous', why, line);
  });

  it('refuses a computed value and a missing one, with their own codes', () => {
    refused('v.py', '__version__ = get_version()\n', 'not-a-string', /not a plain string literal/, 1);
    refused('v.py', '__version__ = "1.2" + ".3"\n', 'not-a-string', /not a plain string literal/, 1);
    refused('v.py', 'VERSION = "1.2.3"\n', 'no-version', /no top-level '__version__/);
    refused('v.py', '"""__version__ = "1.2.3" is only documented here."""\n', 'no-version', /no top-level/);
  });

  it('blanks strings and comments but keeps lines and columns', () => {
    const text = 'a = "x#y"  # c\nb = """1\n2"""\nc = \'q\\\'z\'\n';
    const blank = blankStringsAndComments(text);
    expect(blank.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(blank).toBe('a = "   "     \nb = """ \n """\nc = \'    \'\n');
  });
});

describe('pyproject.toml', () => {
  it('refuses version together with dynamic = ["version"] (PEP 621)', () => {
    refused(
      'pyproject.toml',
      '[project]\nname = "widgets"\nversion = "1.2.3"\ndynamic = ["version", "readme"]\n',
      'ambiguous',
      /sets 'project\.version' \(line 3\) and also lists "version" in 'project\.dynamic'; PEP 621 forbids both/,
      4,
    );
  });
  it('still reads a version with other dynamic fields, and says where a dynamic one lives', () => {
    expect(
      read('pyproject.toml', '[project]\nname = "w"\nversion = "1.2.3"\ndynamic = ["readme"]\n'),
    ).toEqual({
      version: '1.2.3',
      line: 3,
    });
    refused(
      'pyproject.toml',
      '[project]\nname = "w"\ndynamic = ["version"]\n',
      'dynamic',
      /declares its version as dynamic/,
      3,
    );
  });
});

describe('package.json', () => {
  it('accepts a UTF-8 byte-order mark, as npm does, with the right line', () => {
    expect(read('package.json', '\uFEFF{\n  "name": "widgets",\n  "version": "1.2.3"\n}\n')).toEqual({
      version: '1.2.3',
      line: 3,
    });
  });
  it('still refuses a file that is not JSON after the mark', () => {
    refused('package.json', '\uFEFF{ "version": ', 'syntax', /not valid JSON/);
    refused('package.json', '\uFEFF\uFEFF{ "version": "1.2.3" }', 'syntax', /not valid JSON/);
  });
});

describe('typed errors', () => {
  it('a missing file is code missing; a directory not-a-file; a dangling link missing', () => {
    const root = ws({ 'dir/x': '' });
    fs.symlinkSync(path.join(root, 'nowhere.json'), path.join(root, 'package.json'));
    const codeOf = (raw: string) => {
      try {
        readDeclaredVersion(parseVersionFileSpec('version-files', raw), root);
      } catch (error) {
        return error instanceof VersionFileError ? error.code : `other: ${String(error)}`;
      }
      return 'read';
    };
    expect(codeOf('sub/Cargo.toml')).toBe('missing');
    expect(codeOf('package.json')).toBe('missing');
    fs.mkdirSync(path.join(root, 'd.py'));
    expect(codeOf('d.py')).toBe('not-a-file');
  });

  it('a link out of the workspace is still a configuration error, not "missing"', () => {
    const root = ws({});
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'manifests-out-'));
    fs.writeFileSync(path.join(outside, 'package.json'), '{"version":"1.2.3"}');
    fs.symlinkSync(path.join(outside, 'package.json'), path.join(root, 'package.json'));
    expect(() => readDeclaredVersion(parseVersionFileSpec('version-files', 'package.json'), root)).toThrow(
      ConfigurationError,
    );
  });
});

describe('hints for names that are not a supported kind', () => {
  const message = (raw: string) => {
    try {
      parseVersionFileSpec('version-files', raw);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return (error as Error).message;
    }
    throw new Error(`accepted ${raw}`);
  };

  it('an unknown name lists every supported kind, *.py included', () => {
    const text = message('VERSION.txt');
    expect(text).toMatch(/^Input 'version-files': 'VERSION\.txt' is not a version file this action reads/);
    for (const kind of ['package.json', 'Cargo.toml', 'pyproject.toml', '*.py', 'Chart.yaml', ':key.path'])
      expect(text).toContain(kind);
  });

  it.each([
    ['pakage.json', 'package.json'],
    ['packages.json', 'package.json'],
    ['app/chart.yaml', 'app/Chart.yaml'],
    ['charts/web/Chart.yml', 'charts/web/Chart.yaml'],
    ['cargo.toml', 'Cargo.toml'],
    ['crates/core/Cargo.tmol', 'crates/core/Cargo.toml'],
    ['pyprojct.toml', 'pyproject.toml'],
    ['PyProject.toml', 'pyproject.toml'],
  ])('%s suggests %s', (raw, meant) => {
    const text = message(raw);
    expect(text).toContain(`did you mean '${meant}'?`);
    expect(text).toContain('*.py');
  });

  it('does not suggest for names far from any kind', () => {
    expect(nearMiss('settings.ini')).toBeUndefined();
    expect(nearMiss('package-lock.json')).toBeUndefined();
    expect(message('tsconfig.json')).toMatch(/needs a key path \('tsconfig\.json:key\.path'\)/);
  });

  it('a supported name, a .py file and an explicit key are not second-guessed', () => {
    for (const raw of [
      'package.json',
      'Chart.yaml',
      'src/pakage.py',
      'pakage.json:version',
      'chart.yaml:version',
    ])
      expect(() => parseVersionFileSpec('version-files', raw)).not.toThrow();
  });
});
