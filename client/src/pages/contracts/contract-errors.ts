import { serverError } from '../../lib/server-errors';

/** Form fields that hold amounts in 万元 where the API names the yuan field. */
const WAN_FIELDS: Record<string, string> = {
  contractAmount: 'contractAmountWan',
  techTransactionAmount: 'techTransactionAmountWan',
  performedContractAmount: 'performedContractAmountWan',
  performedTechTransactionAmount: 'performedTechTransactionAmountWan',
  amount: 'amountWan',
};

/**
 * Maps the contract service's field names ("milestones[1].amount", "brokerIds[0]", "contractAmount") to the
 * form's (["milestones", 1, "amountWan"], "brokerIds", "contractAmountWan") for applyServerErrors.
 */
export function contractFieldRenames(error: unknown, extra: Record<string, string> = {}): Record<string, string> {
  const renames: Record<string, string> = {};
  for (const { field } of serverError(error).fields) {
    if (extra[field]) {
      renames[field] = extra[field];
      continue;
    }
    const parts = field.replace(/\[(\d+)\]/g, '.$1').split('.');
    if (parts[0] === 'brokerIds') {
      renames[field] = 'brokerIds';
      continue;
    }
    const last = parts.length - 1;
    parts[last] = WAN_FIELDS[parts[last]!] ?? parts[last]!;
    renames[field] = parts.join('.');
  }
  return renames;
}
