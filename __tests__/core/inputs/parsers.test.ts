import {
  parseBoolean,
  parseDuration,
  parseEnum,
  parseInteger,
  parseList,
} from '../../../src/core/inputs/index.js';
import { ConfigurationError } from '../../../src/core/errors.js';

describe('parseBoolean', () => {
  it.each(['true', 'True', 'TRUE'])('accepts %s', (v) => expect(parseBoolean('x', v)).toBe(true));
  it.each(['false', 'False', 'FALSE'])('accepts %s', (v) => expect(parseBoolean('x', v)).toBe(false));
  it.each(['yes', 'on', '1', 'tRue', '', 'no'])('refuses %s, naming the input', (v) => {
    expect(() => parseBoolean('exact-set', v)).toThrow(ConfigurationError);
    expect(() => parseBoolean('exact-set', v)).toThrow(/'exact-set' must be a boolean/);
  });
});

describe('parseList', () => {
  it('drops blank and # lines and trims items', () => {
    expect(parseList('a\n\n  # note\n b \r\nc')).toEqual(['a', 'b', 'c']);
  });
  it('gives nothing for an empty input', () => expect(parseList('')).toEqual([]));
});

describe('parseDuration', () => {
  it.each([
    ['0', 0],
    ['90s', 90_000],
    ['20m', 1_200_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['45', 45_000],
  ])('%s is %d ms', (raw, ms) => expect(parseDuration('timeout', raw)).toBe(ms));
  it.each(['', 'ten minutes', '-5s', '1.5m', '20 m', 'm', '1d'])('refuses %j', (raw) => {
    expect(() => parseDuration('timeout', raw)).toThrow(/Input 'timeout' must be a duration/);
  });
});

describe('parseEnum and parseInteger', () => {
  it('lists the allowed values', () => {
    expect(parseEnum('on-reject', 'skip', ['fail', 'skip'])).toBe('skip');
    expect(() => parseEnum('on-reject', 'ignore', ['fail', 'skip'])).toThrow(
      "Input 'on-reject' must be one of 'fail', 'skip', got 'ignore'.",
    );
  });
  it('accepts whole numbers at or above the minimum only', () => {
    expect(parseInteger('min-components', '3', 0)).toBe(3);
    expect(() => parseInteger('min-components', '-1', 0)).toThrow(/min-components/);
    expect(() => parseInteger('min-components', '2.5', 0)).toThrow(/min-components/);
    expect(() => parseInteger('min-components', '0', 1)).toThrow(/at least 1/);
  });
});
