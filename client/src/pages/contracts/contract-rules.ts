import type { TFunction } from 'i18next';
import Decimal from 'decimal.js';

/** The contract form's field rules, shared by the form and its milestone editor (a plain function: the form builds them after its early returns). */
export function contractRules(t: TFunction) {
  const required = (field: string) => ({ required: true, message: t('contractForm.required', { field }) });
  const amountRule = {
    validator: (_: unknown, v: string | null) => (v == null || new Decimal(v).gte(0) ? Promise.resolve() : Promise.reject(new Error(t('contractForm.amountPositive')))),
  };
  return { required, amountRule };
}
