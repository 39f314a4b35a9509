import { Field, InputType, registerEnumType } from 'type-graphql';
import { IsEmail, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'At least 10 characters with letters and digits.' })
  @Length(10, 128, { message: 'must be between 10 and 128 characters long' })
  @Matches(/(?=.*\p{L})(?=.*\p{N})/u, { message: 'must contain both letters and digits' })
  password!: string;

  @Field({ description: 'Name shown to others, e.g. 张伟.' })
  @Length(1, 60, { message: 'must be between 1 and 60 characters long' })
  displayName!: string;
}

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(254)
  email!: string;

  @Field()
  @MaxLength(128)
  password!: string;
}

export enum PersonalRole {
  EXPERT = 'EXPERT',
  BROKER = 'BROKER',
}
registerEnumType(PersonalRole, { name: 'PersonalRole', description: 'EXPERT 评审专家, BROKER 技术经纪人' });
