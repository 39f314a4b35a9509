import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-ins per account ("email:...") and per client address ("ip:..."). Kept in PostgreSQL, not in
 * process memory, so that every server instance behind a load balancer sees the same counts.
 */
@Entity()
export class LoginThrottle {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'datetime' })
  windowStartedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;
}
