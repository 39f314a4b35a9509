import { DomainError, ErrorCode } from '../../errors';

export enum ReviewErrorReason {
  NOT_AN_EXPERT = 'NOT_AN_EXPERT',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  NOT_ASSIGNED = 'NOT_ASSIGNED',
  REVIEW_CLOSED = 'REVIEW_CLOSED',
  NOT_EVALUATING = 'NOT_EVALUATING',
  SCORES_INCOMPLETE = 'SCORES_INCOMPLETE',
  BID_NOT_IN_CHALLENGE = 'BID_NOT_IN_CHALLENGE',
}

export class ReviewError extends DomainError {
  readonly domain = 'review';

  static notAnExpert(userId: string) {
    return new ReviewError(ErrorCode.BAD_USER_INPUT, ReviewErrorReason.NOT_AN_EXPERT, `User ${userId} is not a registered expert.`, {
      fields: [{ field: 'expertIds', message: `${userId} is not a registered expert` }],
    });
  }
  static conflictOfInterest(name: string) {
    return new ReviewError(
      ErrorCode.CONFLICT,
      ReviewErrorReason.CONFLICT_OF_INTEREST,
      `${name} belongs to the posting organization or to a bidder of this challenge and cannot review it.`,
    );
  }
  static notAssigned() {
    return new ReviewError(ErrorCode.FORBIDDEN, ReviewErrorReason.NOT_ASSIGNED, 'You are not assigned to review this challenge.');
  }
  static reviewClosed() {
    return new ReviewError(ErrorCode.CONFLICT, ReviewErrorReason.REVIEW_CLOSED, 'The review of this challenge is closed; scores can no longer change.');
  }
  static notEvaluating(status: string) {
    return new ReviewError(
      ErrorCode.CONFLICT,
      ReviewErrorReason.NOT_EVALUATING,
      `Bids are scored while the challenge is EVALUATING (after its deadline); it is ${status}.`,
      { currentStatus: status },
    );
  }
  static scoresIncomplete(message: string) {
    return new ReviewError(ErrorCode.BAD_USER_INPUT, ReviewErrorReason.SCORES_INCOMPLETE, message, {
      fields: [{ field: 'scores', message }],
    });
  }
  static bidNotInChallenge(bidId: string) {
    return new ReviewError(ErrorCode.BAD_USER_INPUT, ReviewErrorReason.BID_NOT_IN_CHALLENGE, `Bid ${bidId} is not a live bid of this challenge.`, {
      fields: [{ field: 'bidId', message: 'is not a live bid of this challenge' }],
    });
  }
}
