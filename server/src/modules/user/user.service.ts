import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../auth/password';
import type { RegisterInput } from './user.inputs';
import { PersonalRole } from './user.inputs';
import { User } from './user.entity';
import { UserError } from './user.errors';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class UserService {
  constructor(private readonly em: EntityManager) {}

  /** Creates an account; the email is unique case-insensitively. */
  async register(input: RegisterInput): Promise<User> {
    const email = normalizeEmail(input.email);
    if (await this.em.count(User, { email })) throw UserError.emailTaken();
    const user = this.em.create(User, {
      email,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
    });
    try {
      await this.em.flush();
    } catch (error) {
      // Two registrations racing past the check above: the unique index decides.
      if (error instanceof UniqueConstraintViolationException) throw UserError.emailTaken();
      throw error;
    }
    return user;
  }

  async findByEmail(email: string): Promise<User | null> {
    return this.em.findOne(User, { email: normalizeEmail(email) }, { populate: ['passwordHash'] });
  }

  /** Grants or revokes a personal role (expert reviewer, broker). Bureau only; checked by the caller's resolver. */
  async setPersonalRole(userId: string, role: PersonalRole, granted: boolean): Promise<User> {
    const user = await this.em.findOne(User, { id: userId });
    if (!user) throw UserError.notFound(`with id ${userId}`);
    if (role === PersonalRole.EXPERT) user.isExpert = granted;
    else user.isBroker = granted;
    await this.em.flush();
    return user;
  }
}
