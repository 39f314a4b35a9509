import { Alert, Card, Segmented } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ChallengeStatus } from '../../gql/graphql';
import { ChallengeTable } from '../../components/ChallengeTable';
import { EmptyState } from '../../components/EmptyState';
import { serverError } from '../../lib/server-errors';

const ReviewQueueDocument = graphql(`
  query ReviewQueue($statuses: [ChallengeStatus!]) {
    challenges(first: 100, filter: { statuses: $statuses }, sort: DEADLINE_SOONEST) {
      totalCount
      edges {
        node {
          id
          title
          status
          bounty
          deadline
          confidentiality
          ownerOrganization {
            name
          }
          field {
            name
          }
        }
      }
    }
  }
`);

const QUEUES: Record<string, ChallengeStatus[]> = {
  submitted: ['SUBMITTED'],
  published: ['PUBLISHED'],
  evaluating: ['EVALUATING'],
  rejected: ['REJECTED'],
};

/** 榜单审核: submitted briefs waiting for the bureau (publish or reject on the detail page), and the open ones to staff with experts. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const queue = params.get('queue') ?? 'submitted';
  const { data, loading, error } = useQuery(ReviewQueueDocument, { variables: { statuses: QUEUES[queue] }, fetchPolicy: 'cache-and-network' });
  const rows = data?.challenges.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t('bureau.queueTitle')}>
      <Segmented
        style={{ marginBottom: 16 }}
        value={queue}
        onChange={(value) => setParams({ queue: String(value) })}
        options={Object.keys(QUEUES).map((key) => ({ value: key, label: t(`bureau.queues.${key}` as 'bureau.queues.submitted') }))}
      />
      {error && <Alert type="error" showIcon title={serverError(error).message} />}
      <ChallengeTable
        rows={rows}
        loading={loading && !data}
        testId="review-queue"
        empty={<EmptyState title={t('bureau.queueEmpty')} hint={t('bureau.queueEmptyHint')} />}
      />
    </Card>
  );
}
