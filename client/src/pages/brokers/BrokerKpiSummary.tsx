import { Card, Col, Row, Statistic } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatMoney } from '../../lib/format';

export const BrokerKpisDocument = graphql(`
  query BrokerKpis($year: Int!) {
    brokerKpis(year: $year) {
      year
      won
      lost
      winRate
      registeredContracts
      registeredContractAmount
      registeredTechTransactionAmount
      dealsByStage {
        stage
        count
        expectedValue
      }
      newBrokers {
        count
        target
        share
      }
    }
  }
`);

/** The signed-in broker's figures of the current year, above the board (details on the KPI page). */
export function BrokerKpiSummary() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const { data } = useQuery(BrokerKpisDocument, { variables: { year } });
  const kpis = data?.brokerKpis;
  if (!kpis) return null;
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={`${year} ${t('brokers.kpis')}`} extra={<Link to="/brokers/kpis">{t('common.view')}</Link>}>
      <Row gutter={16}>
        <Col span={4}>
          <Statistic title={t('brokers.won')} value={kpis.won} />
        </Col>
        <Col span={4}>
          <Statistic title={t('brokers.lost')} value={kpis.lost} />
        </Col>
        <Col span={4}>
          <Statistic title={t('brokers.winRate')} value={kpis.winRate == null ? '—' : `${Math.round(kpis.winRate * 100)}%`} />
        </Col>
        <Col span={4}>
          <Statistic title={t('brokers.registeredContracts')} value={kpis.registeredContracts} />
        </Col>
        <Col span={8}>
          <Statistic title={t('brokers.registeredAmount')} value={formatMoney(kpis.registeredContractAmount)} />
        </Col>
      </Row>
    </Card>
  );
}
