import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { CapabilityKind, CapabilityVisibility, CooperationMode, Patent, Person } from './capability.types';

/** A capability or achievement (能力/成果) an institute or university offers. */
@ObjectType({ description: 'A capability or research achievement (能力/成果) of an institute or university.' })
@Entity()
@Check({ name: 'capability_trl_check', expression: 'trl >= 1 and trl <= 9' })
export class Capability extends BaseEntity<'keywords' | 'patents' | 'teamMembers' | 'facilities' | 'cooperationModes' | 'visibility'> {
  @Index()
  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => [String], { description: 'Technology field codes.' })
  @Property({ type: 'text[]' })
  fieldCodes!: string[];

  @Field(() => [String])
  @Property({ type: 'text[]', default: '{}' })
  keywords: string[] = [];

  @Field(() => Int, { description: 'Technology readiness level, 1–9.' })
  @Property({ type: 'smallint' })
  trl!: number;

  @Field(() => CapabilityKind)
  @Enum({ items: () => CapabilityKind, nativeEnumName: 'capability_kind' })
  kind!: CapabilityKind;

  @Field(() => [Patent])
  @Property({ type: 'json' })
  patents: Patent[] = [];

  @Field(() => Person)
  @Property({ type: 'json' })
  teamLead!: Person;

  @Field(() => [Person])
  @Property({ type: 'json' })
  teamMembers: Person[] = [];

  @Field()
  @Property({ type: 'text', default: '' })
  facilities: string = '';

  @Field(() => [CooperationMode])
  @Enum({ items: () => CooperationMode, array: true, nativeEnumName: 'cooperation_mode' })
  cooperationModes: CooperationMode[] = [];

  @Field(() => CapabilityVisibility)
  @Enum({ items: () => CapabilityVisibility, nativeEnumName: 'capability_visibility' })
  visibility: CapabilityVisibility = CapabilityVisibility.PUBLIC;
}
