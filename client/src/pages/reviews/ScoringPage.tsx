import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Space, Spin, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ScoringQuery } from '../../gql/graphql';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatMoney } from '../../lib/format';
import { applyServerErrors, serverError } from '../../lib/server-errors';

const ScoringDocument = graphql(`
  query Scoring($id: ID!) {
    challenge(id: $id) {
      id
      title
      status
      deadline
      reviewClosedAt
      criteria {
        key
        name
        weight
      }
      details {
        statement
        indicators {
          name
          target
          unit
        }
      }
      bids {
        id
        status
        approach
        price
        durationMonths
        organization {
          name
        }
        teamLead {
          name
          title
          role
        }
        milestones {
          title
          month
          deliverable
        }
        scores {
          id
          criterionKey
          score
          comment
        }
      }
    }
  }
`);

const ScoreBidDocument = graphql(`
  mutation ScoreBid($input: ScoreBidInput!) {
    scoreBid(input: $input) {
      id
      scores {
        id
        criterionKey
        score
        comment
      }
    }
  }
`);

type Challenge = NonNullable<ScoringQuery['challenge']>;
type Bid = Challenge['bids'][number];

/** Blind scoring: one score (0–100) and a comment per weighted criterion, for each bid; other experts' scores stay hidden. */
export default function ScoringPage() {
  const { challengeId } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ScoringDocument, { variables: { id: challengeId! }, fetchPolicy: 'cache-and-network' });
  const challenge = data?.challenge;
  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (error) return <Alert type="error" showIcon title={serverError(error).message} />;
  if (!challenge) return <Alert type="warning" showIcon title={t('detail.notFound')} />;
  const bids = challenge.bids.filter((b) => b.status === 'SUBMITTED');
  const editable = challenge.status === 'EVALUATING' && !challenge.reviewClosedAt;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('scoring.title', { title: challenge.title })} extra={<Link to="/reviews">{t('common.back')}</Link>}>
        <Typography.Paragraph type="secondary">{t('scoring.blind')}</Typography.Paragraph>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('detail.criteria')}>{challenge.criteria.map((c) => `${c.name} ${c.weight}%`).join('；')}</Descriptions.Item>
          {challenge.details && (
            <Descriptions.Item label={t('challengeForm.indicators')}>
              {challenge.details.indicators.map((i) => `${i.name} ${i.target}${i.unit}`).join('；')}
            </Descriptions.Item>
          )}
        </Descriptions>
        {!editable && (
          <Alert
            type="info"
            showIcon
            title={challenge.status === 'PUBLISHED' ? t('scoring.notClosed', { date: formatDate(challenge.deadline) }) : t('scoring.closed')}
          />
        )}
      </Card>
      {bids.length === 0 ? (
        <EmptyState title={t('scoring.noBids')} hint={challenge.status === 'PUBLISHED' ? t('scoring.noBidsYet') : undefined} />
      ) : (
        bids.map((bid, index) => <BidScoreCard key={bid.id} bid={bid} index={index} criteria={challenge.criteria} editable={editable} />)
      )}
    </Space>
  );
}

function BidScoreCard({ bid, index, criteria, editable }: { bid: Bid; index: number; criteria: Challenge['criteria']; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ scores: Record<string, { score: number; comment: string }> }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [scoreBid, { loading }] = useMutation(ScoreBidDocument);
  const mine = Object.fromEntries((bid.scores ?? []).map((s) => [s.criterionKey, { score: s.score, comment: s.comment }]));
  const scored = (bid.scores ?? []).length === criteria.length;

  return (
    <Card
      title={
        <Space>
          {t('scoring.bidNo', { n: index + 1 })} · {bid.organization.name}
          {scored && <Tag color="success">{t('scoring.scored')}</Tag>}
        </Space>
      }
      data-testid="score-card"
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('bid.approach')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{bid.approach}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('review.price')}>
          {formatMoney(bid.price)} · {t('review.months', { count: bid.durationMonths })}
        </Descriptions.Item>
        <Descriptions.Item label={t('bid.teamLead')}>
          {bid.teamLead.name}（{bid.teamLead.title}）
        </Descriptions.Item>
        <Descriptions.Item label={t('bid.milestones')}>
          {bid.milestones.map((m) => t('bid.milestoneLine', { month: m.month, title: m.title, deliverable: m.deliverable })).join('；')}
        </Descriptions.Item>
      </Descriptions>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        disabled={!editable}
        initialValues={{ scores: mine }}
        onFinish={async (values) => {
          setProblem(null);
          try {
            await scoreBid({
              variables: {
                input: {
                  bidId: bid.id,
                  scores: criteria.map((c) => ({ criterionKey: c.key, score: values.scores[c.key].score, comment: values.scores[c.key].comment.trim() })),
                },
              },
            });
            message.success(t('scoring.saved'));
          } catch (error) {
            setProblem(applyServerErrors(form, error));
          }
        }}
      >
        {criteria.map((c) => (
          <Row gutter={16} key={c.key}>
            <Col xs={24} md={6}>
              <Form.Item
                name={['scores', c.key, 'score']}
                label={`${c.name}（${c.weight}%）`}
                rules={[{ required: true, message: t('scoring.scoreRequired') }]}
              >
                <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} suffix={t('scoring.points')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item
                name={['scores', c.key, 'comment']}
                label={t('review.comment')}
                rules={[{ required: true, whitespace: true, message: t('scoring.commentRequired') }]}
              >
                <Input.TextArea rows={1} autoSize placeholder={t('scoring.commentPlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
        ))}
        {editable && (
          <Button type="primary" htmlType="submit" loading={loading} data-testid="save-scores">
            {scored ? t('scoring.update') : t('scoring.submit')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
