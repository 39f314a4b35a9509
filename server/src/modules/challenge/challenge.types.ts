import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Confidentiality {
  PUBLIC = 'PUBLIC',
  NDA = 'NDA',
}
registerEnumType(Confidentiality, {
  name: 'Confidentiality',
  description: 'PUBLIC: everything visible once published. NDA: summary public; details after accepting the NDA.',
});

/** A technical indicator (指标) the solution must reach, e.g. 续航 ≥ 72 小时. */
@ObjectType()
export class Indicator {
  @Field()
  name!: string;

  @Field()
  target!: string;

  @Field()
  unit!: string;
}

/** A weighted review criterion; the weights of a challenge add up to 100. */
@ObjectType()
export class ReviewCriterion {
  @Field({ description: 'Stable key within the challenge, e.g. ADVANCEMENT.' })
  key!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Percent; the weights of a challenge add up to 100.' })
  weight!: number;
}

export const DEFAULT_CRITERIA: ReviewCriterion[] = [
  { key: 'ADVANCEMENT', name: '技术先进性', weight: 30 },
  { key: 'FEASIBILITY', name: '可行性', weight: 30 },
  { key: 'TEAM', name: '团队能力', weight: 20 },
  { key: 'PRICE', name: '报价合理性', weight: 20 },
];

@ObjectType({ description: 'Who to contact at the posting enterprise.' })
export class Contact {
  @Field()
  name!: string;

  @Field()
  phone!: string;

  @Field()
  email!: string;
}
