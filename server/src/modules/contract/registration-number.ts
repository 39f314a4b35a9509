import { regionCodeProblem } from '../organization/regions';

/**
 * 技术合同登记编号 on the national form: 16 digits = the year of registration (4), the GB/T 2260 code of the
 * registering office's region (6, e.g. 370212 for 崂山区) and a serial number within that office and year (6),
 * e.g. 2026370212000123. DOMAIN.md gives only "16 digits"; the split follows the form's practice and is checked
 * here in one place, so a city whose numbers differ changes only this function.
 */
export function registrationNumberProblem(number: string, registeredOn?: string | null): string | null {
  if (!/^\d{16}$/.test(number)) {
    return 'must be 16 digits: year, 6-digit region code of the registering office, 6-digit serial (e.g. 2026370212000123)';
  }
  const year = number.slice(0, 4);
  const region = number.slice(4, 10);
  const serial = number.slice(10);
  if (registeredOn && year !== registeredOn.slice(0, 4)) {
    return `must start with the year of registration (${registeredOn.slice(0, 4)}), not ${year}`;
  }
  if (Number(year) < 1985 || Number(year) > 2100) return `starts with an impossible year ${year}`;
  const regionProblem = regionCodeProblem(region);
  if (regionProblem) return `has an invalid region code ${region} in digits 5–10: it ${regionProblem}`;
  if (serial === '000000') return 'has serial 000000 in digits 11–16; serials start at 000001';
  return null;
}
