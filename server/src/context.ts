import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from './config';
import { Viewer } from './modules/auth/viewer';
import { verifyToken } from './modules/auth/token';
import { createTechFieldLoaders } from './modules/field/tech-field.loaders';
import { createOrganizationLoaders } from './modules/organization/organization.loaders';
import { createUserLoaders } from './modules/user/user.loaders';
import { createBidLoaders } from './modules/bid/bid.loaders';
import { createChallengeLoaders } from './modules/challenge/challenge.loaders';
import { createSearchLoaders } from './modules/search/search.loaders';
import type { Search } from './search/meili';
import { createBrokerLoaders } from './modules/broker/broker.loaders';
import { createContractLoaders } from './modules/contract/contract.loaders';
import { createServices, type Services } from './services';

/** `viewerOf` is a function because sign-in changes the viewer in the middle of a request. */
export function createLoaders(em: EntityManager, viewerOf: () => Viewer | null = () => null) {
  return {
    ...createUserLoaders(em),
    ...createOrganizationLoaders(em),
    ...createTechFieldLoaders(em),
    ...createChallengeLoaders(em, viewerOf),
    ...createBidLoaders(em),
    ...createSearchLoaders(em),
    ...createContractLoaders(em),
    ...createBrokerLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Everything a resolver may use during one request. Nothing here outlives the request. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  services: Services;
  viewer: Viewer | null;
  requestId: string;
  clientIp: string;
  logger: Logger;
}

export interface RequestInfo {
  authorization?: string;
  requestId: string;
  clientIp: string;
  logger: Logger;
}

export interface AppDeps {
  config: Config;
  orm: MikroORM;
  search: Search;
}

/** One context per request: a forked EntityManager, fresh DataLoaders, and the viewer from the bearer token. */
export async function createContext(deps: AppDeps, request: RequestInfo): Promise<Context> {
  const em = deps.orm.em.fork();
  const token = request.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const userId = token && deps.config.jwt.secret ? verifyToken(token, deps.config.jwt.secret) : null;
  // A token for a deleted user behaves like no token at all.
  const viewer = userId ? await Viewer.load(em, userId) : null;
  const context: Context = {
    em,
    loaders: undefined as unknown as Loaders,
    services: createServices(em, deps.config, deps.search),
    viewer,
    requestId: request.requestId,
    clientIp: request.clientIp,
    logger: request.logger,
  };
  context.loaders = createLoaders(em, () => context.viewer);
  return context;
}
