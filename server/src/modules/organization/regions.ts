/**
 * GB/T 2260 administrative division codes. Organizations anywhere in China may register (a seller from
 * elsewhere can sign with a Qingdao buyer), so any well-formed code of a real province is accepted; the
 * city's own districts are listed by name for pickers and statistics.
 */
export const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43',
  '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]);

export const CITY_CODE = '370200';

export interface Region {
  code: string;
  name: string;
}

/** 青岛市 and its districts and county-level cities. The parks (高新区, 蓝谷) lie within these districts. */
export const CITY_REGIONS: Region[] = [
  { code: '370200', name: '青岛市' },
  { code: '370202', name: '市南区' },
  { code: '370203', name: '市北区' },
  { code: '370211', name: '黄岛区（西海岸新区）' },
  { code: '370212', name: '崂山区' },
  { code: '370213', name: '李沧区' },
  { code: '370214', name: '城阳区' },
  { code: '370215', name: '即墨区' },
  { code: '370281', name: '胶州市' },
  { code: '370283', name: '平度市' },
  { code: '370285', name: '莱西市' },
];

export function regionCodeProblem(code: string): string | null {
  if (!/^\d{6}$/.test(code)) return 'must be a 6-digit GB/T 2260 administrative division code, e.g. 370212';
  if (!PROVINCE_CODES.has(code.slice(0, 2))) return `does not start with a known province code (got ${code.slice(0, 2)})`;
  if (code.startsWith('3702') && !CITY_REGIONS.some((r) => r.code === code)) {
    return `is not a district of 青岛市 (known: ${CITY_REGIONS.map((r) => r.code).join(', ')})`;
  }
  return null;
}

/**
 * The code prefix a region code covers: a province (xx0000) its first two digits, a city (xxxx00) its first four;
 * null for a district, which covers only itself.
 */
export function regionPrefix(code: string): string | null {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return null;
}

/** The condition on a `regionCode` column for a filter by region (a province or city includes what lies in it). */
export function regionCondition(code: string): string | { $like: string } {
  const prefix = regionPrefix(code);
  return prefix ? { $like: `${prefix}%` } : code;
}

export function regionName(code: string): string | null {
  return CITY_REGIONS.find((r) => r.code === code)?.name ?? null;
}
