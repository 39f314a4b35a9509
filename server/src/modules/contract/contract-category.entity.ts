import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * A technology contract category (合同类别). Data, not an enum: the standard list is inserted by the migration and
 * a city adds its own (e.g. 作价投资) with `defineContractCategory`. Contracts use leaf categories only; the
 * top level (技术开发, 技术转让...) is what statistics report.
 */
@ObjectType({ description: 'A technology contract category (合同类别); categories form a two-level tree.' })
@Entity()
export class ContractCategory {
  [PrimaryKeyProp]?: 'code';

  @Field({ description: 'Stable code, e.g. DEVELOPMENT.COMMISSIONED; a child code starts with its parent code and a dot.' })
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
