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

/**
 * The server words its field problems in English (class-validator and domain errors); the common shapes get a
 * Chinese sentence, anything else is shown as sent.
 */
const FIELD_MESSAGES_ZH: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/must be (?:between )?(\d+) (?:and|to) (\d+) characters long/, (m) => `长度须为 ${m[1]}–${m[2]} 个字符`],
  [/must be longer than or equal to (\d+) characters/, (m) => `至少 ${m[1]} 个字符`],
  [/must be shorter than or equal to (\d+) characters/, (m) => `最多 ${m[1]} 个字符`],
  [/must be between (\d+) and (\d+)$/, (m) => `须在 ${m[1]} 到 ${m[2]} 之间`],
  [/must not be less than (\d+)/, (m) => `不能小于 ${m[1]}`],
  [/must not be greater than (\d+)/, (m) => `不能大于 ${m[1]}`],
  [/must be a valid email address|must be an email/, () => '邮箱格式不正确'],
  [/must be a phone number/, () => '电话号码格式不正确，例如 0532-88886666 或 13800000000'],
  [/must be at least one day in the future/, () => '截止时间须在至少一天之后'],
  [/must list at least one technical indicator/, () => '请至少填写一项技术指标'],
  [/is already registered/, () => '已被注册'],
  // Technology contracts and their registration.
  [/is already used by another contract/, () => '已被其他合同使用'],
  [/must be 16 digits/, () => '须为 16 位数字：年份 4 位 + 登记机构行政区划代码 6 位 + 序号 6 位'],
  [/must start with the year of registration \((\d{4})\), not (\d{4})/, (m) => `须以登记年份 ${m[1]} 开头（现为 ${m[2]}）`],
  [/must not exceed contractAmount/, () => '技术交易额不能大于成交额'],
  [/add up to ([\d.]+), more than contractAmount \(([\d.]+)\)/, (m) => `付款节点合计 ${m[1]} 元，超过成交额 ${m[2]} 元`],
  [/must not be before validFrom/, () => '有效期止不能早于有效期起'],
  [/must not be in the future/, () => '不能晚于今天'],
  [/must be 18 characters long/, () => '须为 18 位'],
  [/may contain only digits and capital letters except I, O, S, V and Z/, () => '只能包含数字和除 I、O、S、V、Z 以外的大写字母'],
  [/has a wrong check character/, () => '校验位（最后一位）不正确，请检查是否输错'],
  [/must contain both letters and digits/, () => '须同时包含字母和数字'],
  [/must look like ZL/, () => '专利号格式应如 ZL202110123456.7（ZL 可省略；12 位或 8 位数字、小数点和校验位）'],
  [/must name at least one technology field/, () => '请至少选择一个技术领域'],
  [/may name at most (\d+) technology fields/, (m) => `最多选择 ${m[1]} 个技术领域`],
  [/must offer at least one cooperation mode/, () => '请至少选择一种合作方式'],
  [/must be at most (\d+) characters long/, (m) => `最多 ${m[1]} 个字符`],
  [/each keyword must be 1 to 30 characters long/, () => '每个关键词 1–30 个字符'],
  [/may have at most (\d+) keywords/, (m) => `最多 ${m[1]} 个关键词`],
];

export function localizeFieldMessage(message: string): string {
  if (!i18n.language.startsWith('zh')) return message;
  for (const [pattern, render] of FIELD_MESSAGES_ZH) {
    const match = message.match(pattern);
    if (match) return render(match);
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
    if (registered.has(JSON.stringify(name))) shown.push({ name, errors: [localizeFieldMessage(message)] });
    else leftover.push(`${field}: ${message}`);
  }
  form.setFields(shown);
  return leftover.length ? leftover.join('；') : null;
}
