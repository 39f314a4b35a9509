import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FormInstance } from 'antd';
import i18n from '../i18n';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ServerError {
  code: string;
  reason?: string;
  message: string;
  fields: FieldProblem[];
}

/** The first GraphQL error of a failed operation, with the fields the server named (BAD_USER_INPUT). */
export function serverError(error: unknown): ServerError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as { code?: string; reason?: string; fields?: FieldProblem[] };
    return {
      code: extensions.code ?? 'INTERNAL_SERVER_ERROR',
      reason: extensions.reason,
      message: localizedMessage(extensions.code, extensions.reason, first?.message ?? ''),
      fields: error.errors.flatMap((e) => ((e.extensions?.fields as FieldProblem[] | undefined) ?? [])),
    };
  }
  return { code: 'NETWORK', message: i18n.t('errors.network'), fields: [] };
}

/** Known reasons and codes get a Chinese sentence; anything else shows the server's own message. */
function localizedMessage(code: string | undefined, reason: string | undefined, message: string): string {
  if (reason && i18n.exists(`errors.reasons.${reason}`)) return i18n.t(`errors.reasons.${reason}` as never);
  if (code && i18n.exists(`errors.codes.${code}`) && code !== 'BAD_USER_INPUT') {
    return `${i18n.t(`errors.codes.${code}` as never)}${message ? `（${message}）` : ''}`;
  }
  return message;
}

/** "contact.email" → ['contact', 'email'], "indicators.0.name" → ['indicators', 0, 'name'] (antd name paths). */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows the server's field problems next to the form fields they concern. Returns the problems no field of the
 * form displays (and the message when none is about a field), for an alert above the form.
 */
export function applyServerErrors(form: FormInstance, error: unknown, rename: Record<string, string> = {}): string | null {
  const problem = serverError(error);
  if (!problem.fields.length) return problem.message;
  const registered = new Set(
    form
      .getFieldsError()
      .map((f) => JSON.stringify(f.name)),
  );
  const shown: { name: (string | number)[]; errors: string[] }[] = [];
  const leftover: string[] = [];
  for (const { field, message } of problem.fields) {
    const name = fieldPath(rename[field] ?? field);
    // A problem about a list item ("indicators.0") shows on its first sub-field when the item itself is no field.
    if (registered.has(JSON.stringify(name))) shown.push({ name, errors: [message] });
    else leftover.push(`${field}: ${message}`);
  }
  form.setFields(shown);
  return leftover.length ? leftover.join('；') : null;
}
