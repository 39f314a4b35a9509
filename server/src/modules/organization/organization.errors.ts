import { DomainError, ErrorCode } from '../../errors';

export enum OrganizationErrorReason {
  CREDIT_CODE_TAKEN = 'CREDIT_CODE_TAKEN',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  NOT_ADMIN = 'NOT_ADMIN',
  BUREAU_ONLY = 'BUREAU_ONLY',
  LAST_ADMIN = 'LAST_ADMIN',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}

export class OrganizationError extends DomainError {
  readonly domain = 'organization';

  static creditCodeTaken() {
    return new OrganizationError(
      ErrorCode.CONFLICT,
      OrganizationErrorReason.CREDIT_CODE_TAKEN,
      'An organization with this credit code is already registered. Ask its administrator to add you.',
      { fields: [{ field: 'creditCode', message: 'is already registered' }] },
    );
  }
  static alreadyMember(email: string) {
    return new OrganizationError(ErrorCode.CONFLICT, OrganizationErrorReason.ALREADY_MEMBER, `${email} is already a member.`);
  }
  static notAdmin() {
    return new OrganizationError(
      ErrorCode.FORBIDDEN,
      OrganizationErrorReason.NOT_ADMIN,
      'Only an administrator of this organization (or the bureau) can do this.',
    );
  }
  static bureauOnly() {
    return new OrganizationError(
      ErrorCode.FORBIDDEN,
      OrganizationErrorReason.BUREAU_ONLY,
      'Only science bureau staff can create a bureau organization.',
    );
  }
  static lastAdmin() {
    return new OrganizationError(
      ErrorCode.CONFLICT,
      OrganizationErrorReason.LAST_ADMIN,
      'An organization needs at least one administrator: make someone else an administrator first.',
    );
  }
  static notAMember(userId: string) {
    return new OrganizationError(ErrorCode.NOT_FOUND, OrganizationErrorReason.NOT_A_MEMBER, `User ${userId} is not a member.`);
  }
}
