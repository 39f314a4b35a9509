import { useState } from 'react';
import { Alert, Card, Col, Row, Select, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import Decimal from 'decimal.js';
import { graphql } from '../../gql';
import type { AmountBasis, FlowBasis } from '../../gql/graphql';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatMoney } from '../../lib/format';
import { serverError } from '../../lib/server-errors';
import { Chart } from './Chart';
import { barOption, exactShare, gaugeOption, groupedYuan, monthlyOption, percent, pieOption, type Dashboard } from './chart-options';
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
