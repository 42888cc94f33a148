/**
 * decimal.js without the maths the calculator never does, for the widget's build only (vite.config.ts, issue 12
 * "Load"). The core adds, subtracts, multiplies, divides, compares and rounds; decimal.js also ships trigonometry,
 * roots, logarithms, powers, binary/octal/hex output and π and ln 10 to 1,025 digits, all attached to the prototype or
 * the constructor, where no bundler can tell they are unused. They are cut from decimal.mjs's text here: -6.7 KB
 * gzipped of the first bytes (decimal.js alone 12.9 → 6.1 KB), and two 1,025-digit Decimals fewer to build when the
 * file evaluates. A method cut is absent (`x.sqrt is not a function`), never silently wrong; the sources, Node, the
 * CLI and the npm package keep the whole library, and test/widget/lean-decimal.test.ts fails when a source starts
 * calling a cut name. Each cut must match decimal.mjs exactly once, so a changed release fails the build instead of
 * shipping a half-cut library.
 */
import type { Plugin } from 'vite';

/** Prototype methods (`P.name = P.alias = function …};`), with their short names. */
const METHODS: Record<string, string> = {
  cosine: 'cos',
  cubeRoot: 'cbrt',
  hyperbolicCosine: 'cosh',
  hyperbolicSine: 'sinh',
  hyperbolicTangent: 'tanh',
  inverseCosine: 'acos',
  inverseHyperbolicCosine: 'acosh',
  inverseHyperbolicSine: 'asinh',
  inverseHyperbolicTangent: 'atanh',
  inverseSine: 'asin',
  inverseTangent: 'atan',
  logarithm: 'log',
  naturalExponential: 'exp',
  naturalLogarithm: 'ln',
  sine: 'sin',
  squareRoot: 'sqrt',
  tangent: 'tan',
  toBinary: '',
  toFraction: '',
  toHexadecimal: 'toHex',
  toNearest: '',
  toOctal: '',
  toPower: 'pow',
};

/** The constructor's functions of the same maths (`function name(…) {…}` and `Decimal.name = name;`). */
const STATICS = [
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'atan2',
  'cbrt',
  'cos',
  'cosh',
  'exp',
  'hypot',
  'ln',
  'log',
  'log2',
  'log10',
  'pow',
  'random',
  'sin',
  'sinh',
  'sqrt',
  'tan',
  'tanh',
];

/** Module helpers only the cut methods call. */
const HELPERS = [
  'cosine',
  'getLn10',
  'getPi',
  'naturalExponential',
  'naturalLogarithm',
  'sine',
  'taylorSeries',
  'toLessThanHalfPi',
  'toStringBinary',
];

/** Every name the widget's decimal.js no longer has, as a method or on the constructor. */
export const CUT_NAMES: readonly string[] = [
  ...new Set([...Object.entries(METHODS).flat().filter(Boolean), ...STATICS]),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cutOnce(code: string, re: RegExp, what: string, by = ''): string {
  const found = code.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));
  if (found?.length !== 1)
    throw new Error(`leanDecimal: ${what} found ${found?.length ?? 0} times in decimal.mjs (expected once)`);
  return code.replace(re, by);
}

/** decimal.mjs (10.x) with the maths above cut out. */
export function leanDecimalSource(code: string): string {
  // The release is written with CRLF line ends.
  let out = code.replace(/\r\n/g, '\n');
  // A block runs from its first line to the next line that is only `}` or `};`.
  for (const m of Object.keys(METHODS))
    out = cutOnce(out, new RegExp(`^P\\.${m} = [^\\n]*function[^\\n]*\\n[\\s\\S]*?^};\\n`, 'm'), `P.${m}`);
  for (const s of STATICS) {
    out = cutOnce(out, new RegExp(`^function ${escape(s)}\\([^\\n]*\\n[\\s\\S]*?^}\\n`, 'm'), `function ${s}`);
    out = cutOnce(out, new RegExp(`^ *Decimal\\.${escape(s)} = ${escape(s)};[^\\n]*\\n`, 'm'), `Decimal.${s}`);
  }
  for (const h of HELPERS)
    out = cutOnce(out, new RegExp(`^function ${h}\\([^\\n]*\\n[\\s\\S]*?^}\\n`, 'm'), `function ${h}`);
  // π and ln 10 to 1,025 digits: read by the helpers above only.
  out = cutOnce(out, /^LN10 = new Decimal\(LN10\);\n/m, 'LN10 constant');
  out = cutOnce(out, /^PI = new Decimal\(PI\);\n/m, 'PI constant');
  out = cutOnce(out, /(\n {2}LN10 = )'[\d.]+'/, 'LN10 digits', "$1''");
  out = cutOnce(out, /(\n {2}PI = )'[\d.]+'/, 'PI digits', "$1''");
  return out;
}

export function leanDecimal(): Plugin {
  return {
    name: 'ezone-lean-decimal',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/.test(id)) return null;
      return { code: leanDecimalSource(code), map: null };
    },
  };
}
