import { Alert, Button, Card } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ChallengeTable } from '../../components/ChallengeTable';
import { EmptyState } from '../../components/EmptyState';
import { serverError } from '../../lib/server-errors';

const ReviewAssignmentsDocument = graphql(`
  query ReviewAssignments {
    reviewAssignments(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          status
          bounty
          deadline
          confidentiality
          reviewClosedAt
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

/** 评审任务: the challenges the bureau assigned to this expert; scoring opens when bidding has closed. */
export default function ReviewListPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ReviewAssignmentsDocument, { fetchPolicy: 'cache-and-network' });
  const rows = data?.reviewAssignments.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t('reviews.title')}>
      {error && <Alert type="error" showIcon title={serverError(error).message} />}
      <ChallengeTable
        rows={rows}
        loading={loading && !data}
        testId="review-assignments"
        empty={<EmptyState title={t('reviews.emptyTitle')} hint={t('reviews.emptyHint')} />}
        action={(row) =>
          row.status === 'EVALUATING' && !row.reviewClosedAt ? (
            <Link to={`/reviews/${row.id}`}>
              <Button type="primary" size="small" data-testid="score-link">
                {t('reviews.score')}
              </Button>
            </Link>
          ) : row.status === 'PUBLISHED' || row.status === 'SUBMITTED' ? (
            t('reviews.notYet')
          ) : (
            <Link to={`/reviews/${row.id}`}>{t('common.view')}</Link>
          )
        }
      />
    </Card>
  );
}
