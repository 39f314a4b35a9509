import { Membership } from '../modules/organization/membership.entity';
import { Organization } from '../modules/organization/organization.entity';
import { User } from '../modules/user/user.entity';
import { LoginThrottle } from '../modules/auth/login-throttle.entity';

/** Every entity, listed explicitly so that compiled code, tests and scripts discover the same set. */
export const entities = [User, Organization, Membership, LoginThrottle];
