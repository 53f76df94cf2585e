import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { twoSidedZ } from '../../src/satisfaction/normalQuantile.js';
import { wilsonBounds } from '../../src/satisfaction/wilsonBounds.js';
import { safeWilsonInterval, wilsonInterval } from '../../src/satisfaction/wilsonInterval.js';

// Reference intervals produced independently with SciPy 1.17 on this machine:
//   from scipy.stats import binomtest
//   ci = binomtest(x, n).proportion_ci(confidence_level=c, method='wilsoncc' if cc else 'wilson')
// then rounded half up to four places with Python's decimal module
// (Decimal(repr(v)).quantize(Decimal('0.0001'), ROUND_HALF_UP)). The trailing comment holds the
// unrounded values. 81/263, 15/148, 0/20 and 1/29 are Newcombe's (1998) worked examples.
// Columns: successes, n, confidence, continuity correction, lower, upper (the four-place decimal
// texts Python printed; the library returns them as numbers), raw lower, raw upper.
type Case = readonly [number, number, number, boolean, string, string, number, number];
const REFERENCE: readonly Case[] = [
  [18, 20, 0.95, false, '0.6990', '0.9721', 0.6989663547715128, 0.9721335187862319],
  [17, 20, 0.95, false, '0.6396', '0.9476', 0.6395811352592431, 0.9476312541037835],
  [41, 46, 0.95, false, '0.7696', '0.9527', 0.7696217135574916, 0.9526685414190106],
  [200, 220, 0.95, false, '0.8638', '0.9404', 0.8637610701942765, 0.9403795074642488],
  [0, 10, 0.95, false, '0.0000', '0.2775', 0, 0.27753279986288926],
  [10, 10, 0.95, false, '0.7225', '1.0000', 0.7224672001371109, 1],
  [0, 1, 0.95, false, '0.0000', '0.7935', 0, 0.7934506856227626],
  [1, 1, 0.95, false, '0.2065', '1.0000', 0.20654931437723745, 1],
  [0, 20, 0.99, false, '0.0000', '0.2491', 0, 0.2491054010987534],
  [20, 20, 0.9, false, '0.8808', '1.0000', 0.8808421626390355, 1],
  [5, 10, 0.95, false, '0.2366', '0.7634', 0.236593090512564, 0.7634069094874361],
  [1, 3, 0.8, false, '0.1058', '0.6788', 0.10577563612172286, 0.6788173521696517],
  [9000, 10000, 0.95, false, '0.8940', '0.9057', 0.8939656314740893, 0.9057271698293695],
  [123456, 1000000, 0.99, false, '0.1226', '0.1243', 0.12261115289079928, 0.12430584373706009],
  [7, 50, 0.5, false, '0.1101', '0.1764', 0.11013791489906868, 0.17635410050848624],
  [81, 263, 0.95, false, '0.2553', '0.3662', 0.2552885198782742, 0.36620957698280004],
  [15, 148, 0.95, false, '0.0624', '0.1605', 0.06238639953073629, 0.16048724172330803],
  [1, 29, 0.95, false, '0.0061', '0.1718', 0.006113214292762667, 0.17175521879320282],
  [18, 20, 0.95, true, '0.6687', '0.9825', 0.6687224031629411, 0.9824873612265708],
  [0, 10, 0.95, true, '0.0000', '0.3445', 0, 0.3445372183069226],
  [10, 10, 0.95, true, '0.6555', '1.0000', 0.6554627816930775, 1],
  [1, 1, 0.95, true, '0.0546', '1.0000', 0.05462075552885204, 1],
  [0, 1, 0.95, true, '0.0000', '0.9454', 0, 0.945379244471148],
  [41, 46, 0.9, true, '0.7800', '0.9533', 0.7799660183335732, 0.9533293460472547],
  [500, 1000, 0.999, true, '0.4478', '0.5522', 0.4477569858423948, 0.5522430141576051],
  [2, 7, 0.95, true, '0.0511', '0.6974', 0.05112430604577595, 0.6974399701860724],
  [81, 263, 0.95, true, '0.2535', '0.3682', 0.25350868229518514, 0.3681762010430035],
  [15, 148, 0.95, true, '0.0598', '0.1644', 0.059778208428498125, 0.16444977936483698],
  [0, 20, 0.95, true, '0.0000', '0.2005', 0, 0.20045334501348705],
  [1, 29, 0.95, true, '0.0018', '0.1963', 0.001802640213279666, 0.19628175100975953],
];

