import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TechField } from './tech-field.entity';

/** One SQL statement per batch; results in key order, null (or no children) for a missing code. */
export function createTechFieldLoaders(em: EntityManager) {
  return {
    techFieldByCode: new DataLoader<string, TechField | null>(async (codes) => {
      const rows = await em.find(TechField, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),

    techFieldsByParent: new DataLoader<string, TechField[]>(async (parentCodes) => {
      const rows = await em.find(
        TechField,
        { parentCode: { $in: [...parentCodes] } },
        { orderBy: { sortOrder: 'asc', code: 'asc' } },
      );
      return parentCodes.map((code) => rows.filter((row) => row.parentCode === code));
    }),
  };
}
