import { DomainError, ErrorCode } from '../../errors';

export enum AuthErrorReason {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  LOCKED = 'LOCKED',
}

export class AuthError extends DomainError {
  readonly domain = 'auth';

  /** The same error for an unknown email and a wrong password, so sign-in does not reveal who is registered. */
  static invalidCredentials() {
    return new AuthError(ErrorCode.UNAUTHENTICATED, AuthErrorReason.INVALID_CREDENTIALS, 'Email or password is incorrect.');
  }
  static locked(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    return new AuthError(
      ErrorCode.TOO_MANY_ATTEMPTS,
      AuthErrorReason.LOCKED,
      `Too many failed sign-in attempts. Please wait ${minutes} minute${minutes > 1 ? 's' : ''} and try again.`,
      { retryAfterSeconds },
    );
  }
}
