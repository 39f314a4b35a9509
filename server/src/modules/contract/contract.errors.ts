import { DomainError, ErrorCode, type FieldProblem } from '../../errors';
import type { ContractStatus } from './contract.types';

export enum ContractErrorReason {
  INVALID_CONTRACT = 'INVALID_CONTRACT',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  NOT_A_PARTY = 'NOT_A_PARTY',
  NOT_THE_SELLER = 'NOT_THE_SELLER',
  NOT_EDITABLE = 'NOT_EDITABLE',
  ALREADY_CONTRACTED = 'ALREADY_CONTRACTED',
  NOT_AWARDED = 'NOT_AWARDED',
  REGISTRATION_NUMBER_TAKEN = 'REGISTRATION_NUMBER_TAKEN',
  INVALID_REGISTRATION_NUMBER = 'INVALID_REGISTRATION_NUMBER',
  CATEGORY_EXISTS = 'CATEGORY_EXISTS',
}

export class ContractError extends DomainError {
  readonly domain = 'contract';

  /** Every problem of an input at once, each with its field, so a form (or an Excel row) can show them all. */
  static invalid(fields: FieldProblem[]) {
    return new ContractError(
      ErrorCode.BAD_USER_INPUT,
      ContractErrorReason.INVALID_CONTRACT,
      `The contract is not valid: ${fields.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      { fields },
    );
  }
  static illegalTransition(current: ContractStatus, action: string) {
    return new ContractError(ErrorCode.CONFLICT, ContractErrorReason.ILLEGAL_TRANSITION, `Cannot ${action}: the contract is ${current}.`, {
      currentStatus: current,
    });
  }
  static notEditable(current: ContractStatus) {
    return new ContractError(
      ErrorCode.CONFLICT,
      ContractErrorReason.NOT_EDITABLE,
      `A contract can be edited only as a draft or after rejection; it is ${current}. A registered contract changes only through a registered change (submitContractChange).`,
      { currentStatus: current },
    );
  }
  static notAParty() {
    return new ContractError(ErrorCode.FORBIDDEN, ContractErrorReason.NOT_A_PARTY, 'Only members of the buyer or the seller can do this.');
  }
  static notTheSeller() {
    return new ContractError(
      ErrorCode.FORBIDDEN,
      ContractErrorReason.NOT_THE_SELLER,
      'The seller (卖方) files the contract for registration: only members of the seller organization can do this.',
    );
  }
  static alreadyContracted(contractId: string) {
    return new ContractError(ErrorCode.CONFLICT, ContractErrorReason.ALREADY_CONTRACTED, 'This challenge has already been turned into a contract.', {
      contractId,
    });
  }
  static notAwarded(status: string) {
    return new ContractError(
      ErrorCode.CONFLICT,
      ContractErrorReason.NOT_AWARDED,
      `Only an awarded challenge can become a contract; this one is ${status}.`,
      { currentStatus: status },
    );
  }
  static registrationNumberTaken(number: string, field = 'registrationNumber') {
    return new ContractError(
      ErrorCode.CONFLICT,
      ContractErrorReason.REGISTRATION_NUMBER_TAKEN,
      `Registration number ${number} is already used by another contract.`,
      { fields: [{ field, message: 'is already used by another contract' }] },
    );
  }
  static invalidRegistrationNumber(message: string, field = 'registrationNumber') {
    return new ContractError(ErrorCode.BAD_USER_INPUT, ContractErrorReason.INVALID_REGISTRATION_NUMBER, `registrationNumber ${message}`, {
      fields: [{ field, message }],
    });
  }
  static categoryExists(code: string) {
    return new ContractError(ErrorCode.CONFLICT, ContractErrorReason.CATEGORY_EXISTS, `Contract category ${code} already exists.`, {
      fields: [{ field: 'code', message: 'already exists' }],
    });
  }
}
