import { ArrayMaxSize, IsEmail, IsOptional, Length, MaxLength, Validate, ValidatorConstraint, type ValidatorConstraintInterface, type ValidationArguments } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CREDIT_CODE_MESSAGES, creditCodeProblem, normalizeCreditCode } from './credit-code';
import { MembershipRole } from './membership.entity';
import { OrganizationKind } from './organization.entity';
import { RegionCodeConstraint } from '../../graphql/validation';

@ValidatorConstraint({ name: 'creditCode' })
class CreditCodeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return typeof value === 'string' && creditCodeProblem(normalizeCreditCode(value)) === null;
  }
  defaultMessage(args: ValidationArguments) {
    const problem = typeof args.value === 'string' ? creditCodeProblem(normalizeCreditCode(args.value)) : 'LENGTH';
    return CREDIT_CODE_MESSAGES[problem ?? 'CHECK_CHARACTER'];
  }
}

const TAG_RULES = [ArrayMaxSize(20, { message: 'may have at most 20 tags' }), Length(1, 20, { each: true, message: 'each tag must be 1 to 20 characters long' })];
const applyAll = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

@InputType()
export class CreateOrganizationInput {
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field()
  @Length(2, 100, { message: 'must be between 2 and 100 characters long' })
  name!: string;

  @Field({ description: '统一社会信用代码, 18 characters; spaces and lower case are accepted.' })
  @Validate(CreditCodeConstraint)
  creditCode!: string;

  @Field()
  @Validate(RegionCodeConstraint)
  regionCode!: string;

  @Field(() => [String])
  @applyAll(TAG_RULES)
  tags: string[] = [];

  @Field()
  @MaxLength(5000)
  description: string = '';
}

@InputType({ description: 'Only the fields given (not null) are changed. The credit code and kind cannot be changed.' })
export class UpdateOrganizationInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 100, { message: 'must be between 2 and 100 characters long' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Validate(RegionCodeConstraint)
  regionCode?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @applyAll(TAG_RULES)
  tags?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;
}

@InputType()
export class AddMemberInput {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'Email of an existing account.' })
  @IsEmail({}, { message: 'must be a valid email address' })
  email!: string;

  @Field(() => MembershipRole)
  role: MembershipRole = MembershipRole.MEMBER;
}

@InputType()
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  kinds?: OrganizationKind[];

  @Field({ nullable: true, description: 'Exact GB/T 2260 code; a city code (e.g. 370200) includes its districts.' })
  @IsOptional()
  @Validate(RegionCodeConstraint)
  regionCode?: string;

  @Field({ nullable: true, description: 'Part of the name or credit code.' })
  @IsOptional()
  @MaxLength(100)
  text?: string;
}
