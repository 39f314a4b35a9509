import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey } from '../../graphql/group-by';
import { User } from './user.entity';

export function createUserLoaders(em: EntityManager) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => byKey(ids, await em.find(User, { id: { $in: [...ids] } }), (row) => row.id)),
  };
}
