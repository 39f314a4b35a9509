import type { ReactNode } from 'react';
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ChallengeStatus, Confidentiality } from '../gql/graphql';
import { StatusTag } from './labels';
import { formatDate, formatMoney } from '../lib/format';

export interface ChallengeRow {
  id: string;
  title: string;
  status: ChallengeStatus;
  bounty: string;
  deadline: string;
  confidentiality: Confidentiality;
  ownerOrganization?: { name: string };
  field?: { name: string };
}

/** The compact list of challenges used by 我的榜单, 审核队列 and 评审任务; `action` adds a last column. */
export function ChallengeTable<T extends ChallengeRow>({
  rows,
  loading,
  empty,
  action,
  linkTo = (row) => `/challenges/${row.id}`,
  testId,
}: {
  rows: T[];
  loading?: boolean;
  empty: ReactNode;
  action?: (row: T) => ReactNode;
  linkTo?: (row: T) => string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<T>
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: empty }}
      data-testid={testId}
      columns={[
        {
          title: t('challengeForm.title'),
          render: (_, row) => (
            <>
              <Link to={linkTo(row)}>{row.title}</Link>
              {row.confidentiality === 'NDA' && <Tag color="gold" style={{ marginLeft: 8 }}>NDA</Tag>}
            </>
          ),
        },
        ...(rows.some((r) => r.ownerOrganization) ? [{ title: t('detail.owner'), render: (_: unknown, row: T) => row.ownerOrganization?.name }] : []),
        ...(rows.some((r) => r.field) ? [{ title: t('hall.field'), render: (_: unknown, row: T) => row.field?.name }] : []),
        { title: t('hall.status'), render: (_, row) => <StatusTag status={row.status} />, width: 100 },
        { title: t('challenge.bounty'), render: (_, row) => formatMoney(row.bounty), width: 120 },
        { title: t('challenge.deadline'), render: (_, row) => formatDate(row.deadline), width: 140 },
        ...(action ? [{ title: t('common.actions'), render: (_: unknown, row: T) => action(row), width: 160 }] : []),
      ]}
    />
  );
}
