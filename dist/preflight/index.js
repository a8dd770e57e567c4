import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 4234:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_action_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8459);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2720);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(874);



// Read inside the entry's error boundary (a missing workspace is reported, not thrown raw).
let root;
const workspace = () => (root ??= (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceRoot */ .oS)());
await (0,_core_action_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .runEntry */ .C)({
    name: 'preflight',
    inputNames: _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_NAMES */ .Qh,
    parse: (read, env) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .TL)(read, env, workspace()),
    run: async (inputs) => (await __nccwpck_require__.e(/* import() */ 964).then(__nccwpck_require__.bind(__nccwpck_require__, 8964))).run(inputs, workspace()),
    refusalOutputs: _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .REFUSAL_OUTPUTS */ .Ob,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qh: () => (/* binding */ INPUT_NAMES),
  Ob: () => (/* binding */ REFUSAL_OUTPUTS),
  TL: () => (/* binding */ parseInputs)
});

// EXTERNAL MODULE: ./.build/core/github/repository.js
var github_repository = __nccwpck_require__(6756);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __nccwpck_require__(8005);
// EXTERNAL MODULE: ./.build/core/inputs/index.js
var core_inputs = __nccwpck_require__(8020);
;// CONCATENATED MODULE: ./.build/core/ci/inputs.js
/*
 * The CI check's inputs, parsed once for both actions that take them: require-ci-green and the
 * root preflight (which adds them to tag-semver-guard's). Everything that can be checked
 * without the API is checked here and every problem is collected, so a bad value is a
 * configuration error before any row, summary, output or request.
 *
 * `tag` is not read here: whoever composes the check owns it (require-ci-green reads it itself;
 * the preflight takes the guard's tag), so the same input is never parsed twice.
 */



/** The CI check's own inputs, as named in both action.yml files (`tag` apart, see above). */
const CI_INPUT_NAMES = [
    'workflows',
    'sha',
    'branch',
    'require-head',
    'event',
    'timeout',
    'poll-interval',
    'github-token',
    'repository',
];
/**
 * A workflow file: `ci.yml` or `.github/workflows/ci.yml` (also `./.github/…`). Returns the
 * base name, which is what the REST API accepts in place of the workflow id.
 */
function parseWorkflowFile(input, raw) {
    const value = raw.trim().replace(/^\.\//, '');
    const base = value.startsWith('.github/workflows/') ? value.slice('.github/workflows/'.length) : value;
    if (!/^[A-Za-z0-9._-]+\.ya?ml$/.test(base) || base.startsWith('.')) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must list workflow files such as 'ci.yml' or '.github/workflows/ci.yml', got '${raw}'.`);
    }
    return base;
}
const EVENT_NAME = /^[a-z_]+$/;
/**
 * Reads the CI inputs into `inputs`, recording every problem there (the caller's `finish()`
 * reports them all at once). With `workflows: 'required'` (require-ci-green) an empty list is a
 * problem; with `'optional'` (the preflight) it means "the CI check is not requested": then it
 * returns undefined, after still validating the inputs that have defaults (a bad `timeout` is
 * a mistake either way) and refusing `sha` and `branch`, which only the CI check uses, so a
 * forgotten `workflows` cannot silently drop the check the user meant to ask for.
 */
function readCiInputs(inputs, env, options) {
    const required = options.workflows === 'required';
    const workflows = inputs
        .list('workflows', required ? { required: 'the workflow files' } : {})
        .map((raw) => inputs.attempt(() => parseWorkflowFile('workflows', raw)))
        .filter((w) => w !== undefined);
    const sha = inputs.sha('sha');
    const branch = inputs.optional('branch');
    const timeoutMs = inputs.duration('timeout', '0');
    const pollIntervalMs = inputs.duration('poll-interval', '30s');
    if (pollIntervalMs <= 0)
        inputs.problem(`Input 'poll-interval' must be longer than 0, got '${inputs.raw('poll-interval')}'.`);
    const requireHead = inputs.boolean('require-head', true);
    const event = inputs.optional('event') ?? 'push';
    if (!EVENT_NAME.test(event))
        inputs.problem(`Input 'event' must be an event name (lowercase letters and '_', e.g. push, release), got '${event}'.`);
    // A comma-separated list is a problem recorded above, but it still asks for the check.
    if (!required && (0,core_inputs/* parseList */.E1)(inputs.raw('workflows')).length === 0) {
        for (const name of ['sha', 'branch']) {
            if (inputs.optional(name) !== undefined)
                inputs.problem(`Input '${name}' is only used by the CI check, which runs when 'workflows' is given: add 'workflows' or remove '${name}'.`);
        }
        return undefined;
    }
    // Registered as a secret by createClient, the only place it is used.
    const token = inputs.required('github-token', "a token with 'actions: read' and 'contents: read'");
    const repository = inputs.attempt(() => (0,github_repository/* parseRepository */.S)('repository', inputs.optional('repository') ?? env.GITHUB_REPOSITORY ?? ''));
    // GITHUB_SHA is the runner's, always a full SHA there; anything else is refused outright.
    let githubSha;
    if (env.GITHUB_SHA) {
        try {
            githubSha = (0,core_inputs/* parseSha */.qL)('sha', env.GITHUB_SHA);
        }
        catch {
            inputs.problem(`GITHUB_SHA must be a full 40-character hexadecimal commit SHA (it stands in for input 'sha'), got '${env.GITHUB_SHA}'.`);
        }
    }
    return {
        token,
        githubSha,
        ci: {
            repository: repository ?? { owner: '', repo: '' },
            workflows: [...new Set(workflows)],
            sha,
            branch,
            requireHead,
            event,
            timeoutMs,
            pollIntervalMs,
        },
    };
}

// EXTERNAL MODULE: ./.build/core/guard.js + 1 modules
var core_guard = __nccwpck_require__(9536);
;// CONCATENATED MODULE: ./.build/actions/preflight/inputs.js



/** Every input declared in the root action.yml: the union of the guard's and the CI check's. */
const INPUT_NAMES = [...core_guard/* GUARD_INPUT_NAMES */.G7, ...CI_INPUT_NAMES];
/**
 * Parses every input of both checks once, before anything is written, collecting the problems
 * of both into one configuration error: a bad CI input (a duration, a SHA) is refused even when
 * the guard would pass, and the other way round. The guard's parser reads `tag` (strictly, as
 * given); the CI parser does not read it again: the CI check takes the guard's tag. `env`
 * gives GITHUB_SHA and GITHUB_REPOSITORY. (Undeclared `INPUT_*` names are refused by the entry
 * point, `runEntry`, against INPUT_NAMES.)
 */
function parseInputs(read, env, root) {
    const inputs = new core_inputs/* Inputs */.G0(read);
    const guard = inputs.attempt(() => (0,core_guard/* parseGuardInputs */.ao)(read, root));
    const ci = readCiInputs(inputs, env, { workflows: 'optional' });
    return inputs.finish({ guard: guard, ci });
}
/**
 * The outputs of a refused configuration: `ok` false (with `reason`, filled in by runEntry),
 * and the CI outputs as when the check did not run.
 */
const REFUSAL_OUTPUTS = { ok: false, green: '', 'head-sha': '', report: '[]' };


/***/ }),

/***/ 5070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ runChecks),
/* harmony export */   ZS: () => (/* binding */ ON_REJECT_VALUES)
/* harmony export */ });
/* unused harmony export reasonOf */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2269);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8005);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7457);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6081);




const ON_REJECT_VALUES = ['fail', 'skip'];
/** Why the run is not ok: every failed row, one a line; empty when ok. */
function reasonOf(report) {
    if (report.ok)
        return '';
    if (report.rows.length === 0)
        return 'no check was run';
    return report.failures.map((r) => `${r.check}: ${r.detail}`).join('\n');
}
/**
 * Runs checks over one report, then writes one job summary (with annotations), sets the merged
 * outputs plus `ok` and `reason`, and fails unless every row passed. With `on-reject: skip` a
 * rejection exits 0 with `ok=false` so later jobs can skip on `if:`; a hard failure still fails,
 * because a broken configuration must not look like "not a release".
 */
async function runChecks(title, checks, options) {
    const report = new _report_js__WEBPACK_IMPORTED_MODULE_3__/* .Report */ .pl(title);
    const outputs = {};
    const summary = [];
    let hard = 0;
    for (const check of checks) {
        const outcome = await check(report);
        Object.assign(outputs, outcome.outputs);
        summary.push(...(outcome.summary ?? []));
        hard += outcome.hardFailures;
    }
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .publishReport */ .S3)(report, summary);
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutputs */ .n)(options.verdictOutputs === false ? outputs : { ...outputs, ok: report.ok, reason: reasonOf(report) });
    if (report.ok)
        return report;
    if (options.onReject === 'skip' && hard === 0) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${report.failureMessage()}\non-reject is 'skip': exiting successfully with ok=false.`);
        return report;
    }
    const note = options.onReject === 'skip'
        ? `\n(on-reject: skip does not apply: ${hard} of these ${hard === 1 ? 'is a configuration problem' : 'are configuration problems'}.)`
        : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChecksFailedError */ .Ro(report.failureMessage() + note);
}


