import type { AuthChecker } from 'type-graphql';
import { CommonError } from '../errors';
import type { Context } from '../context';

/**
 * Roles usable in `@Authorized(...)`: none = any signed-in user; BUREAU = staff of the science bureau;
 * EXPERT / BROKER = the personal roles. Membership-specific rules (admin of *this* organization) are
 * decided in services, which know the organization in question.
 */
export enum Role {
  BUREAU = 'BUREAU',
  EXPERT = 'EXPERT',
  BROKER = 'BROKER',
}

export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw CommonError.unauthenticated();
  if (roles.length === 0) return true;
  const allowed = roles.some(
    (role) =>
      (role === Role.BUREAU && viewer.isBureau) ||
      (role === Role.EXPERT && viewer.user.isExpert) ||
      (role === Role.BROKER && viewer.user.isBroker),
  );
  if (!allowed) throw CommonError.forbidden(`This requires the ${roles.join(' or ')} role.`);
  return true;
};
