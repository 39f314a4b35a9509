import { DomainError, ErrorCode } from '../../errors';

export enum TechFieldErrorReason {
  UNKNOWN_FIELD_CODE = 'UNKNOWN_FIELD_CODE',
}

export class TechFieldError extends DomainError {
  readonly domain = 'field';

  static unknownCodes(codes: string[], field: string) {
    return new TechFieldError(
      ErrorCode.BAD_USER_INPUT,
      TechFieldErrorReason.UNKNOWN_FIELD_CODE,
      `Unknown technology field code(s): ${codes.join(', ')}. The techFields query lists the valid codes.`,
      { fields: [{ field, message: `contains unknown codes: ${codes.join(', ')}` }] },
    );
  }
}