/***/ }),

/***/ 8459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runEntry)
});

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __nccwpck_require__(8005);
// EXTERNAL MODULE: ./.build/core/inputs/reader.js
var reader = __nccwpck_require__(7781);
// EXTERNAL MODULE: ./.build/core/action/outputs.js
var outputs = __nccwpck_require__(7457);
// EXTERNAL MODULE: ./.build/core/action/report.js
var action_report = __nccwpck_require__(6081);
// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js
var workflow_commands = __nccwpck_require__(2269);
// EXTERNAL MODULE: ./.build/core/action/secrets.js
var secrets = __nccwpck_require__(3442);
;// CONCATENATED MODULE: ./.build/core/action/run.js



/**
 * The one error boundary of every entry point. A configuration error is the user's to fix; a
 * failed check already wrote its rows; a network failure says which host could not be reached
 * and why; anything else is reported as an internal error. Only the message reaches
 * `setFailed` (an Error object can carry request headers, and with them the token); the cause
 * goes to the debug log, redacted.
 */
async function runAction(fn) {
    try {
        await fn();
    }
    catch (error) {
        workflow_commands/* setFailed */.C1((0,secrets/* redact */.E)(failureMessage(error)));
        const cause = error instanceof Error ? (error.cause ?? error.stack) : undefined;
        if (cause)
            workflow_commands/* debug */.Yz((0,secrets/* redact */.E)(typeof cause === 'string' ? cause : (0,errors/* messageOf */.bD)(cause)));
    }
}
/** The failed step's message for anything thrown (see {@link runAction}); not yet redacted. */
function failureMessage(error) {
    const message = (0,errors/* messageOf */.bD)(error);
    if (error instanceof errors/* ConfigurationError */.j1)
        return `Configuration error: ${message}`;
    if (error instanceof errors/* ChecksFailedError */.Ro)
        return message;
    const network = unreachableOf(error);
    if (network !== undefined) {
        // Wrappers put what was being done in front ("Listing runs of ci.yml: could not reach …");
        // one that dropped the cause's words gets them back, so the host is never lost.
        return message.includes(network) ? message : `${network} (${message})`;
    }
    return `Internal error: ${message}`;
}
/**
 * "could not reach <host>: <reason>" when a network failure is anywhere in the cause chain:
 * the GitHub client's own (a transient error coded `UNREACHABLE` or `TIMEOUT`, which already
 * carries the host of the request), or a raw one from another client (fetch, sigstore-js).
 */
function unreachableOf(error) {
    for (const link of (0,errors/* causeChain */.DD)(error)) {
        if (link instanceof errors/* BaseError */.Cf && (link.code === 'UNREACHABLE' || link.code === 'TIMEOUT')) {
            return link.message;
        }
    }
    const failure = (0,errors/* networkFailure */.rd)(error);
    return failure && (0,errors/* unreachableMessage */.Ep)(failure.host, failure.reason);
}

;// CONCATENATED MODULE: ./.build/core/action/entry.js





/**
 * The refusal policy for configuration errors, in one place: nothing is requested or written
 * except a job summary with one `configuration` row per problem (what to fix), the refusal
 * outputs, and the failed step whose message lists every problem. Undeclared `INPUT_*`
 * variables (a misspelled `with:` key) are problems too, reported with the rest.
 */
async function runEntry(spec, env = process.env) {
    await runAction(async () => {
        const read = (name) => env[(0,reader/* inputVariable */.LO)(name)];
        const problems = (0,reader/* undeclaredInputs */.b5)(env, spec.inputNames);
        let inputs;
        try {
            inputs = spec.parse(read, env);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            problems.push(...error.problems);
        }
        if (problems.length > 0 || inputs === undefined) {
            await refuseConfiguration(spec, problems);
            throw new errors/* ConfigurationError */.j1(problems);
        }
        await spec.run(inputs);
    });
}
/** Writes the refusal's summary and outputs (see {@link runEntry}). */
async function refuseConfiguration(spec, problems) {
    const report = new action_report/* Report */.pl(`${spec.name}: configuration refused`);
    for (const problem of problems)
        report.fail('configuration', problem);
    try {
        await (0,action_report/* publishReport */.S3)(report, ['Nothing was requested or changed. Fix the inputs above and run again.']);
    }
    catch (error) {
        // A summary that cannot be written must not hide the configuration error itself.
        problems.push(`(the job summary could not be written: ${(0,errors/* messageOf */.bD)(error)})`);
    }
    if (spec.refusalOutputs) {
        const reason = 'ok' in spec.refusalOutputs ? { reason: problems.join('\n') } : {};
        (0,outputs/* setOutputs */.n)({ ...spec.refusalOutputs, ...reason });
    }
}


/***/ }),

/***/ 7457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2269);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3442);


/**
 * Sets outputs. Booleans become 'true'/'false'. Each value is written to `GITHUB_OUTPUT` between
 * lines holding a random delimiter (workflow-commands.ts), so multi-line values (reports, notes)
 * are safe; a value that contained the delimiter would be refused, not written.
 */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(typeof value === 'string' ? value : String(value)));
    }
}


/***/ }),

/***/ 6081:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S3: () => (/* binding */ publishReport),
/* harmony export */   pl: () => (/* binding */ Report)
/* harmony export */ });
/* unused harmony export escapeCell */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2269);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3442);


/**
 * Collects verdict rows. The job summary table, the failure message and the annotations are
 * all rendered from these rows, so they can never disagree with each other.
 */
class Report {
    title;
    rows = [];
    constructor(title) {
        this.title = title;
    }
    add(verdict) {
        this.rows.push(verdict);
        return verdict;
    }
    pass(check, detail) {
        return this.add({ check, ok: true, detail });
    }
    fail(check, detail, where) {
        return this.add({ check, ok: false, detail, ...where });
    }
    /** True only when there is at least one row and no row failed: an empty report is not a pass. */
    get ok() {
        return this.rows.length > 0 && this.rows.every((r) => r.ok);
    }
    get failures() {
        return this.rows.filter((r) => !r.ok);
    }
    /** Every failed check, one a line. */
    failureMessage() {
        const failed = this.failures;
        if (failed.length === 0 && this.rows.length === 0)
            return `${this.title}: no check was run.`;
        const lines = failed.map((r) => `- ${r.check}: ${r.detail}`);
        return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(`${this.title}: ${failed.length} check${failed.length === 1 ? '' : 's'} failed:\n${lines.join('\n')}`);
    }
    /** The summary as markdown: a heading, one table with a row per check, then extra sections. */
    markdown(extra = []) {
        const head = `### ${escapeCell(this.title)} ${this.ok ? '✅ passed' : '❌ failed'}\n\n`;
        const table = ['| check | result | detail |', '| --- | --- | --- |'];
        for (const r of this.rows) {
            const where = r.file ? ` (${r.file}${r.line ? `:${r.line}` : ''})` : '';
            table.push(`| ${escapeCell(r.check)} | ${r.ok ? '✅ pass' : '❌ fail'} | ${escapeCell(r.detail + where)} |`);
        }
        return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(head + table.join('\n') + '\n' + extra.map((e) => `\n${e}\n`).join(''));
    }
}
/** Makes text safe in one markdown table cell. */
function escapeCell(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n/g, '<br>');
}
/**
 * Writes the job summary and the annotations for every failed row that names a file. Safe to
 * call when no summary file is configured (local runs): it then only logs.
 */
