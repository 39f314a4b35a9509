import { DomainError, ErrorCode } from '../../errors';
import type { DealStage } from './deal-stage';

export enum BrokerErrorReason {
  ILLEGAL_MOVE = 'ILLEGAL_MOVE',
  CONTRACT_REQUIRED = 'CONTRACT_REQUIRED',
  CONTRACT_NOT_REGISTERED = 'CONTRACT_NOT_REGISTERED',
  CONTRACT_NOT_RELATED = 'CONTRACT_NOT_RELATED',
  CONTRACT_ALREADY_LINKED = 'CONTRACT_ALREADY_LINKED',
  DEAL_CLOSED = 'DEAL_CLOSED',
  PARTIES_FIXED_BY_CONTRACT = 'PARTIES_FIXED_BY_CONTRACT',
  NOT_YOUR_DEAL = 'NOT_YOUR_DEAL',
  PROFILE_REQUIRED = 'PROFILE_REQUIRED',
  CERTIFICATE_TAKEN = 'CERTIFICATE_TAKEN',
}

export class BrokerError extends DomainError {
  readonly domain = 'broker';

  /** Names the current stage, so a kanban board can put the card back where it is. */
  static illegalMove(current: DealStage, to: DealStage, allowed: DealStage[]) {
    return new BrokerError(
      ErrorCode.CONFLICT,
      BrokerErrorReason.ILLEGAL_MOVE,
      `A deal cannot move from ${current} to ${to}` + (allowed.length ? `; from ${current} it can move to ${allowed.join(', ')}.` : `: ${current} is final.`),
      { currentStatus: current, allowedStages: allowed },
    );
  }
  static contractRequired(current: DealStage) {
    return new BrokerError(
      ErrorCode.CONFLICT,
      BrokerErrorReason.CONTRACT_REQUIRED,
      'A deal is SIGNED only with its signed contract: link the contract (contractId) when moving it.',
      { currentStatus: current },
    );
  }
  static contractNotRegistered(current: DealStage, contractStatus: string) {
    return new BrokerError(
      ErrorCode.CONFLICT,
      BrokerErrorReason.CONTRACT_NOT_REGISTERED,
      `A deal is REGISTERED only once its contract is registered by the bureau; the contract is ${contractStatus}.`,
      { currentStatus: current, contractStatus },
    );
  }
  static contractNotRelated() {
    return new BrokerError(
      ErrorCode.CONFLICT,
      BrokerErrorReason.CONTRACT_NOT_RELATED,
      "That contract is not this deal's: it must be between the deal's buyer and seller, or name you as its broker.",
    );
  }
  static contractAlreadyLinked() {
    return new BrokerError(ErrorCode.CONFLICT, BrokerErrorReason.CONTRACT_ALREADY_LINKED, 'That contract is already linked to another of your deals.');
  }
  static dealClosed(current: DealStage) {
    return new BrokerError(
      ErrorCode.CONFLICT,
      BrokerErrorReason.DEAL_CLOSED,
      `The deal is ${current}: its parties and contract can no longer change.`,
      { currentStatus: current },
    );
  }
  static partiesFixedByContract() {
    return new BrokerError(
      ErrorCode.CONFLICT,
      BrokerErrorReason.PARTIES_FIXED_BY_CONTRACT,
      'A contract is linked to this deal: its buyer, seller and subject follow that contract and cannot change.',
    );
  }
  static notYourDeal() {
    return new BrokerError(ErrorCode.FORBIDDEN, BrokerErrorReason.NOT_YOUR_DEAL, 'Only the deal’s broker can change it; colleagues and the bureau can read it.');
  }
  static profileRequired() {
    return new BrokerError(
      ErrorCode.CONFLICT,
      BrokerErrorReason.PROFILE_REQUIRED,
      'You need a broker profile (certificate, organization) recorded by the bureau before opening deals.',
    );
  }
  static certificateTaken(certificateNumber: string) {
    return new BrokerError(
      ErrorCode.CONFLICT,
      BrokerErrorReason.CERTIFICATE_TAKEN,
      `Certificate number ${certificateNumber} already belongs to another broker.`,
      { fields: [{ field: 'certificateNumber', message: 'is already taken' }] },
    );
  }
}
