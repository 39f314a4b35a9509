/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character alphabet
 * (digits and capitals without I, O, S, V, Z); the last one is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// Weight of position i is 3^i mod 31, as the standard defines.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null if they use characters outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export type CreditCodeProblem = 'LENGTH' | 'CHARACTERS' | 'CHECK_CHARACTER';

/** Why a (trimmed, upper-cased) credit code is invalid, or null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'LENGTH';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'CHARACTERS';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'CHECK_CHARACTER';
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  LENGTH: 'must be 18 characters long',
  CHARACTERS: 'may contain only digits and capital letters except I, O, S, V and Z',
  CHECK_CHARACTER: 'has a wrong check character (last character); please check for typos',
};

/** People paste codes with spaces or lower case; store and compare the canonical form. */
export function normalizeCreditCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}