async function publishReport(report, extra = []) {
    for (const row of report.failures) {
        if (row.file) {
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(`${row.check}: ${row.detail}`), {
                title: row.check,
                file: row.file,
                startLine: row.line,
            });
        }
    }
    const markdown = report.markdown(extra);
    if (process.env.GITHUB_STEP_SUMMARY) {
        await _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(markdown);
    }
    else {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(markdown);
    }
}


/***/ }),

/***/ 3442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   c: () => (/* binding */ registerSecret)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2269);

const secrets = new Set();
/**
 * Registers a value that must never appear in output: the runner masks it in logs, and
 * {@link redact} removes it from every message we build ourselves (summaries, outputs,
 * errors), which the runner's masking does not reach when they are written to files.
 */
function registerSecret(value) {
    if (!value)
        return;
    secrets.add(value);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
/** Replaces every registered secret in `text` with `***`. */
function redact(text) {
    let out = text;
    for (const secret of secrets) {
        if (secret.length > 0)
            out = out.split(secret).join('***');
    }
    return out;
}


/***/ }),

/***/ 2269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/*
 * The runner's protocol, written by this module alone: workflow commands on stdout
 * (`::name key=value,…::message`) and file commands appended to the files the runner names in
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 *
 * Why not @actions/core: its top level imports its OIDC client, and with it @actions/http-client,
 * undici and @actions/exec, about 1 MB of code that V8 compiles and runs before an action can
 * read its first input. That alone took a bundle past 2.5× a bare `node -e 0`, and a refused
 * configuration needs none of it: only these few lines of protocol. Its package exports only its
 * root, so its lighter files cannot be imported on their own. The escaping and the delimiter
 * below are the protocol's (GitHub's "Workflow commands for GitHub Actions"), so the runner
 * reads exactly what it read before.
 */



/**
 * A message or property value as the runner reads it back: `%`, CR and LF are percent-encoded,
 * so a message can never end its own line and start a command of its own.
 */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value also escapes `:` and `,`, which separate the properties from each other and the message. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Writes one workflow command line; properties without a value are left out. */
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    const head = props.length > 0 ? `::${command} ${props.join(',')}` : `::${command}`;
    process.stdout.write(`${head}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function annotationProperties(where) {
    return { title: where.title, file: where.file, line: where.startLine };
}
/** A plain log line. */
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** A debug log line (shown when the run has step debugging on). */
function debug(message) {
    issue('debug', {}, message);
}
/** A `::warning::` annotation. */
function warning(message, where = {}) {
    issue('warning', annotationProperties(where), message);
}
/** An `::error::` annotation. */
function error(message, where = {}) {
    issue('error', annotationProperties(where), message);
}
/** Fails the step: exit code 1 when the process ends, and the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Asks the runner to mask `value` in every log line from now on. */
function setSecret(value) {
    issue('add-mask', {}, value);
}
/**
 * Sets one output. In GITHUB_OUTPUT the value sits between two lines holding a random delimiter,
 * so a multi-line value cannot inject another output; a name or value holding the delimiter is
 * refused rather than written. Without GITHUB_OUTPUT (an old runner) the `set-output` command is
 * the fallback.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issue('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID()}`;
    if (name.includes(delimiter)) {
        throw new Error(`output name '${name}' holds the GITHUB_OUTPUT delimiter; not written`);
    }
    if (value.includes(delimiter)) {
        throw new Error(`the value of output '${name}' holds the GITHUB_OUTPUT delimiter; not written`);
    }
    // The runner creates the file; one that is missing means the environment is not a runner's.
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file)) {
        throw new Error(`GITHUB_OUTPUT names ${file}, which does not exist: output '${name}' was not written`);
    }
    const eol = node_os__WEBPACK_IMPORTED_MODULE_2__.EOL;
    node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(file, `${name}<<${delimiter}${eol}${value}${eol}${delimiter}${eol}`, {
        encoding: 'utf8',
    });
}
/** Appends markdown (and a line end) to the job summary file named by GITHUB_STEP_SUMMARY. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('GITHUB_STEP_SUMMARY is not set, so the job summary cannot be written (is this a runner?)');
    }
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch {
        throw new Error(`the job summary file ${file} (GITHUB_STEP_SUMMARY) cannot be read and written`);
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.appendFile(file, markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 8005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ BaseError),
/* harmony export */   DD: () => (/* binding */ causeChain),
/* harmony export */   Ep: () => (/* binding */ unreachableMessage),
/* harmony export */   Ro: () => (/* binding */ ChecksFailedError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/* unused harmony export messageWithCauses */
/*
 * The errors sealed-release throws on purpose. Each class carries a `code` from a closed union,
 * as sigstore-js's `BaseError<Code>` does: code decides, the message is for people. Never branch
 * on a message's wording: a reworded message would silently change what the code does.
 */
/** The base of every error thrown on purpose; `code` is what callers branch on. */
class BaseError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/**
 * A mistake in how the action was configured (a bad input, a missing file the user named).
 * The error boundary reports it as the user's to fix, distinct from an internal failure. It
 * carries every problem found, so one run reports them all: one problem is the message itself,
 * several are listed one a line.
 */
class ConfigurationError extends BaseError {
    problems;
    constructor(problems, options = {}) {
        const list = typeof problems === 'string' ? [problems] : problems;
        super(options.code ?? 'INVALID_INPUT', list.length === 1
            ? list[0]
            : `${list.length} configuration problems:\n${list.map((p) => `- ${p}`).join('\n')}`, { cause: options.cause });
        this.name = 'ConfigurationError';
        this.problems = list;
    }
}
/**
 * One or more checks said no. The message already lists every failed check; the rows were
 * written to the job summary before this is thrown.
 */
class ChecksFailedError extends BaseError {
    constructor(message) {
        super('CHECKS_FAILED', message);
        this.name = 'ChecksFailedError';
    }
}
/** The message of anything thrown, never the object itself (which may carry request headers). */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/**
 * The error and its causes, outermost first (at most `depth`; causes can form a cycle). Read as
 * a plain `cause` property, not through `instanceof Error`: fetch's errors come from Node's own
 * realm, which is not the caller's under a VM sandbox such as Jest's.
 */
function causeChain(error, depth = 8) {
    const chain = [];
    for (let current = error; current !== undefined && current !== null && chain.length < depth;) {
        if (chain.includes(current))
            break;
        chain.push(current);
        current = typeof current === 'object' ? current.cause : undefined;
    }
    return chain;
}
/**
 * The message with its causes ("a: b: c"), for libraries that wrap the useful reason in a
 * generic one (sigstore-js: "error creating signing certificate"). Callers redact it as usual.
 */
function messageWithCauses(error) {
    const parts = [];
    for (const current of causeChain(error, 5)) {
        const message = messageOf(current);
        if (message && !parts.includes(message))
            parts.push(message);
    }
    return parts.join(': ');
}
/**
 * The error codes of a connection that failed below HTTP, in words: Node's system errors and
 * undici's own. A code not listed here is not treated as a network failure.
 */
const NETWORK_CODES = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ECONNABORTED: 'connection aborted',
    EPIPE: 'connection closed while sending',
    ETIMEDOUT: 'connection timed out',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'host name lookup failed',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no response in time',
    UND_ERR_BODY_TIMEOUT: 'the response stalled',
    UND_ERR_SOCKET: 'connection closed by the other side',
    UND_ERR_CLOSED: 'connection closed',
};
/**
 * Recognises a network failure anywhere in an error's cause chain by its `code` (fetch wraps it
 * as `TypeError: fetch failed` with the system error as its cause; octokit wraps that again),
 * or undefined when the error is something else.
 */
