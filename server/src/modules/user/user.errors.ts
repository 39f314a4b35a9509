import { DomainError, ErrorCode } from '../../errors';

export enum UserErrorReason {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
}

export class UserError extends DomainError {
  readonly domain = 'user';

  static emailTaken() {
    return new UserError(ErrorCode.CONFLICT, UserErrorReason.EMAIL_TAKEN, 'An account with this email already exists.', {
      fields: [{ field: 'email', message: 'is already registered' }],
    });
  }
  static notFound(what: string) {
    return new UserError(ErrorCode.NOT_FOUND, UserErrorReason.USER_NOT_FOUND, `No user ${what}.`);
  }
}
