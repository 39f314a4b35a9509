import { creditCodeCheckCharacter, creditCodeProblem, normalizeCreditCode } from '../server/src/modules/organization/credit-code';
import { regionCodeProblem } from '../server/src/modules/organization/regions';

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts the example from the standard and computes its check character', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('finds a single typo through the check character', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('CHECK_CHARACTER');
    expect(creditCodeProblem('91350100M000101Y43')).toBe('CHECK_CHARACTER');
  });

  it('refuses wrong lengths and letters outside the alphabet (I, O, S, V, Z)', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('LENGTH');
    expect(creditCodeProblem('91350100M000100YO3')).toBe('CHARACTERS');
    expect(creditCodeProblem('91350100m000100y43')).toBe('CHARACTERS');
  });

  it('normalizes pasted codes', () => {
    expect(normalizeCreditCode(' 9135 0100m000100y43 ')).toBe('91350100M000100Y43');
  });
});

describe('GB/T 2260 region codes', () => {
  it('accepts the districts of the city and codes of other provinces', () => {
    expect(regionCodeProblem('370212')).toBeNull();
    expect(regionCodeProblem('110108')).toBeNull();
  });
  it('refuses malformed codes, unknown provinces and unknown districts of the city', () => {
    expect(regionCodeProblem('37021')).toMatch(/6-digit/);
    expect(regionCodeProblem('990101')).toMatch(/province/);
    expect(regionCodeProblem('370299')).toMatch(/not a district/);
  });
});
