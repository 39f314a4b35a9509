import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, groupBy } from '../../graphql/group-by';
import { TechField } from './tech-field.entity';

/** One SQL statement per batch; results in key order, null (or no children) for a missing code. */
export function createTechFieldLoaders(em: EntityManager) {
  return {
    techFieldByCode: new DataLoader<string, TechField | null>(async (codes) => byKey(codes, await em.find(TechField, { code: { $in: [...codes] } }), (row) => row.code)),

    techFieldsByParent: new DataLoader<string, TechField[]>(async (parentCodes) => {
      const rows = await em.find(
        TechField,
        { parentCode: { $in: [...parentCodes] } },
        { orderBy: { sortOrder: 'asc', code: 'asc' } },
      );
      return groupBy(parentCodes, rows, (row) => row.parentCode!);
    }),
  };
}
