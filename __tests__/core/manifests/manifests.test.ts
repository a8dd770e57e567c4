import * as fc from 'fast-check';
// Kept alike on purpose (docs/ARCHITECTURE.md): an import list.
import {
  VersionFileError,
  interpretRequirement,
  locateJsonKey,
  locateTomlKey,
  parseVersionFileSpec,
  readDeclaredVersion,
} from '../../../src/core/manifests/index.js';
import { workspace as ws } from '../../helpers/workspace.js';

describe('parseVersionFileSpec', () => {
  it('splits a key path only after a keyed file type', () => {
    expect(parseVersionFileSpec('v', 'a/Cargo.toml:dependencies.x.version')).toEqual({
      raw: 'a/Cargo.toml:dependencies.x.version',
      path: 'a/Cargo.toml',
      keyPath: ['dependencies', 'x', 'version'],
    });
    expect(parseVersionFileSpec('v', 'src/pkg/__init__.py')).toEqual({
      raw: 'src/pkg/__init__.py',
      path: 'src/pkg/__init__.py',
      keyPath: undefined,
    });
  });
  it('round-trips any relative path and key path (property)', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 3 }),
        fc.constantFrom('json', 'toml', 'yaml', 'yml'),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        (dirs, ext, keys) => {
          const file = [...dirs, `manifest.${ext}`].join('/');
          expect(parseVersionFileSpec('version-files', `${file}:${keys.join('.')}`)).toEqual({
            raw: `${file}:${keys.join('.')}`,
            path: file,
            keyPath: keys,
          });
        },
      ),
    );
  });

  it.each([
    ['a.json:', /key path ''/],
    ['a.json:x..y', /key path 'x\.\.y'/],
    ['a.toml', /needs a key path/],
    ['setup.cfg', /not a version file/],
  ])('refuses %j naming the input', (raw, why) => {
    expect(() => parseVersionFileSpec('version-files', raw)).toThrow(why);
    expect(() => parseVersionFileSpec('version-files', raw)).toThrow(/Input 'version-files'/);
  });
});

describe('requirements', () => {
  it.each([
    ['=1.2.3', false, '1.2.3', false],
    ['= 1.2.3', true, '1.2.3', false],
    ['1.2.3', false, '1.2.3', false],
    ['1.2.3', true, '1.2.3', true],
    ['^1.2.3', false, '^1.2.3', true],
    ['~1.2.3', false, '~1.2.3', true],
    ['>=1.2.3, <2', false, '>=1.2.3, <2', true],
    ['*', false, '*', true],
  ])('%j (cargo dependency: %s) means %j, not exact: %s', (value, cargo, version, notExact) => {
    const meaning = interpretRequirement(value, cargo);
    expect(meaning.version).toBe(version);
    expect(meaning.notExact !== undefined).toBe(notExact);
  });
});

describe('line locators', () => {
  it('finds dotted keys, tables and inline tables in TOML', () => {
    const text =
      '[package]\nname = "x"\nversion = "1"\n\n[dependencies]\na = { version = "=1" }\n[workspace.package]\nversion = "2"\n[x]\n"quoted.key".version = "3"\n';
    expect(locateTomlKey(text, ['package', 'version'])).toBe(3);
    expect(locateTomlKey(text, ['dependencies', 'a', 'version'])).toBe(6);
    expect(locateTomlKey(text, ['workspace', 'package', 'version'])).toBe(8);
    expect(locateTomlKey(text, ['x', 'quoted.key', 'version'])).toBe(10);
    expect(locateTomlKey(text, ['nope'])).toBeUndefined();
  });
  it('finds nested keys in JSON in order', () => {
    const text = '{\n  "version": "0",\n  "a": {\n    "version": "1"\n  }\n}';
    expect(locateJsonKey(text, ['version'])).toBe(2);
    expect(locateJsonKey(text, ['a', 'version'])).toBe(4);
    const nestedFirst =
      '{\n  "engines": { "version": "x", "n": "a\\"version\\": " },\n  "version": "1.0.0"\n}';
    expect(locateJsonKey(nestedFirst, ['version'])).toBe(3);
    expect(locateJsonKey(nestedFirst, ['engines', 'version'])).toBe(2);
    expect(locateJsonKey('[{"version": 1}]', ['version'])).toBeUndefined();
  });
});

describe('readDeclaredVersion', () => {
  it('reads Cargo package.version, and a virtual workspace manifest', () => {
    const root = ws({ 'Cargo.toml': '[workspace]\n[workspace.package]\nversion = "3.0.0"\n' });
    expect(readDeclaredVersion(parseVersionFileSpec('v', 'Cargo.toml'), root)).toMatchObject({
      version: '3.0.0',
      key: 'workspace.package.version',
      line: 3,
    });
  });
  // Kept alike on purpose (docs/ARCHITECTURE.md): each case spells its own manifests and expected values.
  it('follows package.workspace to an explicit root', () => {
    const root = ws({
      'root/Cargo.toml': '[workspace]\n\n[workspace.package]\nversion = "4.0.0"\n',
      'member/Cargo.toml': '[package]\nname = "m"\nworkspace = "../root"\nversion = { workspace = true }\n',
    });
    expect(readDeclaredVersion(parseVersionFileSpec('v', 'member/Cargo.toml'), root)).toMatchObject({
      file: 'root/Cargo.toml',
      version: '4.0.0',
      line: 4,
    });
  });
  it('says where a dynamic setuptools version lives', () => {
    const root = ws({
      'pyproject.toml':
        '[project]\nname = "x"\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = { attr = "mypkg.__version__" }\n',
    });
    expect(() => readDeclaredVersion(parseVersionFileSpec('v', 'pyproject.toml'), root)).toThrow(
      /mypkg\/__init__\.py/,
    );
  });
  it('reads an annotated __version__ and refuses a non-string key', () => {
    const root = ws({ 'a.py': "__version__: str = '1.0.0'  # x\n", 'p.json': '{"v": 1}' });
    expect(readDeclaredVersion(parseVersionFileSpec('v', 'a.py'), root)).toMatchObject({
      version: '1.0.0',
      line: 1,
    });
    const error = (() => {
      try {
        readDeclaredVersion(parseVersionFileSpec('v', 'p.json:v'), root);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(VersionFileError);
    expect((error as VersionFileError).file).toBe('p.json');
  });
  it('refuses duplicate YAML keys', () => {
    const root = ws({ 'Chart.yaml': 'version: 1.0.0\nversion: 2.0.0\n' });
    expect(() => readDeclaredVersion(parseVersionFileSpec('v', 'Chart.yaml'), root)).toThrow(
      /not valid YAML/,
    );
  });
});
