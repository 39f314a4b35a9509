import { useState } from 'react';
import { Alert, App, Button, type ButtonProps, Collapse, Descriptions, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ChallengeBidsQuery } from '../../gql/graphql';
import { EmptyState } from '../../components/EmptyState';
import { ReasonButton } from '../../components/ReasonButton';
import { formatMoney } from '../../lib/format';
import { applyServerErrors, serverError } from '../../lib/server-errors';
import { ChallengeDetailDocument, type ChallengeDetail } from './ChallengeDetailPage';

const ChallengeBidsDocument = graphql(`
  query ChallengeBids($id: ID!) {
    challenge(id: $id) {
      id
      status
      reviewClosedAt
      criteria {
        key
        name
        weight
      }
      bids {
        id
        status
        outcome
        feedback
        price
        durationMonths
        approach
        organization {
          id
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
          expertName
          criterionKey
          score
          comment
        }
      }
      ranking {
        rank
        averageScore
        expertCount
        bid {
          id
        }
      }
    }
  }
`);

const CloseReviewDocument = graphql(`
  mutation CloseReview($challengeId: ID!) {
    closeReview(challengeId: $challengeId) {
      id
      reviewClosedAt
    }
  }
`);

const AwardChallengeDocument = graphql(`
  mutation AwardChallenge($input: AwardInput!) {
    awardChallenge(input: $input) {
      id
      status
    }
  }
`);

const DeclareNoWinnerDocument = graphql(`
  mutation DeclareNoWinner($input: NoWinnerInput!) {
    declareNoWinner(input: $input) {
      id
      status
      statusReason
    }
  }
`);

type Bid = NonNullable<ChallengeBidsQuery['challenge']>['bids'][number];

/** After bidding closed: the sealed bids, the experts' scores and ranking, and the owner's decision (挂帅 or 流标). */
export function BidsReviewPanel({ challenge, isOwner }: { challenge: ChallengeDetail; isOwner: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(ChallengeBidsDocument, { variables: { id: challenge.id }, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [ChallengeBidsDocument, ChallengeDetailDocument], awaitRefetchQueries: true };
  const [closeReview, closing] = useMutation(CloseReviewDocument, refetch);
  const [declareNoWinner] = useMutation(DeclareNoWinnerDocument, refetch);
  const full = data?.challenge;
  if (error) return <Alert type="error" showIcon title={serverError(error).message} />;
  const bids = full?.bids.filter((b) => b.status === 'SUBMITTED') ?? [];
  const ranking = new Map((full?.ranking ?? []).map((r) => [r.bid.id, r]));
  const criterionName = (key: string) => full?.criteria.find((c) => c.key === key)?.name ?? key;
  const sorted = [...bids].sort((a, b) => (ranking.get(a.id)?.rank ?? 999) - (ranking.get(b.id)?.rank ?? 999));
  const deciding = challenge.status === 'EVALUATING';

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {deciding && !challenge.reviewClosedAt && (
        <Alert
          type="info"
          showIcon
          title={t('review.inProgress')}
          action={
            <Button
              size="small"
              loading={closing.loading}
              data-testid="close-review"
              onClick={async () => {
                try {
                  await closeReview({ variables: { challengeId: challenge.id } });
                } catch (e) {
                  message.error(serverError(e).message);
                }
              }}
            >
              {t('review.close')}
            </Button>
          }
        />
      )}
      <Table<Bid>
        size="small"
        loading={loading && !data}
        rowKey="id"
        dataSource={sorted}
        pagination={false}
        locale={{ emptyText: <EmptyState title={t('review.noBids')} hint={t('review.noBidsHint')} /> }}
        data-testid="ranking-table"
        columns={[
          { title: t('review.rank'), render: (_, bid) => ranking.get(bid.id)?.rank ?? '—', width: 70 },
          { title: t('review.bidder'), render: (_, bid) => bid.organization.name },
          { title: t('review.price'), render: (_, bid) => formatMoney(bid.price) },
          { title: t('review.duration'), render: (_, bid) => t('review.months', { count: bid.durationMonths }) },
          {
            title: t('review.averageScore'),
            render: (_, bid) => {
              const r = ranking.get(bid.id);
              return r?.averageScore != null ? `${r.averageScore.toFixed(2)}（${t('review.expertCount', { count: r.expertCount })}）` : '—';
            },
          },
          {
            title: t('review.outcome'),
            render: (_, bid) => <Tag color={bid.outcome === 'AWARDED' ? 'red' : bid.outcome === 'NOT_SELECTED' ? 'default' : 'processing'}>{t(`bidOutcome.${bid.outcome}`)}</Tag>,
          },
        ]}
        expandable={{
          expandedRowRender: (bid) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('bid.approach')}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{bid.approach}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('bid.teamLead')}>
                  {bid.teamLead.name}（{bid.teamLead.title}，{bid.teamLead.role}）
                </Descriptions.Item>
                <Descriptions.Item label={t('bid.milestones')}>
                  {bid.milestones.map((m) => t('bid.milestoneLine', { month: m.month, title: m.title, deliverable: m.deliverable })).join('；')}
                </Descriptions.Item>
                {bid.feedback && <Descriptions.Item label={t('bid.feedback')}>{bid.feedback}</Descriptions.Item>}
              </Descriptions>
              {bid.scores && bid.scores.length > 0 && (
                <Collapse
                  size="small"
                  items={[
                    {
                      key: 'scores',
                      label: t('review.scoresDetail'),
                      children: (
                        <Table
                          size="small"
                          pagination={false}
                          rowKey="id"
                          dataSource={bid.scores}
                          columns={[
                            { title: t('review.expert'), dataIndex: 'expertName' },
                            { title: t('review.criterion'), render: (_, s) => criterionName(s.criterionKey) },
                            { title: t('review.score'), dataIndex: 'score' },
                            { title: t('review.comment'), dataIndex: 'comment' },
                          ]}
                        />
                      ),
                    },
                  ]}
                />
              )}
            </Space>
          ),
        }}
      />
      {isOwner && deciding && (
        <Space wrap>
          <AwardButton challengeId={challenge.id} bids={sorted} />
          <div style={{ width: 160 }}>
            <ReasonButton
              danger
              testId="no-winner"
              label={t('review.noWinner')}
              title={t('review.noWinnerTitle')}
              reasonLabel={t('review.noWinnerReason')}
              onSubmit={async (reason) => {
                await declareNoWinner({ variables: { input: { challengeId: challenge.id, reason } } });
                message.success(t('review.noWinnerDone'));
              }}
            />
          </div>
        </Space>
      )}
    </Space>
  );
}

