import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Result, Spin, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatMoney } from '../../lib/format';
import { serverError } from '../../lib/server-errors';

const AwardForContractDocument = graphql(`
  query AwardForContract($challengeId: ID!) {
    challenge(id: $challengeId) {
      id
      title
      status
      bounty
      ownerOrganization {
        id
        name
      }
      bids {
        id
        outcome
        price
        durationMonths
        organization {
          id
          name
        }
      }
    }
    contractOfChallenge(challengeId: $challengeId) {
      id
      status
    }
  }
`);

const CreateContractFromAwardDocument = graphql(`
  mutation CreateContractFromAward($challengeId: ID!) {
    createContractFromAward(challengeId: $challengeId) {
      id
    }
  }
`);

/** 揭榜 → 合同: the owner or the winner turns an awarded challenge into a prefilled draft, then edits it. */
export default function FromAwardPage() {
  const { challengeId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(AwardForContractDocument, { variables: { challengeId }, fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CreateContractFromAwardDocument);
  const [failure, setFailure] = useState<string | null>(null);

  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (error || !data?.challenge) return <Result status="404" title={t('common.notFoundTitle')} subTitle={t('common.notFoundHint')} />;
  const { challenge, contractOfChallenge } = data;
  const winner = challenge.bids.find((b) => b.outcome === 'AWARDED');

  const go = async () => {
    setFailure(null);
    try {
      const result = await create({ variables: { challengeId } });
      void message.success(t('fromAward.created'));
      navigate(`/contracts/${result.data!.createContractFromAward.id}/edit?fromAward=1`);
    } catch (e) {
      setFailure(serverError(e).message);
    }
  };

  return (
    <Card style={{ maxWidth: 760, margin: '0 auto' }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('fromAward.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('fromAward.hint')}</Typography.Paragraph>
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('contracts.challenge')}>
          <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.buyer')}>{challenge.ownerOrganization.name}</Descriptions.Item>
        <Descriptions.Item label={t('fromAward.winner')}>{winner?.organization.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fromAward.price')}>{formatMoney(winner?.price ?? challenge.bounty)}</Descriptions.Item>
      </Descriptions>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="from-award-error" />}
      {contractOfChallenge ? (
        <Alert
          type="success"
          showIcon
          title={t('fromAward.exists')}
          action={
            <Link to={`/contracts/${contractOfChallenge.id}`}>
              <Button size="small">{t('contracts.viewContract')}</Button>
            </Link>
          }
        />
      ) : !['AWARDED', 'CONTRACTED', 'COMPLETED'].includes(challenge.status) ? (
        <Alert type="warning" showIcon title={t('fromAward.notAwarded')} />
      ) : (
        <Button type="primary" size="large" loading={creating.loading} onClick={() => void go()} data-testid="create-from-award">
          {t('fromAward.create')}
        </Button>
      )}
    </Card>
  );
}
