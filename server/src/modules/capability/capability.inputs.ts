import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDefined,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CapabilityKind, CapabilityVisibility, CooperationMode, PatentStatus } from './capability.types';

/** Length in characters (code points) after trimming, because the service stores trimmed text. */
function TrimmedLength(min: number, max: number, options: ValidationOptions = {}): PropertyDecorator {
  const range = min === 0 ? `at most ${max}` : `${min} to ${max}`;
  return ValidateBy(
    {
      name: 'trimmedLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const length = [...value.trim()].length;
          return length >= min && length <= max;
        },
        defaultMessage: () => `${options.each ? 'each item must be' : 'must be'} ${range} characters long (leading and trailing spaces do not count)`,
      },
    },
    options,
  );
}

/** Normal form of a patent number: people paste it with spaces or a lower-case zl. */
export function normalizePatentNumber(number: string): string {
  return number.replace(/\s+/g, '').toUpperCase();
}

// Chinese patent numbers: optional ZL (granted), the application number (12 digits since late 2003, 8 before),
// a dot and the check digit (0–9 or X). The check digit itself is not verified: loose on purpose.
const PATENT_NUMBER = /^(ZL)?(\d{12}|\d{8})\.[\dX]$/;

function IsPatentNumber(): PropertyDecorator {
  return ValidateBy({
    name: 'patentNumber',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && PATENT_NUMBER.test(normalizePatentNumber(value)),
      defaultMessage: () => 'must look like ZL202110123456.7: ZL (optional), 12 digits (8 for older patents), a dot and a check digit',
    },
  });
}

/**
 * For partial updates: a field left out is not validated (it keeps its value); an explicit null is refused,
 * since none of these columns may be empty.
 */
function OptionalNotNull(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_object, value) => value !== undefined)(target, key);
    IsDefined({ message: 'cannot be null; leave it out to keep the current value' })(target, key);
  };
}

@InputType()
export class PatentInput {
  @Field({ description: 'e.g. ZL202110123456.7; spaces and lower case are accepted.' })
  @IsPatentNumber()
  number!: string;

  @Field()
  @TrimmedLength(1, 200)
  title!: string;

  @Field(() => PatentStatus)
  status!: PatentStatus;
}

@InputType()
export class PersonInput {
  @Field()
  @TrimmedLength(1, 50)
  name!: string;

  @Field({ description: 'e.g. 研究员, 教授; may be empty.' })
  @TrimmedLength(0, 50)
  title: string = '';
}

// Shared rules of create and update, so the two cannot drift apart.
const RULES = {
  title: TrimmedLength(2, 100),
  summary: TrimmedLength(10, 5000),
  fieldCodes: [
    ArrayMinSize(1, { message: 'must name at least one technology field' }),
    ArrayMaxSize(5, { message: 'may name at most 5 technology fields' }),
  ],
  keywords: [ArrayMaxSize(20, { message: 'may have at most 20 keywords' }), TrimmedLength(1, 30, { each: true })],
  trl: [Min(1, { message: 'must be between 1 and 9' }), Max(9, { message: 'must be between 1 and 9' })],
  patents: [ArrayMaxSize(100, { message: 'may list at most 100 patents' }), ValidateNested({ each: true })],
  teamLead: ValidateNested(),
  teamMembers: [ArrayMaxSize(50, { message: 'may list at most 50 team members' }), ValidateNested({ each: true })],
  facilities: MaxLength(2000, { message: 'must be at most 2000 characters long' }),
  cooperationModes: ArrayMinSize(1, { message: 'must offer at least one cooperation mode' }),
};
const all = (decorators: PropertyDecorator | PropertyDecorator[]): PropertyDecorator => (target, key) =>
  [decorators].flat().forEach((decorator) => decorator(target, key));

@InputType()
export class CreateCapabilityInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Which of your organizations publishes it; required when you belong to several.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field()
  @all(RULES.title)
  title!: string;

  @Field()
  @all(RULES.summary)
  summary!: string;

  @Field(() => [String], { description: '1 to 5 technology field codes (see techFields).' })
  @all(RULES.fieldCodes)
  fieldCodes!: string[];

  @Field(() => [String], { description: 'Up to 20, each 1 to 30 characters; trimmed and de-duplicated.' })
  @all(RULES.keywords)
  keywords: string[] = [];

  @Field(() => Int, { description: 'Technology readiness level, 1–9.' })
  @all(RULES.trl)
  trl!: number;

  @Field(() => CapabilityKind)
  kind!: CapabilityKind;

  @Field(() => [PatentInput])
  @all(RULES.patents)
  patents: PatentInput[] = [];

  @Field(() => PersonInput)
  @all(RULES.teamLead)
  teamLead!: PersonInput;

  @Field(() => [PersonInput], { description: 'Up to 50.' })
  @all(RULES.teamMembers)
  teamMembers: PersonInput[] = [];

  @Field({ description: 'Labs, pilot lines, instruments; up to 2000 characters.' })
  @all(RULES.facilities)
  facilities: string = '';

  @Field(() => [CooperationMode], { description: 'At least one.' })
  @all(RULES.cooperationModes)
  cooperationModes!: CooperationMode[];

  @Field(() => CapabilityVisibility)
  visibility: CapabilityVisibility = CapabilityVisibility.PUBLIC;
}

@InputType({ description: 'Only the fields given are changed; the organization cannot be changed.' })
export class UpdateCapabilityInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @all(RULES.title)
  title?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @all(RULES.summary)
  summary?: string;

  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @all(RULES.fieldCodes)
  fieldCodes?: string[];

  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @all(RULES.keywords)
  keywords?: string[];

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @all(RULES.trl)
  trl?: number;

  @Field(() => CapabilityKind, { nullable: true })
  @OptionalNotNull()
  kind?: CapabilityKind;

  @Field(() => [PatentInput], { nullable: true })
  @OptionalNotNull()
  @all(RULES.patents)
  patents?: PatentInput[];

  @Field(() => PersonInput, { nullable: true })
  @OptionalNotNull()
  @all(RULES.teamLead)
  teamLead?: PersonInput;

  @Field(() => [PersonInput], { nullable: true })
  @OptionalNotNull()
  @all(RULES.teamMembers)
  teamMembers?: PersonInput[];

  @Field({ nullable: true })
  @OptionalNotNull()
  @all(RULES.facilities)
  facilities?: string;

  @Field(() => [CooperationMode], { nullable: true })
  @OptionalNotNull()
  @all(RULES.cooperationModes)
  cooperationModes?: CooperationMode[];

  @Field(() => CapabilityVisibility, { nullable: true })
  @OptionalNotNull()
  visibility?: CapabilityVisibility;
}

@InputType()
export class CapabilityFilter {
  @Field(() => [String], { nullable: true, description: 'Any of these fields; a field includes its sub-fields.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'may name at most 20 technology fields' })
  fieldCodes?: string[] | null;

  @Field(() => [CapabilityKind], { nullable: true })
  @IsOptional()
  kinds?: CapabilityKind[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @all(RULES.trl)
  minTrl?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @all(RULES.trl)
  maxTrl?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field(() => [CooperationMode], { nullable: true, description: 'Offers any of these modes.' })
  @IsOptional()
  cooperationModes?: CooperationMode[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the title, summary or a keyword (case-insensitive).' })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters long' })
  text?: string | null;
}
