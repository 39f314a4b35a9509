import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';

@ObjectType({ description: 'A person who signs in. Organizations are joined through memberships.' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity<'isExpert' | 'isBroker'> {
  /** Stored lower-cased so that sign-in is case-insensitive; exposed only to people allowed to see it (resolver). */
  @Unique()
  @Property({ type: 'text' })
  email!: string;

  @Field()
  @Property({ type: 'text' })
  displayName!: string;

  /** argon2id hash; never exposed. */
  @Property({ type: 'text', lazy: true, hidden: true })
  passwordHash!: string;

  @Field({ description: 'May be assigned as a reviewer (评审专家) by the bureau.' })
  @Property({ type: 'boolean', default: false })
  isExpert: boolean = false;

  @Field({ description: 'Acts as a technology-transfer broker (技术经纪人).' })
  @Property({ type: 'boolean', default: false })
  isBroker: boolean = false;
}