function networkFailure(error) {
    let found;
    for (const link of causeChain(error)) {
        // An AggregateError (every address of a name refused) holds the per-address errors.
        const errors = link?.errors;
        for (const candidate of [link, ...(Array.isArray(errors) ? errors : [])]) {
            const code = candidate?.code;
            if (typeof code !== 'string' || !Object.hasOwn(NETWORK_CODES, code))
                continue;
            const failure = { host: hostOfSystemError(candidate), reason: `${NETWORK_CODES[code]} (${code})` };
            // The first one that names its host wins; the outermost otherwise.
            if (failure.host !== undefined)
                return failure;
            found ??= failure;
        }
    }
    return found;
}
/** `hostname`, or `address:port`, of a Node system error (ENOTFOUND has the first, ECONNREFUSED the second). */
function hostOfSystemError(error) {
    const e = error;
    if (typeof e.hostname === 'string' && e.hostname)
        return e.hostname;
    if (typeof e.address === 'string' && e.address) {
        const address = e.address.includes(':') ? `[${e.address}]` : e.address;
        return typeof e.port === 'number' ? `${address}:${e.port}` : address;
    }
    return undefined;
}
/** "could not reach <host>: <reason>", the one wording of a network failure. */
function unreachableMessage(host, reason) {
    return `could not reach ${host ?? 'the server'}: ${reason}`;
}


/***/ }),

/***/ 6756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parseRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);

/** Parses the `repository` input (`owner/name`). */
function parseRepository(input, value) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value.trim());
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' must be 'owner/name', got '${value}'.`);
    }
    return { owner: match[1], repo: match[2] };
}


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G7: () => (/* binding */ GUARD_INPUT_NAMES),
  y7: () => (/* binding */ guardCheck),
  QP: () => (/* binding */ guardContextFromEnv),
  ao: () => (/* binding */ parseGuardInputs)
});

// UNUSED EXPORTS: CHANGELOG_DATE_VALUES, checkRelease, collectGuardInputs, emptyGuardOutputs, envInputReader

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./.build/core/action/checks.js
var checks = __nccwpck_require__(5070);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __nccwpck_require__(8005);
// EXTERNAL MODULE: ./.build/core/inputs/index.js
var core_inputs = __nccwpck_require__(8020);
// EXTERNAL MODULE: ./.build/core/paths.js
var paths = __nccwpck_require__(2720);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./.build/core/semver.js

/*
 * Strict SemVer 2.0.0 on a tag exactly as given. The `semver` library is lenient as a
 * validator (it trims whitespace and drops a leading `v` or `=`), which is right for reading
 * ranges but wrong for guarding a release trigger: `v1.2.3 `, `=1.2.3` and `V1.2.3` must not
 * become releases of 1.2.3. So the grammar is checked here, character by character, and each
 * rejection says why in a sentence; the library is used only for precedence.
 */
/** The longest version accepted (the `semver` library's own limit, so comparisons never fail). */
const MAX_VERSION_LENGTH = 256;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;
const DIGITS = /^[0-9]+$/;
/**
 * Characters a tag may contain before we even look at its structure. `/`, `-` and `@` are
 * there for monorepo prefixes (`nginx/`, `tokio-`, `pkg@`, `@scope/pkg@`); git refuses `@{`
 * in a ref name, and `{` is refused here anyway. None of them may appear in the version itself.
 */
const TAG_CHARACTERS = /^[0-9A-Za-z._\-+/@]$/;
function codePoint(char) {
    return `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Why one character is not acceptable in a tag, or undefined when it is. Non-ASCII characters
 * are classified because they are how a lookalike tag gets through review: a fullwidth `１`
 * or an Arabic-Indic digit reads as a digit, a zero-width space reads as nothing at all.
 */
function describeCharacter(char, position) {
    if (TAG_CHARACTERS.test(char))
        return undefined;
    const at = `at position ${position + 1}`;
    const cp = char.codePointAt(0);
    if (cp === 0x20)
        return `contains a space ${at} (tags are checked exactly as given, nothing is trimmed).`;
    if (cp < 0x20 || cp === 0x7f)
        return `contains a control character ${codePoint(char)} ${at} (a newline, tab or similar; nothing is trimmed).`;
    if (cp < 0x80)
        return `contains the character '${char}' ${at}, which SemVer and safe tag names do not allow.`;
    if (/\p{Nd}|\p{No}/u.test(char))
        return `contains ${codePoint(char)} ${at}, a non-ASCII digit that looks like an ASCII digit but is not one.`;
    if (/[\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Mn}\p{Me}]/u.test(char) || cp === 0x3164 || cp === 0x115f)
        return `contains ${codePoint(char)} ${at}, an invisible or whitespace character.`;
    return `contains the non-ASCII character '${char}' (${codePoint(char)}) ${at}; only ASCII is allowed (lookalikes of ASCII letters and punctuation are refused).`;
}
/** Every character-level problem in `text` (first occurrence of each distinct character). */
function characterProblems(text) {
    const problems = [];
    const seen = new Set();
    let position = 0;
    for (const char of text) {
        if (!seen.has(char)) {
            const problem = describeCharacter(char, position);
            if (problem) {
                seen.add(char);
                problems.push(problem);
            }
        }
        position++;
    }
    return problems;
}
function numericProblem(what, id) {
    if (id === '')
        return `${what} is empty.`;
    if (!DIGITS.test(id))
        return `${what} '${id}' is not a number.`;
    if (id.length > 1 && id.startsWith('0'))
        return `${what} '${id}' has a leading zero.`;
    if (!Number.isSafeInteger(Number(id)))
        return `${what} '${id}' is too large (above ${Number.MAX_SAFE_INTEGER}).`;
    return undefined;
}
/**
 * Parses a bare SemVer 2.0.0 version (no prefix). Returns every structural reason it is not
 * one, or the parts.
 */
function parseSemVer(version) {
    const chars = characterProblems(version).map((p) => `The version ${p}`);
    if (chars.length > 0)
        return { ok: false, reasons: chars };
    if (version === '')
        return { ok: false, reasons: ['The version is empty.'] };
    const reasons = [];
    if (version.length > MAX_VERSION_LENGTH)
        reasons.push(`The version is ${version.length} characters long; at most ${MAX_VERSION_LENGTH} are accepted.`);
    for (const bad of new Set(version.match(/[_/@]/g) ?? []))
        reasons.push(`The character '${bad}' is not allowed in a SemVer version.`);
    const plus = version.indexOf('+');
    const head = plus < 0 ? version : version.slice(0, plus);
    const buildText = plus < 0 ? undefined : version.slice(plus + 1);
    const dash = head.indexOf('-');
    const coreText = dash < 0 ? head : head.slice(0, dash);
    const preText = dash < 0 ? undefined : head.slice(dash + 1);
    const core = coreText.split('.');
    if (core.length !== 3) {
        reasons.push(`The version core '${coreText}' must be exactly MAJOR.MINOR.PATCH (three numbers separated by dots), it has ${core.length} part${core.length === 1 ? '' : 's'}.`);
    }
    const names = ['The major version', 'The minor version', 'The patch version'];
    core.forEach((id, i) => {
        const problem = numericProblem(names[i] ?? `Core part ${i + 1}`, id);
        if (problem)
            reasons.push(problem);
    });
    const prerelease = preText === undefined ? [] : preText.split('.');
    for (const [i, id] of prerelease.entries()) {
        if (id === '')
            reasons.push(`Pre-release identifier ${i + 1} is empty (in '${preText}').`);
        else if (!IDENTIFIER.test(id))
            reasons.push(`Pre-release identifier '${id}' may only contain ASCII letters, digits and '-'.`);
        else if (DIGITS.test(id) && id.length > 1 && id.startsWith('0'))
            reasons.push(`Pre-release identifier '${id}' is numeric and has a leading zero.`);
    }
    const build = buildText === undefined ? [] : buildText.split('.');
    for (const [i, id] of build.entries()) {
        if (id === '')
            reasons.push(`Build metadata identifier ${i + 1} is empty (in '${buildText}').`);
        else if (!IDENTIFIER.test(id))
            reasons.push(`Build metadata identifier '${id}' may only contain ASCII letters, digits and '-'.`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons: [...new Set(reasons)] };
    return {
        ok: true,
        value: {
            version,
            major: Number(core[0]),
            minor: Number(core[1]),
            patch: Number(core[2]),
            prerelease,
            build,
        },
    };
}
/**
 * Parses a tag that must be exactly `prefix` + SemVer 2.0.0. The prefix is matched byte for
 * byte: no trimming, no folding of `v`/`V`, no optional prefix, because a release pipeline that
 * accepts `V1.2.3` or ` v1.2.3` next to `v1.2.3` can be made to publish one version twice.
 */
function parseTag(tag, prefix) {
    const chars = characterProblems(tag).map((p) => `The tag ${p}`);
    if (chars.length > 0)
        return { ok: false, reasons: chars };
    if (tag === '')
        return { ok: false, reasons: ['The tag is empty.'] };
    if (!tag.startsWith(prefix)) {
        const head = tag.slice(0, prefix.length);
        let why;
        if (head.toLowerCase() === prefix.toLowerCase())
            why = `The tag '${tag}' starts with '${head}', not the prefix '${prefix}' (case is not folded).`;
        else if (/^[0-9]/.test(tag))
            why = `The tag '${tag}' has no prefix; it must start with exactly '${prefix}'.`;
        else
            why = `The tag '${tag}' does not start with the prefix '${prefix}'.`;
        return { ok: false, reasons: [why] };
    }
    const rest = tag.slice(prefix.length);
    if (rest !== '' && !/^[0-9]/.test(rest) && /^[vV=]/.test(rest)) {
        return {
            ok: false,
            reasons: [
                prefix === ''
                    ? `The tag '${tag}' starts with '${rest[0]}', but the prefix is empty: the tag must be the bare version.`
                    : `After the prefix '${prefix}' the tag has '${rest[0]}'; it must continue with the version's major number.`,
            ],
        };
    }
    const parsed = parseSemVer(rest);
    if (!parsed.ok)
        return { ok: false, reasons: parsed.reasons };
    return parsed;
}
/** SemVer precedence (build metadata ignored), through the `semver` library. */
function compareVersions(a, b) {
    return semver.compare(a, b);
}
/**
 * True when `text` is a plain string usable as a tag prefix: ASCII letters, digits, `.`, `_`,
 * `-`, `/` and `@` (`v`, `mylib/v`, `tokio-`, `pkg@`, `@scope/pkg@`). It is matched byte for
 * byte, never as a pattern, so none of these characters has a special meaning.
 */
