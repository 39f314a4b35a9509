import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { TechField } from './tech-field.entity';

@Resolver(() => TechField)
export class TechFieldResolver {
  @Query(() => [TechField], { description: 'The whole technology field taxonomy, parents before children, in display order.' })
  async techFields(@Ctx() { services }: Context): Promise<TechField[]> {
    return services.techFields.list();
  }

  @FieldResolver(() => [TechField], { description: 'Direct sub-fields, in display order.' })
  async children(@Root() field: TechField, @Ctx() { loaders }: Context): Promise<TechField[]> {
    return loaders.techFieldsByParent.load(field.code);
  }

  @FieldResolver(() => TechField, { nullable: true, description: 'The parent field; null for a top-level field.' })
  async parent(@Root() field: TechField, @Ctx() { loaders }: Context): Promise<TechField | null> {
    return field.parentCode ? loaders.techFieldByCode.load(field.parentCode) : null;
  }
}