function AwardButton({ challengeId, bids }: { challengeId: string; bids: Bid[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<{ bidId: string; feedback: Record<string, string> }>();
  const [award, { loading }] = useMutation(AwardChallengeDocument, {
    refetchQueries: [ChallengeBidsDocument, ChallengeDetailDocument],
    awaitRefetchQueries: true,
  });
  return (
    <>
      <Button type="primary" disabled={!bids.length} onClick={() => setOpen(true)} data-testid="award">
        {t('review.award')}
      </Button>
      <Modal
        open={open}
        width={720}
        title={t('review.awardTitle')}
        okText={t('review.awardConfirm')}
        okButtonProps={{ loading, 'data-testid': 'award-confirm' } as ButtonProps}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        onOk={async () => {
          setProblem(null);
          let values: { bidId: string; feedback: Record<string, string> };
          try {
            values = await form.validateFields();
          } catch {
            return; // the form shows what is missing
          }
          // A click in the dialog's first frames can come before its form is mounted (no values yet): send nothing.
          if (!values?.bidId) return;
          const feedback = Object.entries(values.feedback ?? {})
            .filter(([, text]) => text?.trim())
            .map(([bidId, text]) => ({ bidId, feedback: text.trim() }));
          try {
            await award({ variables: { input: { challengeId, bidId: values.bidId, feedback } } });
            setOpen(false);
            message.success(t('review.awarded'));
          } catch (error) {
            setProblem(applyServerErrors(form, error));
          }
        }}
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" initialValues={{ bidId: bids[0]?.id }}>
          <Form.Item name="bidId" label={t('review.winner')} rules={[{ required: true, message: t('review.chooseWinner') }]}>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} options={bids.map((b) => ({ value: b.id, label: `${b.organization.name} · ${formatMoney(b.price)}` }))} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('review.feedbackHint')}</Typography.Paragraph>
          {bids.map((b) => (
            <Form.Item key={b.id} name={['feedback', b.id]} label={t('review.feedbackFor', { name: b.organization.name })}>
              <Input.TextArea rows={2} />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}