function isPlainPrefix(text) {
    return /^[A-Za-z0-9._/@-]*$/.test(text);
}

// EXTERNAL MODULE: ./.build/core/manifests/spec.js
var manifests_spec = __nccwpck_require__(1126);
// EXTERNAL MODULE: ./.build/core/manifests/types.js
var types = __nccwpck_require__(8072);
;// CONCATENATED MODULE: ./.build/core/guard.js










/*
 * tag-semver-guard's checks, as one function over a Report, so the guard action and the
 * preflight (root) action run exactly the same logic in-process.
 *
 * The manifest readers (TOML, YAML) and the CommonMark parser are imported when a version file
 * or a changelog is to be read, not with this module: the inputs are parsed from here, and a
 * run that has neither to read (or a refused configuration) never compiles them.
 */
/** `changelog-date`'s values. */
const CHANGELOG_DATE_VALUES = ['required', 'optional'];
// The reader lives with the other input helpers (require-ci-green's parser shares it); it is
// re-exported here because the guard's entry points and tests import it from this module.

/** The guard's context from the runner's environment. */
function guardContextFromEnv(root) {
    return {
        ref: process.env.GITHUB_REF ?? '',
        eventName: process.env.GITHUB_EVENT_NAME ?? '',
        root,
        runnerTemp: process.env.RUNNER_TEMP || external_node_os_.tmpdir(),
        now: new Date(),
    };
}
const EVENT_NAME = /^[a-z_]+$/;
/**
 * The guard's inputs, as tag-semver-guard/action.yml declares them. The root preflight
 * declares them too (with require-ci-green's), and a test checks both files against this list.
 */
const GUARD_INPUT_NAMES = [
    'tag',
    'prefix',
    'allow-prerelease',
    'allow-build-metadata',
    'allowed-events',
    'on-reject',
    'version-files',
    'changelog',
    'changelog-date',
];
/**
 * Reads every guard input into `inputs`, the collecting reader: each problem is recorded and
 * parsing goes on, so one run reports every configuration error, each naming the input, the
 * value and the accepted form. `read` is the same reader, for the two inputs whose unset and
 * empty values differ (`tag` and `prefix` are taken exactly as given, nothing trimmed). The
 * preflight composes this with require-ci-green's parser over one collector.
 */
function collectGuardInputs(inputs, read, root) {
    const rawTag = read('tag');
    let tag;
    if (rawTag !== undefined && rawTag !== '') {
        // The tag is used as given, so anything a shell or a ref name would treat specially is
        // refused outright instead of being quietly trimmed or escaped.
        const problems = characterProblems(rawTag);
        if (problems.length > 0)
            inputs.problem(`Input 'tag' ${JSON.stringify(rawTag)}: the tag ${problems.join(' The tag ')}`);
        else if (rawTag.startsWith('refs/'))
            inputs.problem(`Input 'tag' must be a tag name such as 'v1.2.3', not a ref ('${rawTag}'); leave it empty to use the tag of GITHUB_REF.`);
        else
            tag = rawTag;
    }
    const rawPrefix = read('prefix');
    const prefix = rawPrefix === undefined ? 'v' : rawPrefix;
    if (!isPlainPrefix(prefix) || prefix.length > 64)
        inputs.problem(`Input 'prefix' must be a plain string of at most 64 ASCII letters, digits, '.', '_', '-', '/' or '@' (e.g. 'v', 'mylib/v', 'pkg@', '@scope/pkg@'), matched exactly (not a pattern, nothing trimmed); got ${JSON.stringify(prefix)}.`);
    // In action.yml's order, so the problems are listed in the order the inputs are documented.
    const allowPrerelease = inputs.boolean('allow-prerelease', false);
    const allowBuildMetadata = inputs.boolean('allow-build-metadata', false);
    const events = inputs.list('allowed-events');
    const allowedEvents = events.length > 0 ? events : ['push'];
    for (const event of allowedEvents)
        if (!EVENT_NAME.test(event))
            inputs.problem(`Input 'allowed-events': '${event}' is not an event name (lowercase letters and '_', e.g. push, release, workflow_dispatch).`);
    const onReject = inputs.enum('on-reject', checks/* ON_REJECT_VALUES */.ZS, 'fail');
    const versionFiles = [];
    for (const raw of inputs.list('version-files')) {
        const spec = inputs.attempt(() => (0,manifests_spec/* parseVersionFileSpec */.Rm)('version-files', raw));
        if (spec === undefined)
            continue;
        // Escapes are refused now, before anything is written; a missing file is reported as a row.
        if (inputs.attempt(() => (0,paths/* resolveInWorkspace */.z1)('version-files', spec.path, { root, mustExist: false })))
            versionFiles.push(spec);
    }
    const changelog = inputs.optional('changelog');
    if (changelog !== undefined)
        inputs.attempt(() => (0,paths/* resolveInWorkspace */.z1)('changelog', changelog, { root, mustExist: false }));
    return {
        tag,
        prefix,
        allowPrerelease,
        allowBuildMetadata,
        allowedEvents,
        onReject,
        versionFiles,
        changelog,
        changelogDate: inputs.enum('changelog-date', CHANGELOG_DATE_VALUES, 'required'),
    };
}
/**
 * Parses and validates every guard input; throws one ConfigurationError listing every problem.
 * The action then runs no check and writes no file (its entry writes the refusal summary and
 * `ok=false`).
 */
