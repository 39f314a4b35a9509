import { useState } from 'react';
import { Card, InputNumber, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ContractRegistrationQueueQuery } from '../../gql/graphql';
import { EmptyState } from '../../components/EmptyState';
import { formatDateTime, formatMoney } from '../../lib/format';
import { serverError } from '../../lib/server-errors';
import { DownloadButton } from '../dashboard/DownloadButton';
import { ContractImport } from './ContractImport';
import { ContractTable } from './ContractTable';
import { RegistrationActions } from './RegistrationActions';

const ContractRegistrationQueueDocument = graphql(`
  query ContractRegistrationQueue($first: Int!) {
    contractRegistrationQueue(first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          createdAt
          contractAmount
          techTransactionAmount
          reason
          submittedBy {
            displayName
          }
          contract {
            id
            title
            status
            contractAmount
            seller {
              name
            }
            buyer {
              name
            }
            category {
              name
            }
          }
        }
      }
    }
  }
`);

type Filing = ContractRegistrationQueueQuery['contractRegistrationQueue']['edges'][number]['node'];

function Queue() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ContractRegistrationQueueDocument, { variables: { first: 100 } });
  if (error) return <>{serverError(error).message}</>;
  return (
    <Table<Filing>
      rowKey="id"
      loading={loading}
      data-testid="registration-queue"
      dataSource={data?.contractRegistrationQueue.edges.map((e) => e.node) ?? []}
      pagination={false}
      locale={{ emptyText: <EmptyState title={t('registration.queueEmptyTitle')} hint={t('registration.queueEmptyHint')} /> }}
      columns={[
        { title: t('registration.kind'), dataIndex: 'kind', render: (k: Filing['kind']) => <Tag>{t(`registrationKind.${k}`)}</Tag>, width: 100 },
        { title: t('contracts.contractTitle'), render: (_: unknown, f) => <Link to={`/contracts/${f.contract.id}`}>{f.contract.title}</Link> },
        { title: t('contracts.sellerShort'), render: (_: unknown, f) => f.contract.seller.name },
        { title: t('contracts.buyerShort'), render: (_: unknown, f) => f.contract.buyer.name },
        {
          title: t('contracts.contractAmount'),
          render: (_: unknown, f) =>
            f.kind === 'INITIAL' ? formatMoney(f.contractAmount) : `${formatMoney(f.contract.contractAmount)} → ${formatMoney(f.contractAmount)}`,
          width: 170,
        },
        { title: t('contracts.techTransactionAmount'), dataIndex: 'techTransactionAmount', render: (v: string) => formatMoney(v), width: 120 },
        { title: t('registration.submittedAt'), render: (_: unknown, f) => `${formatDateTime(f.createdAt)}${f.submittedBy ? ` · ${f.submittedBy.displayName}` : ''}`, width: 200 },
        {
          title: t('common.actions'),
          render: (_: unknown, f) => <RegistrationActions contractId={f.contract.id} title={f.contract.title} kind={f.kind} refetch={['ContractDashboard']} />,
          width: 170,
        },
      ]}
    />
  );
}

function Exports() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  return (
    <Space direction="vertical" size="large">
      <Space>
        <span>{t('registration.exportYear')}</span>
        <InputNumber value={year} onChange={(v) => setYear(v)} min={2000} max={2100} placeholder={t('contracts.all')} />
        <DownloadButton
          url={`/exports/contracts.xlsx${year ? `?registeredYear=${year}` : ''}`}
          fileName={year ? `contracts-${year}.xlsx` : 'contracts.xlsx'}
          testId="export-contracts"
        >
          {t('registration.exportContracts')}
        </DownloadButton>
        {year && (
          <DownloadButton url={`/exports/target-report.xlsx?year=${year}`} fileName={`target-report-${year}.xlsx`}>
            {t('dashboard.export')}
          </DownloadButton>
        )}
      </Space>
    </Space>
  );
}

/** The bureau's contract desk: filings to decide, every contract, historical imports and exports. */
export default function RegistrationQueuePage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('registration.title')}
      </Typography.Title>
      <Card>
        <Tabs
          items={[
            { key: 'queue', label: t('registration.queue'), children: <Queue /> },
            { key: 'all', label: t('contracts.all'), children: <ContractTable filter={{}} empty={<EmptyState title={t('contracts.emptyTitle')} />} /> },
            { key: 'import', label: t('registration.import'), children: <ContractImport /> },
            { key: 'export', label: t('registration.exports'), children: <Exports /> },
          ]}
        />
      </Card>
    </>
  );
}
