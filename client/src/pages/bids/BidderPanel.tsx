import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useSession } from '../../auth/session';
import { formatDateTime, formatMoney } from '../../lib/format';
import { serverError } from '../../lib/server-errors';
import { ChallengeDetailDocument, type ChallengeDetail } from '../challenges/ChallengeDetailPage';

const AcceptNdaDocument = graphql(`
  mutation AcceptNda($challengeId: ID!, $organizationId: ID) {
    acceptNda(challengeId: $challengeId, organizationId: $organizationId) {
      id
      ndaAccepted
      detailsVisible
    }
  }
`);

export const WithdrawBidDocument = graphql(`
  mutation WithdrawBid($id: ID!) {
    withdrawBid(id: $id) {
      id
      status
      withdrawnAt
    }
  }
`);

/** 揭榜方 on a challenge: accept the NDA, write or revise the proposal, withdraw it, read the outcome. */
export function BidderPanel({ challenge }: { challenge: ChallengeDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { organizations } = useSession();
  const bidders = organizations(['INSTITUTE', 'UNIVERSITY']);
  const refetch = { refetchQueries: [ChallengeDetailDocument], awaitRefetchQueries: true };
  const [acceptNda, accepting] = useMutation(AcceptNdaDocument, refetch);
  const [withdraw, withdrawing] = useMutation(WithdrawBidDocument, refetch);
  const bid = challenge.myBid;
  const open = challenge.status === 'PUBLISHED';
  const live = bid?.status === 'SUBMITTED';

  return (
    <Card size="small" title={t('bidder.title')} style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {challenge.confidentiality === 'NDA' && !challenge.detailsVisible && (
          <>
            <Typography.Paragraph>{t('bidder.ndaText')}</Typography.Paragraph>
            <Popconfirm
              title={t('bidder.ndaConfirm')}
              onConfirm={async () => {
                try {
                  await acceptNda({ variables: { challengeId: challenge.id, organizationId: bidders[0]?.id } });
                  message.success(t('bidder.ndaAccepted'));
                } catch (error) {
                  message.error(serverError(error).message);
                }
              }}
            >
              <Button block loading={accepting.loading} data-testid="accept-nda">
                {t('bidder.acceptNda')}
              </Button>
            </Popconfirm>
          </>
        )}
        {bid && (
          <Descriptions size="small" column={1} data-testid="my-bid">
            <Descriptions.Item label={t('bidder.myBid')}>
              <Tag color={bid.status === 'SUBMITTED' ? 'success' : 'default'}>{t(`bidStatus.${bid.status}`)}</Tag>
              {bid.status === 'SUBMITTED' && <Tag color={bid.outcome === 'AWARDED' ? 'red' : undefined}>{t(`bidOutcome.${bid.outcome}`)}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('review.price')}>{formatMoney(bid.price)}</Descriptions.Item>
            <Descriptions.Item label={t('bidder.updatedAt')}>{formatDateTime(bid.updatedAt)}</Descriptions.Item>
            {bid.feedback && <Descriptions.Item label={t('bid.feedback')}>{bid.feedback}</Descriptions.Item>}
          </Descriptions>
        )}
        {open && challenge.detailsVisible && (!bid || !live) && (
          <Button type="primary" block onClick={() => navigate(`/challenges/${challenge.id}/bid`)} data-testid="start-bid">
            {t('bidder.bid')}
          </Button>
        )}
        {open && live && (
          <>
            <Button block onClick={() => navigate(`/challenges/${challenge.id}/bid`)} data-testid="edit-bid">
              {t('bidder.editBid')}
            </Button>
            <Popconfirm
              title={t('bidder.withdrawConfirm')}
              onConfirm={async () => {
                try {
                  await withdraw({ variables: { id: bid.id } });
                  message.success(t('bidder.withdrawn'));
                } catch (error) {
                  message.error(serverError(error).message);
                }
              }}
            >
              <Button danger block loading={withdrawing.loading} data-testid="withdraw-bid">
                {t('bidder.withdraw')}
              </Button>
            </Popconfirm>
          </>
        )}
        {!open && !bid && <Alert type="info" title={t('bidder.closed')} />}
      </Space>
    </Card>
  );
}
