import { ValidatorConstraint, type ValidatorConstraintInterface, type ValidationArguments } from 'class-validator';
import { regionCodeProblem } from '../modules/organization/regions';

/** class-validator constraint for GB/T 2260 region codes, shared by every input that has one. */
@ValidatorConstraint({ name: 'regionCode' })
export class RegionCodeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return typeof value === 'string' && regionCodeProblem(value) === null;
  }
  defaultMessage(args: ValidationArguments) {
    return regionCodeProblem(String(args.value)) ?? 'is invalid';
  }
}

/** Trims and de-duplicates a list of short labels (tags, keywords), dropping empty ones. */
export function cleanLabels(labels: string[]): string[] {
  return [...new Set(labels.map((label) => label.trim()).filter(Boolean))];
}

/** Escapes a user's text for use inside an ILIKE pattern. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
