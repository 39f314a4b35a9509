import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum BidStatus {
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(BidStatus, { name: 'BidStatus', description: 'SUBMITTED 已揭榜, WITHDRAWN 已撤回' });

export enum BidOutcome {
  PENDING = 'PENDING',
  AWARDED = 'AWARDED',
  NOT_SELECTED = 'NOT_SELECTED',
}
registerEnumType(BidOutcome, {
  name: 'BidOutcome',
  description: 'PENDING until the owner decides; then AWARDED 挂帅 for one bid, NOT_SELECTED 未中选 for the others.',
});

@ObjectType()
export class TeamMember {
  @Field()
  name!: string;

  @Field({ description: 'e.g. 研究员, 副教授, 高级工程师' })
  title!: string;

  @Field({ description: 'Role in this project, e.g. 结构设计' })
  role!: string;
}

@ObjectType()
export class Milestone {
  @Field()
  title!: string;

  @Field(() => Int, { description: 'Months after signing.' })
  month!: number;

  @Field()
  deliverable!: string;
}

@ObjectType({ description: "An attachment's metadata; the file itself is kept by the document store." })
export class AttachmentMeta {
  @Field()
  fileName!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field()
  mimeType!: string;
}
