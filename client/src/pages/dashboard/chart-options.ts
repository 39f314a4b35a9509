import Decimal from 'decimal.js';
import type { ContractDashboardQuery } from '../../gql/graphql';
import i18n from '../../i18n';

// What the target dashboard draws and how its figures read: ECharts options built from the dashboard query's
// exact decimals (drawn in 亿元), and the formatting of shares and exact amounts.

export type Dashboard = ContractDashboardQuery['contractDashboard'];
export type Breakdown = Dashboard['byCategory'][number];

/** The unit the charts draw in: 亿元 (100 million yuan). */
const unit = () => i18n.t('dashboard.unitYi');
/** 亿元 as a plain number for drawing only; the figures in the cards and tables come from formatMoney on the exact decimals. */
const yi = (yuan: string | null | undefined) => (yuan == null ? 0 : Number(new Decimal(yuan).div(1e8).toFixed(4)));
/** "0.4235" → "42.4%"; a small share keeps two significant digits ("0.0034%") rather than reading as zero. */
export function percent(share: string | null | undefined): string {
  if (share == null) return '—';
  const value = new Decimal(share).mul(100);
  return value.isZero() || value.gte(1) ? `${value.toFixed(1)}%` : `${value.toSignificantDigits(2).toString()}%`;
}
/** 1234567.8 → "1,234,567.80": the exact amount in yuan, grouped by thousands. */
export function groupedYuan(yuan: string): string {
  const [whole, fraction] = new Decimal(yuan).toFixed(2).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** value / target from the exact decimals (the API's share is rounded to 4 places, too coarse early in a year). */
export function exactShare(progress: Dashboard['progress']): string | null {
  return progress.target && !new Decimal(progress.target).isZero() ? new Decimal(progress.value).div(progress.target).toString() : progress.share;
}

export function gaugeOption(progress: Dashboard['progress'], t: (key: string) => string) {
  const target = yi(progress.target);
  const max = target || Math.max(yi(progress.value) * 1.2, 1);
  const common = { type: 'gauge', min: 0, max, center: ['50%', '58%'], radius: '95%', startAngle: 210, endAngle: -30, splitNumber: 5 };
  return {
    tooltip: { formatter: `{b}: {c} ${unit()}` },
    series: [
      {
        ...common,
        progress: { show: true, width: 16, itemStyle: { color: '#c8161d' } },
        axisLine: { lineStyle: { width: 16 } },
        axisTick: { distance: -22, length: 4 },
        splitLine: { distance: -24, length: 10 },
        axisLabel: { distance: 22, fontSize: 11, formatter: (v: number) => `${Math.round(v)}` },
        pointer: { length: '55%', width: 5, itemStyle: { color: '#c8161d' } },
        title: { offsetCenter: [0, '42%'], fontSize: 13, color: '#666' },
        detail: { offsetCenter: [0, '66%'], fontSize: 20, formatter: (v: number) => `${v.toFixed(2)} ${unit()}` },
        data: [{ value: yi(progress.value), name: `${t('dashboard.share')} ${percent(exactShare(progress))}` }],
      },
      ...(progress.paceValue
        ? [
            {
              ...common,
              axisLine: { show: false },
              axisTick: { show: false },
              splitLine: { show: false },
              axisLabel: { show: false },
              progress: { show: false },
              pointer: { length: '72%', width: 2, itemStyle: { color: '#8c8c8c' } },
              detail: { show: false },
              title: { show: false },
              data: [{ value: yi(progress.paceValue), name: t('dashboard.pace') }],
            },
          ]
        : []),
    ],
  };
}

export function monthlyOption(months: Dashboard['byMonth'], t: (key: string) => string) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [t('dashboard.monthAmount'), t('dashboard.cumulative'), t('dashboard.paceLine')] },
    grid: { left: 50, right: 50, bottom: 30, top: 40 },
    xAxis: { type: 'category', data: months.map((m) => `${Number(m.month.slice(5))}月`) },
    yAxis: [
      { type: 'value', name: unit() },
      { type: 'value', name: unit(), splitLine: { show: false } },
    ],
    series: [
      { name: t('dashboard.monthAmount'), type: 'bar', data: months.map((m) => yi(m.amount)), itemStyle: { color: '#c8161d' } },
      { name: t('dashboard.cumulative'), type: 'line', yAxisIndex: 1, data: months.map((m) => yi(m.cumulative)), itemStyle: { color: '#1677ff' } },
      {
        name: t('dashboard.paceLine'),
        type: 'line',
        yAxisIndex: 1,
        data: months.map((m) => (m.paceCumulative == null ? null : yi(m.paceCumulative))),
        lineStyle: { type: 'dashed' },
        itemStyle: { color: '#999' },
        symbol: 'none',
      },
    ],
  };
}

export function pieOption(items: Breakdown[]) {
  return {
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number; percent: number }) => `${p.name}<br/>${p.value} ${unit()}（${p.percent}%）` },
    legend: { type: 'scroll', bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data: items.map((i) => ({ name: i.label, value: yi(i.amount) })) }],
  };
}

export function barOption(items: Breakdown[]) {
  const sorted = [...items].sort((a, b) => new Decimal(a.amount).cmp(b.amount));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 120, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', name: unit() },
    yAxis: { type: 'category', data: sorted.map((i) => i.label), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', data: sorted.map((i) => yi(i.amount)), itemStyle: { color: '#c8161d' } }],
  };
}
