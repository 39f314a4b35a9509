import { Alert, App, Button, Card, Col, Descriptions, Divider, Result, Row, Space, Spin, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ChallengeDetailQuery } from '../../gql/graphql';
import { useSession } from '../../auth/session';
import { StatusTag } from '../../components/labels';
import { daysLeft, formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { useReferenceData } from '../../lib/reference-data';
import { serverError } from '../../lib/server-errors';
import { SubmitChallengeDocument } from './ChallengeFormPage';
import { BureauPanel } from './BureauPanel';
import { MatchedCapabilities } from './MatchedCapabilities';
import { BidsReviewPanel } from './BidsReviewPanel';
import { CancelChallengeButton } from './CancelChallengeButton';
import { BidderPanel } from '../bids/BidderPanel';

export const ChallengeDetailDocument = graphql(`
  query ChallengeDetail($id: ID!) {
    challenge(id: $id) {
      id
      title
      summary
      status
      statusReason
      bounty
      deadline
      createdAt
      publishedAt
      biddingClosedAt
      reviewClosedAt
      confidentiality
      detailsVisible
      ndaAccepted
      regionCode
      targetTrl
      keywords
      fieldCode
      bidCount
      field {
        code
        name
      }
      ownerOrganization {
        id
        name
      }
      details {
        statement
        ipTerms
        indicators {
          name
          target
          unit
        }
        contact {
          name
          phone
          email
        }
      }
      criteria {
        key
        name
        weight
      }
      myBid {
        id
        status
        outcome
        feedback
        price
        durationMonths
        updatedAt
      }
      experts {
        id
        displayName
      }
      history {
        id
        fromStatus
        toStatus
        reason
        actorName
        createdAt
      }
    }
  }
`);

export type ChallengeDetail = NonNullable<ChallengeDetailQuery['challenge']>;

/** One challenge for everyone who may see it; each role finds its own actions below the brief. */
export default function ChallengeDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { viewer, roles } = useSession();
  const { regionName } = useReferenceData();
  const { data, loading, error } = useQuery(ChallengeDetailDocument, { variables: { id: id! }, fetchPolicy: 'cache-and-network' });
  const challenge = data?.challenge;

  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (error) return <Alert type="error" showIcon title={serverError(error).message} />;
  if (!challenge) {
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        subTitle={viewer ? t('detail.notFoundHint') : t('detail.notFoundSignIn')}
        extra={<Link to="/hall"><Button type="primary">{t('nav.hall')}</Button></Link>}
      />
    );
  }
  const isOwner = viewer?.memberships.some((m) => m.organization.id === challenge.ownerOrganization.id) ?? false;
  const left = daysLeft(challenge.deadline);

  const tabs = [
    {
      key: 'brief',
      label: t('detail.brief'),
      children: <Brief challenge={challenge} />,
    },
  ];
  if (isOwner || roles.bureau) {
    if (['SUBMITTED', 'PUBLISHED', 'EVALUATING'].includes(challenge.status) || isOwner) {
      tabs.push({ key: 'matches', label: t('detail.matches'), children: <MatchedCapabilities challengeId={challenge.id} /> });
    }
    if (['EVALUATING', 'AWARDED', 'NO_WINNER', 'CONTRACTED', 'COMPLETED'].includes(challenge.status)) {
      tabs.push({ key: 'bids', label: t('detail.bidsAndRanking'), children: <BidsReviewPanel challenge={challenge} isOwner={isOwner} /> });
    }
    if (challenge.history) {
      tabs.push({
        key: 'history',
        label: t('detail.history'),
        children: (
          <Timeline
            items={challenge.history.map((h) => ({
              content: (
                <>
                  <Typography.Text strong>{t(`status.${h.toStatus}`)}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {formatDateTime(h.createdAt)} · {h.actorName ?? t('detail.platform')}
                  </Typography.Text>
                  {h.reason && <div>{h.reason}</div>}
                </>
              ),
            }))}
          />
        ),
      });
    }
  }

  return (
    <Row gutter={24}>
      <Col xs={24} lg={17}>
        <Card>
          <Space wrap>
            <StatusTag status={challenge.status} />
            {challenge.confidentiality === 'NDA' && <Tag color="gold">{t('challenge.nda')}</Tag>}
          </Space>
          <Typography.Title level={2} style={{ marginTop: 8 }} data-testid="challenge-title">
            {challenge.title}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{challenge.summary}</Typography.Paragraph>
          {challenge.statusReason && ['REJECTED', 'NO_WINNER', 'CANCELLED'].includes(challenge.status) && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('detail.reason', { reason: challenge.statusReason })} />
          )}
          <Tabs items={tabs} />
        </Card>
      </Col>
      <Col xs={24} lg={7}>
        <Card size="small" style={{ marginBottom: 16 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('challenge.bounty')}>
              <Typography.Text strong style={{ color: '#c8161d', fontSize: 18 }} data-testid="challenge-bounty">
                {formatMoney(challenge.bounty)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('challenge.deadline')}>
              {formatDate(challenge.deadline)}
              {challenge.status === 'PUBLISHED' && left >= 0 && <Typography.Text type="secondary">{t('hall.daysLeft', { count: left })}</Typography.Text>}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.owner')}>{challenge.ownerOrganization.name}</Descriptions.Item>
            <Descriptions.Item label={t('hall.field')}>{challenge.field.name}</Descriptions.Item>
            <Descriptions.Item label={t('detail.region')}>{regionName(challenge.regionCode)}</Descriptions.Item>
            <Descriptions.Item label={t('detail.targetTrl')}>TRL {challenge.targetTrl}</Descriptions.Item>
            {challenge.publishedAt && <Descriptions.Item label={t('detail.publishedAt')}>{formatDate(challenge.publishedAt)}</Descriptions.Item>}
            {challenge.bidCount != null && <Descriptions.Item label={t('detail.bidCount')}>{challenge.bidCount}</Descriptions.Item>}
          </Descriptions>
          {challenge.keywords.length > 0 && (
            <Space wrap size={[4, 4]}>
              {challenge.keywords.map((k) => (
                <Tag key={k}>{k}</Tag>
              ))}
            </Space>
          )}
        </Card>
        {isOwner && <OwnerActions challenge={challenge} />}
        {roles.bureau && <BureauPanel challenge={challenge} />}
        {roles.institute && !isOwner && <BidderPanel challenge={challenge} />}
        {roles.expert && ['EVALUATING'].includes(challenge.status) && (
          <Card size="small" title={t('detail.expertTitle')} style={{ marginBottom: 16 }}>
            <Link to={`/reviews/${challenge.id}`}>
              <Button type="primary" block>
                {t('detail.goScore')}
              </Button>
            </Link>
          </Card>
        )}
        {!viewer && (
          <Card size="small">
            <Typography.Paragraph>{t('detail.signInToBid')}</Typography.Paragraph>
            <Link to={`/login?next=/challenges/${challenge.id}`}>
              <Button type="primary" block>
                {t('auth.signIn')}
              </Button>
            </Link>
          </Card>
        )}
      </Col>
    </Row>
  );
}

