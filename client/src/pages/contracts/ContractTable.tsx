import { useState } from 'react';
import { Table } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContractFilterInput, ContractsQuery } from '../../gql/graphql';
import { formatDate, formatMoney } from '../../lib/format';
import { serverError } from '../../lib/server-errors';
import { ContractStatusTag } from './ContractStatusTag';
import { ContractsDocument } from './operations';

type Row = ContractsQuery['contracts']['edges'][number]['node'];
const PAGE = 20;

/** Contracts the viewer may see, a page at a time (cursor pagination: the pages already seen are remembered). */
export function ContractTable({ filter, empty }: { filter: ContractFilterInput; empty: React.ReactNode }) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);
  const { data, loading, error } = useQuery(ContractsDocument, { variables: { first: PAGE, after: cursors[page] ?? null, filter } });
  const connection = data?.contracts;
  if (error) return <>{serverError(error).message}</>;
  return (
    <Table<Row>
      rowKey="id"
      loading={loading}
      dataSource={connection?.edges.map((e) => e.node) ?? []}
      locale={{ emptyText: empty }}
      data-testid="contract-table"
      pagination={{
        current: page + 1,
        pageSize: PAGE,
        total: connection?.totalCount ?? 0,
        showSizeChanger: false,
        showTotal: (count) => t('contracts.total', { count }),
        onChange: (next) => {
          const index = next - 1;
          if (index > page && connection?.pageInfo.endCursor && !cursors[index]) setCursors([...cursors.slice(0, index), connection.pageInfo.endCursor]);
          setPage(index <= cursors.length ? index : page);
        },
      }}
      columns={[
        { title: t('contracts.contractTitle'), dataIndex: 'title', render: (title: string, row) => <Link to={`/contracts/${row.id}`}>{title}</Link> },
        { title: t('contracts.sellerShort'), render: (_: unknown, row) => row.seller.name },
        { title: t('contracts.buyerShort'), render: (_: unknown, row) => row.buyer.name },
        { title: t('contracts.category'), render: (_: unknown, row) => row.category.name, width: 110 },
        { title: t('contracts.contractAmount'), dataIndex: 'contractAmount', render: (v: string) => formatMoney(v), width: 120 },
        { title: t('contracts.status'), dataIndex: 'status', render: (s: Row['status']) => <ContractStatusTag status={s} />, width: 120 },
        { title: t('contracts.registeredOn'), dataIndex: 'registeredOn', render: (v: string | null) => formatDate(v), width: 130 },
      ]}
    />
  );
}