describe('wilsonInterval against SciPy', () => {
  it.each(REFERENCE)(
    '%i of %i at %s (continuity correction: %s) → %s–%s',
    (successes, n, confidence, continuityCorrection, lower, upper) => {
      expect(wilsonInterval(successes, n, { confidence, continuityCorrection })).toEqual({
        lower: Number(lower),
        upper: Number(upper),
        confidence,
        continuityCorrection,
      });
    },
  );

  it.each(REFERENCE)(
    '%i of %i at %s (cc %s): unrounded bounds agree to 1e-9',
    (successes, n, confidence, cc, _lower, _upper, rawLower, rawUpper) => {
      const bounds = wilsonBounds(successes, n, twoSidedZ(confidence), cc);
      expect(Math.abs(bounds.lower - rawLower)).toBeLessThan(1e-9);
      expect(Math.abs(bounds.upper - rawUpper)).toBeLessThan(1e-9);
    },
  );

  it('includes the cases the acceptance asks for', () => {
    const has = (p: (c: Case) => boolean) => REFERENCE.some(p);
    expect(REFERENCE.length).toBeGreaterThanOrEqual(15);
    expect(has(([x]) => x === 0)).toBe(true); // 0 of n
    expect(has(([x, n]) => x === n)).toBe(true); // n of n
    expect(has(([, n]) => n === 1)).toBe(true); // n = 1
    expect(has(([, n]) => n >= 10000)).toBe(true); // large n
    expect(has(([, , , cc]) => cc)).toBe(true); // continuity correction
  });
});

describe('wilsonInterval', () => {
  it('defaults to 95% without continuity correction', () => {
    expect(wilsonInterval(18, 20)).toEqual({
      lower: 0.699,
      upper: 0.9721,
      confidence: 0.95,
      continuityCorrection: false,
    });
    expect(wilsonInterval(18, 20, {})).toEqual(wilsonInterval(18, 20));
  });

  it('accepts the confidence as a percentage string', () => {
    expect(wilsonInterval(18, 20, { confidence: '95%' })).toEqual(wilsonInterval(18, 20));
    expect(wilsonInterval(18, 20, { confidence: '99.9%' }).confidence).toBe(0.999);
  });

  it('matches the worked examples of docs/satisfaction.md', () => {
    // 17/20: 0.64–0.95, 18/20: 0.70–0.97, 41/46: 0.77–0.95, 200/220: 0.864–0.94
    const at2 = (x: number, n: number) => {
      const i = wilsonInterval(x, n);
      return [i.lower.toFixed(2), i.upper.toFixed(2)];
    };
    expect(at2(17, 20)).toEqual(['0.64', '0.95']);
    expect(at2(18, 20)).toEqual(['0.70', '0.97']);
    expect(at2(41, 46)).toEqual(['0.77', '0.95']);
    expect(wilsonInterval(200, 220).lower.toFixed(3)).toBe('0.864');
    expect(wilsonInterval(200, 220).upper.toFixed(2)).toBe('0.94');
  });

  it('pins the edges to exactly 0 and 1', () => {
    for (const cc of [false, true]) {
      expect(wilsonBounds(0, 7, 1.96, cc).lower).toBe(0);
      expect(wilsonBounds(7, 7, 1.96, cc).upper).toBe(1);
    }
  });

  it('rounds tiny bounds to 0 at four places (item 8: shares are numbers)', () => {
    const i = wilsonInterval(3, 1000000);
    expect(i.lower).toBe(0);
    expect(i.upper).toBe(0);
    expect(Object.is(i.lower, -0)).toBe(false);
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ confidence: 0.9 });
    expect(() => wilsonInterval(1, 2, options)).not.toThrow();
  });
});

describe('wilsonInterval bad input', () => {
  const pathOf = (f: () => unknown): unknown => {
    try {
      f();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).issues.map((issue) => issue.path);
    }
    throw new Error('expected an InputError');
  };

  it('names each bad field', () => {
    expect(pathOf(() => wilsonInterval(21, 20))).toEqual([['successes']]);
    expect(pathOf(() => wilsonInterval(-1, 20))).toEqual([['successes']]);
    expect(pathOf(() => wilsonInterval(1.5, 20))).toEqual([['successes']]);
    expect(pathOf(() => wilsonInterval(0, 0))).toEqual([['n']]);
    expect(pathOf(() => wilsonInterval(1, 0))).toEqual([['n']]);
    expect(pathOf(() => wilsonInterval(Number.NaN, 3))).toEqual([['successes']]);
    expect(pathOf(() => wilsonInterval(1, 2, { confidence: 1 }))).toEqual([
      ['options', 'confidence'],
    ]);
    expect(pathOf(() => wilsonInterval(1, 2, { confidence: 0 }))).toEqual([
      ['options', 'confidence'],
    ]);
    expect(pathOf(() => wilsonInterval(1, 2, { confidence: '100%' }))).toEqual([
      ['options', 'confidence'],
    ]);
    expect(
      pathOf(() => wilsonInterval(1, 2, { confidence: 95 } as unknown as { confidence: number })),
    ).toEqual([['options', 'confidence']]);
    expect(
      pathOf(() => wilsonInterval(1, 2, { level: 0.9 } as unknown as { confidence: number })),
    ).toEqual([['options']]);
  });

  it('explains the problem in English', () => {
    expect(() => wilsonInterval(1, 2, { confidence: 1 })).toThrow(/strictly between 0 and 1/);
    expect(() => wilsonInterval(3, 2)).toThrow(/successes must not exceed n/);
  });

  it('safeWilsonInterval returns the error instead of throwing', () => {
    const bad = safeWilsonInterval(3, 2);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.path).toEqual(['successes']);
    expect(safeWilsonInterval(18, 20)).toEqual({ success: true, data: wilsonInterval(18, 20) });
  });
});