function parseGuardInputs(read, root) {
    const inputs = new core_inputs/* Inputs */.G0(read);
    return inputs.finish(collectGuardInputs(inputs, read, root));
}
/** Every output of the guard, empty before anything is known (outputs are always all set). */
function emptyGuardOutputs() {
    return {
        tag: '',
        version: '',
        major: '',
        minor: '',
        patch: '',
        prerelease: '',
        build: '',
        'is-prerelease': false,
        'release-notes': '',
        'release-notes-path': '',
    };
}
function checkEvent(inputs, context, report) {
    const event = context.eventName;
    if (event === '')
        report.fail('event', 'GITHUB_EVENT_NAME is not set, so the trigger is unknown.');
    else if (inputs.allowedEvents.includes(event))
        report.pass('event', `'${event}' is an allowed event.`);
    else
        report.fail('event', `'${event}' is not an allowed event (allowed-events: ${inputs.allowedEvents.join(', ')})${event === 'workflow_dispatch' ? '; a manual re-run of a release is refused unless explicitly allowed' : ''}.`);
}
/**
 * The ref check. A release is triggered by a tag: GITHUB_REF must be `refs/tags/<tag>`. An
 * explicit `tag` must be that same tag; only on an allowed event other than `push`
 * (e.g. `workflow_dispatch`, whose ref is a branch) may an explicit tag stand in for the ref.
 */
function checkRef(inputs, context, report) {
    const ref = context.ref;
    const refTag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
    if (ref === '') {
        report.fail('ref', 'GITHUB_REF is not set, so the tag being released is unknown.');
        return inputs.tag;
    }
    if (refTag !== undefined) {
        if (inputs.tag !== undefined && inputs.tag !== refTag) {
            report.fail('ref', `The run was triggered by tag '${refTag}' but input 'tag' is '${inputs.tag}'.`);
            return inputs.tag;
        }
        report.pass('ref', `${ref} is a tag ref.`);
        return refTag;
    }
    if (inputs.tag !== undefined && context.eventName !== 'push' && context.eventName !== '') {
        report.pass('ref', `Input 'tag' '${inputs.tag}' is checked on a '${context.eventName}' run from ${ref}.`);
        return inputs.tag;
    }
    report.fail('ref', `GITHUB_REF '${ref}' is not a tag (refs/tags/…); a release is triggered by pushing a tag.`);
    return inputs.tag;
}
function checkVersionFile(readDeclaredVersion, spec, version, context, report) {
    const name = `version in ${spec.raw}`;
    let declared;
    try {
        declared = readDeclaredVersion(spec, context.root);
    }
    catch (error) {
        if (error instanceof types/* VersionFileError */.j) {
            // The message names the file; the line goes in too, so the failure message alone locates it.
            const line = error.line !== undefined && !error.message.includes(`line ${error.line}`)
                ? ` (line ${error.line})`
                : '';
            report.fail(name, `${error.message}${line}`, { file: error.file, line: error.line });
            return 1;
        }
        throw error;
    }
    // Without a valid tag there is nothing to compare against; the tag row already failed.
    if (version === undefined)
        return 0;
    const where = { file: declared.file, line: declared.line };
    if (declared.notExact) {
        report.fail(name, `${atLine(declared.file, declared.line)} (${declared.key}): ${declared.notExact}, so it is not in lockstep with ${version}.`, where);
    }
    else if (declared.version !== version) {
        report.fail(name, `${atLine(declared.file, declared.line)} declares ${declared.written ?? declared.version} (${declared.key}), but the tag is ${version}.`, where);
    }
    else {
        report.pass(name, `${declared.written ?? declared.version} (${declared.key}${declared.line ? `, line ${declared.line}` : ''}).`);
    }
    return 0;
}
/** `file line N`, or just `file` when the line is unknown. */
function atLine(file, line) {
    return line === undefined ? file : `${file} line ${line}`;
}
function safeFileName(text) {
    return text.replace(/[^0-9A-Za-z.+-]/g, '_');
}
/**
 * The guard's checks over `report`: event, ref, strict SemVer tag and its policy, every version
 * file, the changelog section. Returns the outputs (all of them, empty when unknown).
 */
async function checkRelease(inputs, context, report) {
    const outputs = emptyGuardOutputs();
    const summary = [];
    let hardFailures = 0;
    checkEvent(inputs, context, report);
    const tag = checkRef(inputs, context, report);
    let parsed;
    if (tag !== undefined) {
        outputs.tag = tag;
        const result = parseTag(tag, inputs.prefix);
        if (result.ok) {
            parsed = result.value;
            report.pass('semver', `'${tag}' is '${inputs.prefix}' + SemVer 2.0.0 version ${parsed.version}.`);
        }
        else {
            report.fail('semver', `'${tag}' is not '${inputs.prefix}' + a SemVer 2.0.0 version: ${result.reasons.join(' ')}`);
        }
    }
    if (parsed) {
        Object.assign(outputs, {
            version: parsed.version,
            major: parsed.major,
            minor: parsed.minor,
            patch: parsed.patch,
            prerelease: parsed.prerelease.join('.'),
            build: parsed.build.join('.'),
            'is-prerelease': parsed.prerelease.length > 0,
        });
        if (parsed.prerelease.length > 0) {
            if (inputs.allowPrerelease)
                report.pass('pre-release', `'${parsed.prerelease.join('.')}' is allowed.`);
            else
                report.fail('pre-release', `${parsed.version} is a pre-release ('${parsed.prerelease.join('.')}') and allow-prerelease is false.`);
        }
        if (parsed.build.length > 0) {
            if (inputs.allowBuildMetadata)
                report.pass('build metadata', `'${parsed.build.join('.')}' is allowed.`);
            else
                report.fail('build metadata', `${parsed.version} has build metadata ('${parsed.build.join('.')}') and allow-build-metadata is false.`);
        }
    }
    if (inputs.versionFiles.length > 0) {
        const { readDeclaredVersion } = await Promise.all(/* import() */[__nccwpck_require__.e(722), __nccwpck_require__.e(555)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8555));
        for (const spec of inputs.versionFiles)
            hardFailures += checkVersionFile(readDeclaredVersion, spec, parsed?.version, context, report);
    }
    if (inputs.changelog !== undefined) {
        let file;
        let text;
        try {
            file = (0,paths/* resolveInWorkspace */.z1)('changelog', inputs.changelog, { root: context.root });
            text = external_node_fs_.readFileSync(file, 'utf8');
        }
        catch (error) {
            const detail = error instanceof errors/* ConfigurationError */.j1
                ? (0,errors/* messageOf */.bD)(error)
                : `${inputs.changelog} cannot be read: ${(0,errors/* messageOf */.bD)(error)}`;
            report.fail('changelog', detail, { file: inputs.changelog });
            hardFailures++;
        }
        if (file !== undefined && text !== undefined && parsed) {
            const shown = (0,paths/* displayPath */.Gt)(file, context.root);
            const { findChangelogSection } = await Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(214)]).then(__nccwpck_require__.bind(__nccwpck_require__, 214));
            const result = findChangelogSection(text, parsed.version, {
                prefix: inputs.prefix,
                now: context.now,
                date: inputs.changelogDate,
            });
            if (!result.ok) {
                for (const problem of result.problems)
                    report.fail('changelog', `${atLine(shown, problem.line)}: ${problem.message}.`, {
                        file: shown,
                        line: problem.line,
                    });
            }
            else {
                const { section } = result;
                const lines = section.body.split('\n').length;
                report.pass('changelog', `${shown}:${section.line} '${section.heading}' is ${section.date ? `dated ${section.date}` : 'undated (changelog-date: optional)'}; ${lines} line${lines === 1 ? '' : 's'} of release notes.`);
                const notesPath = external_node_path_.join(context.runnerTemp, 'sealed-release', `release-notes-${safeFileName(parsed.version)}.md`);
                external_node_fs_.mkdirSync(external_node_path_.dirname(notesPath), { recursive: true });
                external_node_fs_.writeFileSync(notesPath, section.body.endsWith('\n') ? section.body : `${section.body}\n`);
                outputs['release-notes'] = section.body;
                outputs['release-notes-path'] = notesPath;
                summary.push(`<details><summary>Release notes for ${parsed.version}</summary>\n\n${section.body}\n\n</details>`);
            }
        }
    }
    return { outputs, hardFailures, summary };
}
/** The guard as a {@link Check} for `runChecks`. */
function guardCheck(inputs, context) {
    return (report) => checkRelease(inputs, context, report);
}


/***/ }),

