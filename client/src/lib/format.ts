import Decimal from 'decimal.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from '../i18n';

const isZh = () => i18n.language.startsWith('zh');

function trimmed(value: Decimal, places: number): string {
  // toString() drops trailing zeros: 150.00 → "150", 1.50 → "1.5".
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toString();
}

/**
 * An amount in yuan (a decimal string from the server, never a float) the way Chinese government pages show it:
 * 1500000.00 → "150万元", 3500000000 → "35亿元", below 10,000 in plain yuan.
 */
export function formatMoney(yuan: string | null | undefined): string {
  if (yuan == null || yuan === '') return '—';
  const value = new Decimal(yuan);
  const abs = value.abs();
  if (!isZh()) {
    if (abs.gte(1e6)) return `¥${trimmed(value.div(1e6), 2)}M`;
    if (abs.gte(1e3)) return `¥${trimmed(value.div(1e3), 1)}k`;
    return `¥${trimmed(value, 2)}`;
  }
  if (abs.gte(1e8)) return `${trimmed(value.div(1e8), 2)}亿元`;
  if (abs.gte(1e4)) return `${trimmed(value.div(1e4), 2)}万元`;
  return `${trimmed(value, 2)}元`;
}

/** 万元 entered in a form → the exact yuan string the API expects ("150" → "1500000.00"). */
export function wanToYuan(wan: string | number): string {
  return new Decimal(wan).mul(1e4).toFixed(2);
}

/** Yuan from the API → 万元 for a form field ("1500000.00" → "150"). */
export function yuanToWan(yuan: string): string {
  return new Decimal(yuan).div(1e4).toString();
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return isZh() ? dayjs(iso).locale('zh-cn').format('YYYY年M月D日') : dayjs(iso).format('YYYY-MM-DD');
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return isZh() ? dayjs(iso).locale('zh-cn').format('YYYY年M月D日 HH:mm') : dayjs(iso).format('YYYY-MM-DD HH:mm');
}

/** "还剩 12 天" / "已截止" for a deadline. */
export function daysLeft(iso: string): number {
  return Math.ceil(dayjs(iso).diff(dayjs(), 'hour') / 24);
}
