import { useState } from 'react';
import { Card, Col, Progress, Row, Select, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import Decimal from 'decimal.js';
import { formatMoney } from '../../lib/format';
import { BrokerKpisDocument } from './BrokerKpiSummary';

/** A broker's own figures for a year: deals won and lost, registered contracts, and the city's new-broker target. */
export default function BrokerKpisPage() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data, loading } = useQuery(BrokerKpisDocument, { variables: { year } });
  const kpis = data?.brokerKpis;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('brokers.kpis')}
        </Typography.Title>
        <Select value={year} onChange={setYear} options={Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i}` }))} style={{ width: 120 }} />
      </Space>
      {!kpis ? (
        <Spin spinning={loading} style={{ display: 'block', margin: '80px auto' }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={6}><Card><Statistic title={t('brokers.won')} value={kpis.won} /></Card></Col>
          <Col span={6}><Card><Statistic title={t('brokers.lost')} value={kpis.lost} /></Card></Col>
          <Col span={6}><Card><Statistic title={t('brokers.winRate')} value={kpis.winRate == null ? '—' : `${Math.round(kpis.winRate * 100)}%`} /></Card></Col>
          <Col span={6}><Card><Statistic title={t('brokers.registeredContracts')} value={kpis.registeredContracts} /></Card></Col>
          <Col span={12}><Card><Statistic title={t('brokers.registeredAmount')} value={formatMoney(kpis.registeredContractAmount)} /></Card></Col>
          <Col span={12}><Card><Statistic title={t('brokers.registeredTechAmount')} value={formatMoney(kpis.registeredTechTransactionAmount)} /></Card></Col>
          <Col span={12}>
            <Card title={t('brokers.dealsByStage')}>
              <Table
                size="small"
                pagination={false}
                rowKey="stage"
                dataSource={kpis.dealsByStage}
                columns={[
                  { title: t('brokers.stage'), dataIndex: 'stage', render: (stage: string) => t(`dealStage.${stage}` as 'dealStage.LEAD') },
                  { title: t('dashboard.count'), dataIndex: 'count' },
                  { title: t('brokers.expectedValue'), dataIndex: 'expectedValue', render: (v: string) => formatMoney(v) },
                ]}
              />
            </Card>
          </Col>
          <Col span={12}>
            <Card title={t('brokers.newBrokers')}>
              <Progress
                type="dashboard"
                percent={kpis.newBrokers.share ? Number(new Decimal(kpis.newBrokers.share).mul(100).toFixed(1)) : 0}
              />
              <div>{t('dashboard.newBrokers', { count: kpis.newBrokers.count, target: kpis.newBrokers.target ?? '—' })}</div>
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
