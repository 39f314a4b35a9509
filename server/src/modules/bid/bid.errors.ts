import { DomainError, ErrorCode } from '../../errors';

export enum BidErrorReason {
  BIDDING_CLOSED = 'BIDDING_CLOSED',
  ALREADY_BID = 'ALREADY_BID',
  NOT_A_BIDDER = 'NOT_A_BIDDER',
  OWN_CHALLENGE = 'OWN_CHALLENGE',
  NDA_REQUIRED = 'NDA_REQUIRED',
  WITHDRAWN = 'WITHDRAWN',
  NOT_YOUR_BID = 'NOT_YOUR_BID',
}

export class BidError extends DomainError {
  readonly domain = 'bid';

  static biddingClosed(status: string) {
    return new BidError(
      ErrorCode.CONFLICT,
      BidErrorReason.BIDDING_CLOSED,
      `Bidding is not open: the challenge is ${status}. Bids can be submitted, edited and withdrawn only until the deadline.`,
      { currentStatus: status },
    );
  }
  static alreadyBid() {
    return new BidError(
      ErrorCode.CONFLICT,
      BidErrorReason.ALREADY_BID,
      'Your organization already has a bid on this challenge: edit it (updateBid) instead.',
    );
  }
  static notABidder() {
    return new BidError(
      ErrorCode.FORBIDDEN,
      BidErrorReason.NOT_A_BIDDER,
      'Bids are submitted on behalf of an institute or university you belong to.',
    );
  }
  static ownChallenge() {
    return new BidError(ErrorCode.CONFLICT, BidErrorReason.OWN_CHALLENGE, 'An organization cannot bid on its own challenge.');
  }
  static ndaRequired() {
    return new BidError(
      ErrorCode.FORBIDDEN,
      BidErrorReason.NDA_REQUIRED,
      'This challenge is confidential: accept its NDA (acceptNda) before bidding.',
    );
  }
  static withdrawn() {
    return new BidError(ErrorCode.CONFLICT, BidErrorReason.WITHDRAWN, 'This bid was withdrawn; submit a new one instead.');
  }
  static notYours() {
    return new BidError(ErrorCode.FORBIDDEN, BidErrorReason.NOT_YOUR_BID, 'Only members of the bidding organization can change its bid.');
  }
}
