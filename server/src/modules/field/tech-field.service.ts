import type { EntityManager } from '@mikro-orm/postgresql';
import { TechField } from './tech-field.entity';
import { TechFieldError } from './tech-field.errors';

// The taxonomy has a few dozen rows: reading it whole is one cheap statement and avoids recursive SQL.
// It is read from the table, not from field-taxonomy.ts, because fields removed from code stay in the table.
async function allFields(em: EntityManager): Promise<TechField[]> {
  return em.find(TechField, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } });
}

/** The given codes plus all their descendants (e.g. MARINE → MARINE, MARINE.*), de-duplicated; unknown codes are kept as given. */
export async function expandFieldCodes(em: EntityManager, codes: readonly string[]): Promise<string[]> {
  const childrenOf = new Map<string, string[]>();
  for (const field of await allFields(em)) {
    if (field.parentCode === null) continue;
    childrenOf.set(field.parentCode, [...(childrenOf.get(field.parentCode) ?? []), field.code]);
  }
  const result = new Set<string>();
  const pending = [...codes];
  while (pending.length) {
    const code = pending.pop()!;
    if (result.has(code)) continue;
    result.add(code);
    pending.push(...(childrenOf.get(code) ?? []));
  }
  return [...result];
}

/** Throws a BAD_USER_INPUT TechFieldError naming `field` (default `fieldCodes`) when any code is not a known field. */
export async function assertFieldCodesExist(em: EntityManager, codes: readonly string[], field = 'fieldCodes'): Promise<void> {
  if (!codes.length) return;
  const found = await em.find(TechField, { code: { $in: [...new Set(codes)] } }, { fields: ['code'] });
  const known = new Set(found.map((row) => row.code));
  const unknown = [...new Set(codes.filter((code) => !known.has(code)))];
  if (unknown.length) throw TechFieldError.unknownCodes(unknown, field);
}

export class TechFieldService {
  constructor(private readonly em: EntityManager) {}

  /** Every technology field, parents before children, in display order. */
  async list(): Promise<TechField[]> {
    return allFields(this.em);
  }
}
