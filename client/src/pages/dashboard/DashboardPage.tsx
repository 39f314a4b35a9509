import { useState } from 'react';
import { Alert, Card, Col, Row, Select, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import Decimal from 'decimal.js';
import { graphql } from '../../gql';
import type { AmountBasis, ContractDashboardQuery, FlowBasis } from '../../gql/graphql';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatMoney } from '../../lib/format';
import { serverError } from '../../lib/server-errors';
import i18n from '../../i18n';
import { Chart } from './Chart';
import { DownloadButton } from './DownloadButton';

const ContractDashboardDocument = graphql(`
  query ContractDashboard($year: Int!, $amountBasis: AmountBasis, $flowBasis: FlowBasis) {
    contractDashboard(year: $year, amountBasis: $amountBasis, flowBasis: $flowBasis) {
      year
      amountBasis
      flowBasis
      target {
        id
        targetValue
        note
      }
      progress {
        value
        contracts
        target
        share
        paceValue
        paceShare
        aheadOfPace
        projectedYearEnd
        asOf
      }
      byMonth {
        month
        contracts
        amount
        cumulative
        paceCumulative
      }
      byCategory {
        key
        label
        contracts
        amount
        share
      }
      byField {
        key
        label
        contracts
        amount
        share
      }
      byDistrict {
        key
        label
        contracts
        amount
        share
      }
      byPartyType {
        key
        label
        contracts
        amount
        share
      }
      topSellers(first: 10) {
        name
        regionName
        partyType
        contracts
        amount
      }
      topBuyers(first: 10) {
        name
        regionName
        partyType
        contracts
        amount
      }
      brokers(first: 10) {
        contracts
        amount
        broker {
          id
          displayName
        }
      }
    }
    yearlyTargets {
      id
      year
      metric
    }
    newBrokersProgress(year: $year) {
      count
      target
    }
  }
`);

type Dashboard = ContractDashboardQuery['contractDashboard'];
type Breakdown = Dashboard['byCategory'][number];

/** The unit the charts draw in: 亿元 (100 million yuan). */
const unit = () => i18n.t('dashboard.unitYi');
/** 亿元 as a plain number for drawing only; the figures in the cards and tables come from formatMoney on the exact decimals. */
const yi = (yuan: string | null | undefined) => (yuan == null ? 0 : Number(new Decimal(yuan).div(1e8).toFixed(4)));
/** "0.4235" → "42.4%"; a small share keeps two significant digits ("0.0034%") rather than reading as zero. */
function percent(share: string | null | undefined): string {
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
function exactShare(progress: Dashboard['progress']): string | null {
  return progress.target && !new Decimal(progress.target).isZero() ? new Decimal(progress.value).div(progress.target).toString() : progress.share;
}

function gaugeOption(progress: Dashboard['progress'], t: (key: string) => string) {
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

function monthlyOption(months: Dashboard['byMonth'], t: (key: string) => string) {
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

function pieOption(items: Breakdown[]) {
  return {
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number; percent: number }) => `${p.name}<br/>${p.value} ${unit()}（${p.percent}%）` },
    legend: { type: 'scroll', bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data: items.map((i) => ({ name: i.label, value: yi(i.amount) })) }],
  };
}

function barOption(items: Breakdown[]) {
  const sorted = [...items].sort((a, b) => new Decimal(a.amount).cmp(b.amount));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 120, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', name: unit() },
    yAxis: { type: 'category', data: sorted.map((i) => i.label), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', data: sorted.map((i) => yi(i.amount)), itemStyle: { color: '#c8161d' } }],
  };
}

