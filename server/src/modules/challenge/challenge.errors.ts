import { DomainError, ErrorCode } from '../../errors';
import type { ChallengeStatus } from './challenge-status';

export enum ChallengeErrorReason {
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  NOT_OWNER = 'NOT_OWNER',
  NOT_EDITABLE = 'NOT_EDITABLE',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  INVALID_CRITERIA = 'INVALID_CRITERIA',
  NOT_AN_ENTERPRISE = 'NOT_AN_ENTERPRISE',
  ORGANIZATION_REQUIRED = 'ORGANIZATION_REQUIRED',
  NDA_NOT_REQUIRED = 'NDA_NOT_REQUIRED',
}

export class ChallengeError extends DomainError {
  readonly domain = 'challenge';

  /** Names the current state, so the client can tell what happened meanwhile. */
  static illegalTransition(current: ChallengeStatus, action: string) {
    return new ChallengeError(
      ErrorCode.CONFLICT,
      ChallengeErrorReason.ILLEGAL_TRANSITION,
      `Cannot ${action}: the challenge is ${current}.`,
      { currentStatus: current },
    );
  }
  static notOwner() {
    return new ChallengeError(
      ErrorCode.FORBIDDEN,
      ChallengeErrorReason.NOT_OWNER,
      'Only members of the posting organization (or the bureau) can do this.',
    );
  }
  static notEditable(current: ChallengeStatus) {
    return new ChallengeError(
      ErrorCode.CONFLICT,
      ChallengeErrorReason.NOT_EDITABLE,
      `The brief can be edited only as a draft or after rejection; the challenge is ${current}.`,
      { currentStatus: current },
    );
  }
  static deadlineTooSoon(field = 'deadline') {
    return new ChallengeError(ErrorCode.BAD_USER_INPUT, ChallengeErrorReason.DEADLINE_PASSED, 'The deadline must be at least one day in the future.', {
      fields: [{ field, message: 'must be at least one day in the future' }],
    });
  }
  static invalidCriteria(message: string) {
    return new ChallengeError(ErrorCode.BAD_USER_INPUT, ChallengeErrorReason.INVALID_CRITERIA, message, {
      fields: [{ field: 'criteria', message }],
    });
  }
  static notAnEnterprise() {
    return new ChallengeError(
      ErrorCode.FORBIDDEN,
      ChallengeErrorReason.NOT_AN_ENTERPRISE,
      'Challenges are posted by enterprises: join or register an enterprise organization first.',
    );
  }
  static organizationRequired() {
    return new ChallengeError(
      ErrorCode.BAD_USER_INPUT,
      ChallengeErrorReason.ORGANIZATION_REQUIRED,
      'You belong to several organizations: say which one acts (organizationId).',
      { fields: [{ field: 'organizationId', message: 'is required when you belong to several organizations' }] },
    );
  }
  static ndaNotRequired() {
    return new ChallengeError(ErrorCode.CONFLICT, ChallengeErrorReason.NDA_NOT_REQUIRED, 'This challenge is public: there is no NDA to accept.');
  }
}
