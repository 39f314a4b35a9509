import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { AuthService } from './modules/auth/auth.service';
import { OrganizationService } from './modules/organization/organization.service';
import { UserService } from './modules/user/user.service';

/** The domain services of one request, sharing its EntityManager (and so its identity map and transaction). */
export function createServices(em: EntityManager, config: Config) {
  const users = new UserService(em);
  return {
    users,
    auth: new AuthService(em, users, config),
    organizations: new OrganizationService(em),
  };
}

export type Services = ReturnType<typeof createServices>;