/***/ 8020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* reexport safe */ _parsers_js__WEBPACK_IMPORTED_MODULE_0__.E1),
/* harmony export */   G0: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_1__.G0),
/* harmony export */   qL: () => (/* reexport safe */ _parsers_js__WEBPACK_IMPORTED_MODULE_0__.qL)
/* harmony export */ });
/* harmony import */ var _parsers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4196);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7781);
/** The one input layer: a collecting reader and the shared value parsers. */




/***/ }),

/***/ 4196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   fe: () => (/* binding */ parseTagName),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   qL: () => (/* binding */ parseSha),
/* harmony export */   uV: () => (/* binding */ parseLineList),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports MAX_DURATION_MS, tagFromInputOrRef */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);

/*
 * The shared value parsers. Each takes the input's name, so every error names the input, the
 * value it got and the form it accepts. They are pure: no environment, no @actions/core.
 */
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core schema booleans, nothing else (no `yes`, `on`, `1`). */
function parseBoolean(name, raw) {
    const value = raw.trim();
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a boolean (true | True | TRUE | false | False | FALSE), got '${raw}'.`);
}
/** One item a line; blank lines and lines starting with `#` are ignored; items are trimmed. */
function parseList(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/**
 * A list input whose single line holds commas is almost always `a, b, c` written for a
 * comma-separated list; the contract says one item a line, so say that rather than look for a
 * file named `a, b, c`.
 */
function parseLineList(name, raw) {
    const items = parseList(raw);
    if (items.length === 1 && /,\s*\S/.test(items[0]) && !/[{}]/.test(items[0])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' takes one item a line, not a comma-separated list: got '${items[0]}'. Write each item on its own line (a YAML block scalar, '${name}: |').`);
    }
    return items;
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The longest wait any input may ask for: a day. Longer is a typo (`1e9h`), never a plan. */
const MAX_DURATION_MS = 24 * UNIT_MS.h;
/**
 * Durations such as `0`, `90s`, `20m`, `1h`, `1h30m`, `500ms`. A bare number is seconds.
 * Returns milliseconds; at most a day.
 */
function parseDuration(name, raw) {
    const value = raw.trim();
    const form = 'a duration such as 0, 90s, 20m, 1h or 1h30m (at most 24h)';
    let total;
    if (/^\d+$/.test(value)) {
        total = Number(value) * 1000;
    }
    else {
        const parts = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(value);
        if (!parts || value === '' || parts.slice(1).every((p) => p === undefined)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be ${form}, got '${raw}'.`);
        }
        const [, h, m, s, ms] = parts;
        total =
            Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s + Number(ms ?? 0);
    }
    if (!Number.isSafeInteger(total) || total > MAX_DURATION_MS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be ${form}, got '${raw}', which is too long.`);
    }
    return total;
}
/** A value from a fixed set; the error lists the allowed values. */
function parseEnum(name, raw, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${raw}'.`);
}
/** A non-negative whole number, at least `min`. */
function parseInteger(name, raw, min = 0) {
    const value = raw.trim();
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a whole number of at least ${min}, got '${raw}'.`);
    }
    return Number(value);
}
const HEX40 = /^[0-9a-f]{40}$/;
/** A full commit SHA: 40 hexadecimal characters, returned lowercased. Short SHAs are ambiguous. */
function parseSha(name, raw) {
    const value = raw.trim().toLowerCase();
    if (!HEX40.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a full 40-character hexadecimal commit SHA, got '${raw}'.`);
    }
    return value;
}
/**
 * A git tag name. The one tag parser of every action: surrounding white space is trimmed (as
 * the runner's own inputs are), a `refs/tags/` prefix is dropped, and anything git's
 * check-ref-format would refuse is refused, as is anything outside printable ASCII. Lookalike
 * and invisible characters (a Cyrillic `v`, a zero-width space) make a tag that looks like the
 * release and is not, so they are never accepted here.
 */
function parseTagName(name, raw) {
    const value = raw.trim().replace(/^refs\/tags\//, '');
    const bad = value === '' ||
        !/^[\x21-\x7e]+$/.test(value) ||
        /[~^:?*[\\]/.test(value) ||
        value.includes('..') ||
        value.includes('@{') ||
        value === '@' ||
        value.startsWith('-') ||
        value.startsWith('/') ||
        value.endsWith('/') ||
        value.endsWith('.') ||
        value.endsWith('.lock') ||
        value.split('/').some((part) => part.startsWith('.') || part === '' || part.endsWith('.lock'));
    if (bad) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a git tag name such as v1.2.3 (printable ASCII, no spaces, none of ~^:?*[\\, no '..'), got '${raw}'.`);
    }
    return value;
}
/**
 * The release tag: the `tag` input when given, else the tag of `GITHUB_REF`. A run on a branch
 * with no `tag` input is a configuration error, never a release named after the branch.
 */
function tagFromInputOrRef(name, given, ref) {
    if (given !== undefined && given.trim() !== '')
        return parseTagName(name, given);
    if (!ref.startsWith('refs/tags/')) {
        throw new ConfigurationError(`Input '${name}' is not set and GITHUB_REF ('${ref}') is not a tag: give the tag to release, or run on a tag push.`);
    }
    return parseTagName(name, ref);
}


/***/ }),

/***/ 7781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   LO: () => (/* binding */ inputVariable),
/* harmony export */   b5: () => (/* binding */ undeclaredInputs)
/* harmony export */ });
/* unused harmony exports envInputReader, objectInputReader */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);
/* harmony import */ var _parsers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4196);


/** The runner's variable for an input: `INPUT_` + the name upper-cased, spaces as `_`. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Reads raw inputs from the runner's `INPUT_*` variables, named as @actions/core names them.
 * Parsers take a reader instead of calling @actions/core, so one action can parse another's
 * inputs (the root preflight reads tag-semver-guard's and require-ci-green's) with the same
 * code, and tests hand them a plain object.
 */
const envInputReader = (name) => process.env[inputVariable(name)];
/** A reader over a plain object, for tests and for composing actions in-process. */
function objectInputReader(values) {
    return (name) => values[name];
}
/** `version_files` and `Version-Files` are both near misses of `version-files`. */
function normalise(name) {
    return name.toLowerCase().replace(/[-_ ]/g, '');
}
/**
 * Every `INPUT_*` variable in `env` that names no declared input. The runner passes a
 * misspelled `with:` key (`version_files`) on as `INPUT_VERSION_FILES` and only warns, so
 * without this a typo silently drops a check. Each problem suggests the declared name it
 * resembles.
 */
function undeclaredInputs(env, declared) {
    const known = new Map(declared.map((name) => [inputVariable(name), name]));
    const problems = [];
    for (const variable of Object.keys(env).sort()) {
        if (!variable.startsWith('INPUT_') || known.has(variable))
            continue;
        const given = variable.slice('INPUT_'.length).toLowerCase();
        const near = declared.find((name) => normalise(name) === normalise(given));
        problems.push(`Input '${given}' is not an input of this action` +
            (near
                ? `: did you mean '${near}'?`
                : `; its inputs are ${declared.map((d) => `'${d}'`).join(', ')}.`));
    }
    return problems;
}
/**
 * The one input layer. Each accessor parses one input and, instead of throwing at the first
 * mistake, records the problem and returns a placeholder, so that `finish()` can report every
 * configuration error at once, each naming the input, the value and the accepted form. Nothing
 * is requested or written before `finish()` has passed.
 */
class Inputs {
    read;
    problems = [];
    /** Inputs whose value was refused, so a later rule on the same input does not pile on. */
    refused = new Set();
    constructor(read, declared, env = {}) {
        this.read = read;
        if (declared)
            this.problems.push(...undeclaredInputs(env, declared));
    }
    /** Inputs from the runner's environment, refusing undeclared `INPUT_*` variables. */
    static fromEnv(declared, env = process.env) {
        return new Inputs((name) => env[inputVariable(name)], declared, env);
    }
    /** The value trimmed, or undefined when unset or blank. */
    optional(name) {
        const value = this.read(name)?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    /** The raw value, untrimmed ('' when unset): for multi-line values. */
    raw(name) {
        return this.read(name) ?? '';
    }
    /** A required value: absent or blank is a problem (and '' is returned). */
    required(name, form) {
        const value = this.optional(name);
        if (value === undefined)
            this.problem(`Input '${name}' is required: give ${form}.`);
        return value ?? '';
    }
    boolean(name, fallback) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(name, raw)) ?? fallback;
    }
    /** One item a line; `required` makes an empty list a problem. */
    list(name, options = {}) {
        const items = this.attemptFor(name, () => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLineList */ .uV)(name, this.raw(name))) ?? [];
        if (options.required && items.length === 0 && !this.refused.has(name)) {
            this.problem(`Input '${name}' is required: give ${options.required}, one a line.`);
        }
        return items;
    }
    /** Milliseconds. */
    duration(name, fallback) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(name, raw)) ?? (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(name, fallback);
    }
    enum(name, allowed, fallback) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEnum */ .nL)(name, raw, allowed)) ?? fallback;
    }
    integer(name, fallback, min = 0) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInteger */ .cG)(name, raw, min)) ?? fallback;
    }
    sha(name) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSha */ .qL)(name, raw));
    }
    tag(name) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagName */ .fe)(name, raw));
    }
    /** Parses a set input with `fn`; an unset or blank input gives undefined. */
    parse(name, fn) {
        const raw = this.read(name);
        if (raw === undefined || raw.trim() === '')
            return undefined;
        return this.attemptFor(name, () => fn(raw));
    }
    /** {@link attempt}, remembering that `name` was refused. */
    attemptFor(name, fn) {
        const before = this.problems.length;
        const value = this.attempt(fn);
        if (this.problems.length > before)
            this.refused.add(name);
        return value;
    }
    /** Runs a check; a ConfigurationError becomes a recorded problem (anything else is a bug). */
    attempt(fn) {
        try {
            return fn();
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
                throw error;
            this.problems.push(...error.problems);
            return undefined;
        }
    }
    /** Records a problem found by the action's own cross-input rules. */
    problem(message) {
        this.problems.push(message);
    }
    get ok() {
        return this.problems.length === 0;
    }
    /** Throws one ConfigurationError listing every recorded problem; returns `value` otherwise. */
    finish(value) {
        if (this.problems.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(this.problems);
        return value;
    }
}


/***/ }),

/***/ 1126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ parseVersionFileSpec),
/* harmony export */   ak: () => (/* binding */ MANIFEST_KINDS)
/* harmony export */ });
/* unused harmony exports supportedKinds, nearMiss */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8005);


// Kept alike on purpose (docs/ARCHITECTURE.md): one entry per kind, a table read by the dispatch and the messages.
/** Every kind read without a key path; messages list them from here, so they never drift. */
const MANIFEST_KINDS = [
    {
        name: 'package.json',
        reads: 'version',
        matches: (b) => b === 'package.json',
    },
    {
        name: 'Cargo.toml',
        reads: 'package.version or workspace.package.version',
        matches: (b) => b === 'Cargo.toml',
    },
    {
        name: 'pyproject.toml',
        reads: 'project.version or tool.poetry.version',
        matches: (b) => b === 'pyproject.toml',
    },
    {
        name: '*.py',
        reads: '__version__ = "…"',
        matches: (b) => b.endsWith('.py') && b.length > 3,
    },
    {
        name: 'Chart.yaml',
        reads: 'version',
        matches: (b) => b === 'Chart.yaml',
    },
];
const KEYED_EXTENSIONS = /\.(json|toml|ya?ml)$/;
/** The supported kinds as one sentence fragment: `package.json (version), …, or any …`. */
function supportedKinds() {
    return `${MANIFEST_KINDS.map((k) => `${k.name} (${k.reads})`).join(', ')}, or any .json/.toml/.yaml/.yml file with ':key.path'`;
}
/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
/**
 * The manifest name the user probably meant: same name in another case (`chart.yaml`,
 * `cargo.toml`), or at most two edits away (`pakage.json`, `pyprojct.toml`, `Chart.yml`).
 */
function nearMiss(base) {
    let best;
    for (const kind of MANIFEST_KINDS) {
        if (kind.name.startsWith('*'))
            continue;
        const distance = editDistance(base.toLowerCase(), kind.name.toLowerCase());
        if (distance <= 2 && (best === undefined || distance < best.distance))
            best = { name: kind.name, distance };
    }
    return best?.name;
}
/**
 * Parses one `version-files` entry. The key path follows the last `:` only when the part before
 * it is a .json/.toml/.yaml/.yml file, so paths are never split by accident. A name that is not
 * a supported kind is refused with the list of kinds, and a near-miss (`pakage.json`,
 * `chart.yaml`) with the name it probably meant: read under the wrong name, the file would be
 * skipped by the tool that really uses it, so guessing would check the wrong thing.
 */
function parseVersionFileSpec(input, raw) {
    const colon = raw.lastIndexOf(':');
    let file = raw;
    let keyPath;
    if (colon > 0 && KEYED_EXTENSIONS.test(raw.slice(0, colon))) {
        file = raw.slice(0, colon);
        const key = raw.slice(colon + 1);
        if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}': key path '${key}' in '${raw}' must be dot-separated keys (letters, digits, '_', '-'), e.g. 'dependencies.mylib.version'.`);
        }
        keyPath = key.split('.');
    }
    if (file === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}': entry '${raw}' has no file path.`);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file.replace(/\\/g, '/'));
    if (keyPath !== undefined || MANIFEST_KINDS.some((k) => k.matches(base)))
        return { raw, path: file, keyPath };
    const meant = nearMiss(base);
    if (meant !== undefined) {
        const dir = file.slice(0, file.length - base.length);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}': '${raw}' is not a manifest name this action reads; did you mean '${dir}${meant}'? (Supported: ${supportedKinds()}.)`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(KEYED_EXTENSIONS.test(base)
        ? `Input '${input}': '${raw}' needs a key path ('${file}:key.path'); only ${MANIFEST_KINDS.filter((k) => KEYED_EXTENSIONS.test(k.name))
            .map((k) => k.name)
            .join(', ')} are read without one. (Supported: ${supportedKinds()}.)`
        : `Input '${input}': '${raw}' is not a version file this action reads. Supported: ${supportedKinds()}.`);
}


