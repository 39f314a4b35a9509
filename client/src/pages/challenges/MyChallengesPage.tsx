import { Alert, Button, Card, Segmented } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ChallengeStatus } from '../../gql/graphql';
import { ChallengeTable } from '../../components/ChallengeTable';
import { EmptyState } from '../../components/EmptyState';
import { serverError } from '../../lib/server-errors';

const MyChallengesDocument = graphql(`
  query MyChallenges($statuses: [ChallengeStatus!]) {
    myChallenges(first: 100, statuses: $statuses) {
      totalCount
      edges {
        node {
          id
          title
          status
          bounty
          deadline
          confidentiality
          bidCount
          field {
            name
          }
        }
      }
    }
  }
`);

const GROUPS: Record<string, ChallengeStatus[] | undefined> = {
  all: undefined,
  drafts: ['DRAFT', 'REJECTED'],
  review: ['SUBMITTED'],
  open: ['PUBLISHED'],
  deciding: ['EVALUATING'],
  done: ['AWARDED', 'NO_WINNER', 'CONTRACTED', 'COMPLETED', 'CANCELLED'],
};

/** 我的榜单: the enterprise's challenges in every state, with the next step for each. */
export default function MyChallengesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const group = params.get('group') ?? 'all';
  const { data, loading, error } = useQuery(MyChallengesDocument, { variables: { statuses: GROUPS[group] } });
  const rows = data?.myChallenges.edges.map((e) => e.node) ?? [];
  return (
    <Card
      title={t('myChallenges.title')}
      extra={
        <Link to="/challenges/new">
          <Button type="primary" icon={<PlusOutlined />} data-testid="new-challenge">
            {t('myChallenges.new')}
          </Button>
        </Link>
      }
    >
      <Segmented
        style={{ marginBottom: 16 }}
        value={group}
        onChange={(value) => setParams({ group: String(value) })}
        options={Object.keys(GROUPS).map((key) => ({ value: key, label: t(`myChallenges.groups.${key}` as 'myChallenges.groups.all') }))}
      />
      {error && <Alert type="error" showIcon title={serverError(error).message} />}
      <ChallengeTable
        rows={rows}
        loading={loading && !data}
        testId="my-challenges"
        empty={
          <EmptyState
            title={t('myChallenges.emptyTitle')}
            hint={t('myChallenges.emptyHint')}
            action={
              <Link to="/challenges/new">
                <Button type="primary">{t('myChallenges.new')}</Button>
              </Link>
            }
          />
        }
        action={(row) => (row.bidCount != null && row.status !== 'PUBLISHED' ? t('myChallenges.bids', { count: row.bidCount }) : null)}
      />
    </Card>
  );
}