/** The target dashboard: how far the city is from the year's turnover target, and where the turnover comes from. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [amountBasis, setAmountBasis] = useState<AmountBasis | null>(null);
  const [flowBasis, setFlowBasis] = useState<FlowBasis | null>(null);
  const { data, loading, error } = useQuery(ContractDashboardDocument, { variables: { year, amountBasis, flowBasis } });
  const tt = t as unknown as (key: string) => string;

  const years = [...new Set([thisYear, ...(data?.yearlyTargets ?? []).map((y) => y.year), year])].sort((a, b) => b - a);
  const dashboard = data?.contractDashboard;
  const progress = dashboard?.progress;
  const behind = progress?.aheadOfPace ? new Decimal(progress.aheadOfPace).isNegative() : false;

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('dashboard.title')}
        </Typography.Title>
        <Space wrap>
          <span>{t('dashboard.year')}</span>
          <Select value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}` }))} style={{ width: 100 }} data-testid="dashboard-year" />
          <span>{t('dashboard.basis')}</span>
          <Select
            value={amountBasis ?? dashboard?.amountBasis}
            onChange={setAmountBasis}
            style={{ width: 140 }}
            options={(['CONTRACT_AMOUNT', 'TECH_TRANSACTION_AMOUNT'] as const).map((b) => ({ value: b, label: t(`dashboard.amountBasis.${b}`) }))}
          />
          <Select
            value={flowBasis ?? dashboard?.flowBasis}
            onChange={setFlowBasis}
            style={{ width: 190 }}
            options={(['OUTFLOW', 'INFLOW', 'BOTH'] as const).map((b) => ({ value: b, label: t(`dashboard.flowBasis.${b}`) }))}
          />
          <DownloadButton url={`/exports/target-report.xlsx?year=${year}`} fileName={`target-report-${year}.xlsx`} testId="dashboard-export">
            {t('dashboard.export')}
          </DownloadButton>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon title={serverError(error).message} style={{ marginBottom: 12 }} />}
      {!dashboard || !progress ? (
        <Spin spinning={loading} style={{ display: 'block', margin: '80px auto' }} />
      ) : (
        <Spin spinning={loading}>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card title={t('dashboard.gauge')} extra={t('dashboard.asOf', { date: formatDate(progress.asOf) })}>
                <Chart option={gaugeOption(progress, tt)} height={280} testId="dashboard-gauge" />
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card>
                <Row gutter={[16, 16]}>
                  <Col span={12}>
                    <Statistic
                      title={t('dashboard.total', { basis: t(`dashboard.amountBasis.${dashboard.amountBasis}`) })}
                      value={formatMoney(progress.value)}
                      valueStyle={{ color: '#c8161d', fontSize: 32 }}
                      data-testid="dashboard-total"
                    />
                    <Typography.Text type="secondary" data-testid="dashboard-total-exact" data-value={progress.value}>
                      {t('dashboard.exact', { value: groupedYuan(progress.value) })}
                    </Typography.Text>
                    <div>
                      <Typography.Text type="secondary">{t('dashboard.contracts', { count: progress.contracts })}</Typography.Text>
                    </div>
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('dashboard.target')} value={progress.target ? formatMoney(progress.target) : t('dashboard.noTarget')} />
                    {dashboard.target?.note && <Typography.Text type="secondary">{dashboard.target.note}</Typography.Text>}
                  </Col>
                  <Col span={8}>
                    <Statistic title={t('dashboard.share')} value={percent(exactShare(progress))} data-testid="dashboard-share" />
                  </Col>
                  <Col span={8}>
                    <Statistic title={t('dashboard.pace')} value={progress.paceValue ? `${formatMoney(progress.paceValue)}（${percent(progress.paceShare)}）` : '—'} />
                  </Col>
                  <Col span={8}>
                    <Statistic
                      title={behind ? t('dashboard.behind') : t('dashboard.ahead')}
                      value={progress.aheadOfPace ? formatMoney(new Decimal(progress.aheadOfPace).abs().toFixed(2)) : '—'}
                      valueStyle={{ color: behind ? '#cf1322' : '#389e0d' }}
                    />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('dashboard.projected')} value={progress.projectedYearEnd ? formatMoney(progress.projectedYearEnd) : '—'} />
                  </Col>
                  {data?.newBrokersProgress && (
                    <Col span={12}>
                      <Statistic
                        title={t('brokers.newBrokers')}
                        value={t('dashboard.newBrokers', { count: data.newBrokersProgress.count, target: data.newBrokersProgress.target ?? '—' })}
                        valueStyle={{ fontSize: 16 }}
                      />
                    </Col>
                  )}
                </Row>
              </Card>
            </Col>
            {progress.contracts === 0 ? (
              <Col span={24}>
                <Card>
                  <EmptyState title={t('dashboard.emptyTitle')} hint={t('dashboard.emptyHint')} />
                </Card>
              </Col>
            ) : (
              <>
                <Col span={24}>
                  <Card title={t('dashboard.monthly')}>
                    <Chart option={monthlyOption(dashboard.byMonth, tt)} height={320} testId="dashboard-monthly" />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card title={t('dashboard.byCategory')}>
                    <Chart option={pieOption(dashboard.byCategory)} height={300} testId="dashboard-category" />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card title={t('dashboard.byPartyType')}>
                    <Chart option={pieOption(dashboard.byPartyType.map((i) => ({ ...i, label: tt(`partyType.${i.key}`) })))} height={300} />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card title={t('dashboard.byField')}>
                    <Chart option={barOption(dashboard.byField)} height={320} testId="dashboard-field" />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card title={t('dashboard.byDistrict')}>
                    <Chart option={barOption(dashboard.byDistrict)} height={320} testId="dashboard-district" />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card title={t('dashboard.topSellers')}>
                    <PartyTable rows={dashboard.topSellers} />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card title={t('dashboard.topBuyers')}>
                    <PartyTable rows={dashboard.topBuyers} />
                  </Card>
                </Col>
                <Col span={24}>
                  <Card title={t('dashboard.brokers')}>
                    <Table
                      size="small"
                      pagination={false}
                      rowKey={(row) => row.broker.id}
                      dataSource={dashboard.brokers}
                      columns={[
                        { title: t('dashboard.rank'), render: (_: unknown, __: unknown, i: number) => i + 1, width: 60 },
                        { title: t('dashboard.broker'), render: (_: unknown, row) => row.broker.displayName },
                        { title: t('dashboard.count'), dataIndex: 'contracts', width: 100 },
                        { title: t('dashboard.amount'), dataIndex: 'amount', render: (v: string) => formatMoney(v), width: 160 },
                      ]}
                    />
                  </Card>
                </Col>
              </>
            )}
          </Row>
        </Spin>
      )}
    </>
  );
}

function PartyTable({ rows }: { rows: Dashboard['topSellers'] }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(row) => row.name}
      dataSource={rows}
      columns={[
        { title: t('dashboard.rank'), render: (_: unknown, __: unknown, i: number) => i + 1, width: 60 },
        { title: t('dashboard.name'), dataIndex: 'name', render: (name: string, row) => (row.regionName ? `${name}（${row.regionName}）` : name) },
        { title: t('contracts.partyType'), dataIndex: 'partyType', render: (v: string) => t(`partyType.${v}` as 'partyType.ENTERPRISE'), width: 110 },
        { title: t('dashboard.count'), dataIndex: 'contracts', width: 80 },
        { title: t('dashboard.amount'), dataIndex: 'amount', render: (v: string) => formatMoney(v), width: 130 },
      ]}
    />
  );
}
