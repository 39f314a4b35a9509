import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A node of the technology field taxonomy (技术领域), seeded from the city's industry chains. */
@ObjectType({ description: 'A technology field (技术领域); fields form a tree.' })
@Entity()
export class TechField {
  [PrimaryKeyProp]?: 'code';

  @Field({ description: 'Stable code, e.g. MARINE.EQUIPMENT; a child code starts with its parent code.' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'text', nullable: true })
  parentCode!: string | null;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
