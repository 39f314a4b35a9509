import { Alert, App, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { EmptyState } from '../../components/EmptyState';
import { StatusTag } from '../../components/labels';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { serverError } from '../../lib/server-errors';
import { WithdrawBidDocument } from './BidderPanel';

const MyBidsDocument = graphql(`
  query MyBids {
    myBids(first: 100) {
      totalCount
      edges {
        node {
          id
          status
          outcome
          feedback
          price
          durationMonths
          createdAt
          updatedAt
          withdrawnAt
          organization {
            name
          }
          challenge {
            id
            title
            status
            deadline
            statusReason
            ownerOrganization {
              name
            }
          }
        }
      }
    }
  }
`);

/** 我的揭榜: every proposal of the institute with its outcome and the poster's feedback. */
export default function MyBidsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(MyBidsDocument, { fetchPolicy: 'cache-and-network' });
  const [withdraw] = useMutation(WithdrawBidDocument, { refetchQueries: [MyBidsDocument] });
  const bids = data?.myBids.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t('myBids.title')}>
      {error && <Alert type="error" showIcon title={serverError(error).message} />}
      <List
        loading={loading && !data}
        dataSource={bids}
        data-testid="my-bids"
        locale={{
          emptyText: <EmptyState title={t('myBids.emptyTitle')} hint={t('myBids.emptyHint')} action={<Link to="/recommendations">{t('nav.recommendations')}</Link>} />,
        }}
        renderItem={(bid) => {
          const open = bid.challenge.status === 'PUBLISHED' && bid.status === 'SUBMITTED';
          return (
            <List.Item
              actions={
                open
                  ? [
                      <Link key="edit" to={`/challenges/${bid.challenge.id}/bid`}>
                        {t('common.edit')}
                      </Link>,
                      <Popconfirm
                        key="withdraw"
                        title={t('bidder.withdrawConfirm')}
                        onConfirm={async () => {
                          try {
                            await withdraw({ variables: { id: bid.id } });
                            message.success(t('bidder.withdrawn'));
                          } catch (e) {
                            message.error(serverError(e).message);
                          }
                        }}
                      >
                        <a>{t('bidder.withdraw')}</a>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  <Link to={`/challenges/${bid.challenge.id}`} style={{ fontWeight: 500 }}>
                    {bid.challenge.title}
                  </Link>
                  <StatusTag status={bid.challenge.status} />
                  <Tag color={bid.status === 'SUBMITTED' ? 'success' : 'default'}>{t(`bidStatus.${bid.status}`)}</Tag>
                  {bid.status === 'SUBMITTED' && (
                    <Tag color={bid.outcome === 'AWARDED' ? 'red' : bid.outcome === 'NOT_SELECTED' ? 'default' : 'processing'} data-testid="bid-outcome">
                      {t(`bidOutcome.${bid.outcome}`)}
                    </Tag>
                  )}
                </Space>
                <Typography.Text type="secondary">
                  {bid.challenge.ownerOrganization.name} · {t('review.price')} {formatMoney(bid.price)} · {t('review.months', { count: bid.durationMonths })} ·{' '}
                  {t('challenge.deadline')} {formatDate(bid.challenge.deadline)} · {t('bidder.updatedAt')} {formatDateTime(bid.updatedAt)}
                </Typography.Text>
                {bid.feedback && (
                  <Alert type={bid.outcome === 'AWARDED' ? 'success' : 'info'} title={t('myBids.feedback', { feedback: bid.feedback })} />
                )}
                {!bid.feedback && bid.challenge.status === 'NO_WINNER' && bid.challenge.statusReason && (
                  <Alert type="info" title={t('myBids.noWinner', { reason: bid.challenge.statusReason })} />
                )}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