function Brief({ challenge }: { challenge: ChallengeDetail }) {
  const { t } = useTranslation();
  if (!challenge.details) {
    return <Alert type="info" showIcon title={t('detail.ndaHidden')} description={t('detail.ndaHiddenHint')} />;
  }
  const { details } = challenge;
  return (
    <>
      <Typography.Title level={5}>{t('challengeForm.statement')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{details.statement}</Typography.Paragraph>
      <Typography.Title level={5}>{t('challengeForm.indicators')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(row) => row.name}
        dataSource={details.indicators}
        columns={[
          { title: t('challengeForm.indicatorName'), dataIndex: 'name' },
          { title: t('detail.target'), dataIndex: 'target' },
          { title: t('challengeForm.indicatorUnit'), dataIndex: 'unit' },
        ]}
      />
      <Divider />
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('challengeForm.ipTerms')}>{details.ipTerms}</Descriptions.Item>
        <Descriptions.Item label={t('challengeForm.contact')}>
          {details.contact.name} · {details.contact.phone} · {details.contact.email}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.criteria')}>
          {challenge.criteria.map((c) => `${c.name} ${c.weight}%`).join('；')}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

function OwnerActions({ challenge }: { challenge: ChallengeDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [submit, { loading }] = useMutation(SubmitChallengeDocument);
  const editable = challenge.status === 'DRAFT' || challenge.status === 'REJECTED';
  const cancellable = ['DRAFT', 'SUBMITTED', 'REJECTED', 'PUBLISHED', 'EVALUATING'].includes(challenge.status);
  if (!editable && !cancellable) return null;
  return (
    <Card size="small" title={t('detail.ownerTitle')} style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {editable && (
          <>
            <Button block onClick={() => navigate(`/challenges/${challenge.id}/edit`)}>
              {t('detail.edit')}
            </Button>
            <Button
              type="primary"
              block
              loading={loading}
              data-testid="submit-for-review"
              onClick={async () => {
                try {
                  await submit({ variables: { id: challenge.id }, refetchQueries: [ChallengeDetailDocument] });
                  message.success(t('challengeForm.submitted'));
                } catch (error) {
                  message.error(serverError(error).message);
                }
              }}
            >
              {t('detail.submitForReview')}
            </Button>
          </>
        )}
        {challenge.status === 'SUBMITTED' && <Typography.Text type="secondary">{t('detail.waitingForBureau')}</Typography.Text>}
        {challenge.status === 'PUBLISHED' && <Typography.Text type="secondary">{t('detail.biddingOpen')}</Typography.Text>}
        {cancellable && <CancelChallengeButton challengeId={challenge.id} />}
      </Space>
    </Card>
  );
}
