import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { User } from '../user/user.entity';
import { normalizeEmail, UserService } from '../user/user.service';
import type { LoginInput, RegisterInput } from '../user/user.inputs';
import { AuthError } from './auth.errors';
import { LoginThrottleService } from './login-throttle.service';
import { dummyPasswordHash, verifyPassword } from './password';
import { signToken } from './token';

export interface Session {
  token: string;
  expiresAt: Date;
  user: User;
}

export class AuthService {
  private readonly throttle: LoginThrottleService;

  constructor(
    em: EntityManager,
    private readonly users: UserService,
    private readonly config: Config,
  ) {
    this.throttle = new LoginThrottleService(em, config.login);
  }

  private session(user: User): Session {
    if (!this.config.jwt.secret) throw new Error('JWT secret is not configured');
    return { ...signToken(user.id, this.config.jwt.secret, this.config.jwt.ttlSeconds), user };
  }

  /** Creates an account and signs it in. */
  async register(input: RegisterInput): Promise<Session> {
    return this.session(await this.users.register(input));
  }

  /** Checks credentials, refusing while the account or address is locked after repeated failures. */
  async login(input: LoginInput, clientIp: string): Promise<Session> {
    const email = normalizeEmail(input.email);
    const lockedFor = await this.throttle.lockedForSeconds(email, clientIp);
    if (lockedFor > 0) throw AuthError.locked(lockedFor);

    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, clientIp);
      throw AuthError.invalidCredentials();
    }
    await this.throttle.recordSuccess(email);
    return this.session(user);
  }
}