/***/ }),

/***/ 8072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ VersionFileError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);
/*
 * The shapes shared by every manifest reader: what the user asked for (a spec), what a file
 * declares, and the one error type, whose `code` says what kind of problem it is so callers
 * decide on the code, never on the wording of a message.
 */

/** A problem with one version file: its kind (`code`), which file and, when known, which line. */
class VersionFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    file;
    line;
    constructor(code, message, file, line) {
        super(code, message);
        this.file = file;
        this.line = line;
        this.name = 'VersionFileError';
    }
}


/***/ }),

/***/ 2720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8005);



/** The workspace root: `GITHUB_WORKSPACE`, else the current directory. */
function workspaceRoot() {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, candidate);
    // Only a whole `..` segment leaves the root: a file named `..notes.md` is inside it.
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/**
 * Resolves a user-given path inside the workspace. Refuses `..` escapes, absolute paths
 * outside it and symlinks that lead out of it (checked on the real path), because a release
 * step must only ever read files the workflow put in its own workspace.
 * A path that does not exist is returned unresolved when `mustExist` is false.
 */
function resolveInWorkspace(input, given, options = {}) {
    const root = options.root ?? workspaceRoot();
    if (given.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': path '${given}' contains a NUL byte.`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, given);
    if (!isInside(root, resolved)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': path '${given}' is outside the workspace (${root}).`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(resolved);
    }
    catch {
        if (options.mustExist === false)
            return resolved;
        // Coded, so callers that treat a missing file their own way (a version file) need not
        // recognise it by these words.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': file '${given}' does not exist.`, {
            code: 'FILE_NOT_FOUND',
        });
    }
    if (!isInside(root, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': path '${given}' leads outside the workspace through a symbolic link (to ${real}).`, { code: 'OUTSIDE_WORKSPACE' });
    }
    return real;
}
/** A path relative to the workspace, with forward slashes, for messages and annotations. */
function displayPath(absolute, root = workspaceRoot()) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, absolute);
    return isInside(root, absolute) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : absolute;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4234);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
