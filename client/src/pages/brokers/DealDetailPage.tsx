import { useCallback, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, Result, Row, Select, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { graphql } from '../../gql';
import type { DealActivityKind, DealStage } from '../../gql/graphql';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { applyServerErrors, serverError } from '../../lib/server-errors';
import { LinkableContractsDocument } from './operations';
import { useDealMover } from './useDealMover';

const DealDocument = graphql(`
  query Deal($id: ID!) {
    deal(id: $id) {
      id
      title
      description
      stage
      allowedStages
      expectedValue
      nextAction
      nextActionOn
      lostReason
      createdAt
      stageChangedAt
      broker {
        id
        displayName
      }
      organization {
        id
        name
      }
      buyer {
        id
        name
      }
      seller {
        id
        name
      }
      challenge {
        id
        title
      }
      capability {
        id
        title
      }
      contract {
        id
        title
        status
        contractAmount
      }
      activities {
        id
        kind
        body
        occurredAt
        fromStage
        toStage
        author {
          id
          displayName
        }
      }
    }
  }
`);

const AddDealActivityDocument = graphql(`
  mutation AddDealActivity($input: AddDealActivityInput!) {
    addDealActivity(input: $input) {
      id
    }
  }
`);

const LinkDealContractDocument = graphql(`
  mutation LinkDealContract($dealId: ID!, $contractId: ID!) {
    linkDealContract(dealId: $dealId, contractId: $contractId) {
      id
      contract {
        id
      }
    }
  }
`);

const LOGGABLE: DealActivityKind[] = ['CALL', 'MEETING', 'VISIT', 'EMAIL', 'NOTE'];

interface ActivityValues {
  kind: DealActivityKind;
  body: string;
  occurredAt?: Dayjs | null;
  nextActionOn?: Dayjs | null;
  nextAction?: string;
}

function LinkContract({ dealId }: { dealId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(LinkableContractsDocument, { fetchPolicy: 'network-only' });
  const [contractId, setContractId] = useState<string>();
  const [link, linking] = useMutation(LinkDealContractDocument, { refetchQueries: [DealDocument] });
  const options = (data?.contracts.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.title} · ${formatMoney(node.contractAmount)}` }));
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select style={{ flex: 1 }} placeholder={t('brokers.pickContract')} options={options} loading={loading} value={contractId} onChange={setContractId} showSearch={{ optionFilterProp: 'label' }} notFoundContent={t('brokers.noContracts')} />
      <Button
        disabled={!contractId}
        loading={linking.loading}
        onClick={async () => {
          try {
            await link({ variables: { dealId, contractId: contractId! } });
            void message.success(t('brokers.linked'));
          } catch (error) {
            void message.error(serverError(error).message);
          }
        }}
      >
        {t('brokers.linkContract')}
      </Button>
    </Space.Compact>
  );
}

/** One deal: what it is about, its stage (movable), the contract it produced, and the activity log. */
export default function DealDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(DealDocument, { variables: { id } });
  const [moveError, setMoveError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<ActivityValues>();
  const [addActivity, adding] = useMutation(AddDealActivityDocument, { refetchQueries: [DealDocument] });
  const onError = useCallback((text: string) => setMoveError(text), []);
  const { move, dialogs } = useDealMover(onError);

  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (error || !data) return <Result status="404" title={t('common.notFoundTitle')} subTitle={error ? serverError(error).message : undefined} />;
  const deal = data.deal;

  const submitActivity = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // the form shows what is missing
    setFormError(null);
    try {
      await addActivity({
        variables: {
          input: {
            dealId: deal.id,
            kind: values.kind,
            body: values.body,
            occurredAt: values.occurredAt ? values.occurredAt.toISOString() : null,
            nextActionOn: values.nextActionOn ? values.nextActionOn.format('YYYY-MM-DD') : null,
            nextAction: values.nextAction || null,
          },
        },
      });
      form.resetFields();
      void message.success(t('brokers.activityAdded'));
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Link to="/brokers/pipeline">← {t('brokers.pipeline')}</Link>
      </Space>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {deal.title} <Tag data-testid="deal-stage">{t(`dealStage.${deal.stage}`)}</Tag>
      </Typography.Title>
      {deal.stage === 'LOST' && deal.lostReason && <Alert type="warning" showIcon title={t('brokers.lostBecause', { reason: deal.lostReason })} style={{ marginBottom: 12 }} />}
      {moveError && <Alert type="error" showIcon closable onClose={() => setMoveError(null)} title={t('brokers.moveFailed', { message: moveError })} style={{ marginBottom: 12 }} data-testid="move-error" />}
      <Row gutter={16}>
        <Col span={14}>
          <Card title={t('brokers.deal')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('brokers.stage')}>
                <Space>
                  {t(`dealStage.${deal.stage}`)}
                  {deal.allowedStages.length > 0 && (
                    <Select<DealStage>
                      placeholder={t('brokers.moveTo')}
                      style={{ width: 160 }}
                      value={null}
                      options={deal.allowedStages.map((s) => ({ value: s, label: t(`dealStage.${s}`) }))}
                      onChange={(stage) => {
                        setMoveError(null);
                        void move(deal, stage);
                      }}
                      data-testid="deal-move"
                    />
                  )}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('brokers.seller')}>{deal.seller?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('brokers.buyer')}>{deal.buyer?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('brokers.expectedValue')}>{formatMoney(deal.expectedValue)}</Descriptions.Item>
              <Descriptions.Item label={t('brokers.nextAction')}>
                {deal.nextActionOn ? `${formatDate(deal.nextActionOn)} ` : ''}
                {deal.nextAction ?? (deal.nextActionOn ? '' : '—')}
              </Descriptions.Item>
              <Descriptions.Item label={t('brokers.broker')}>
                {deal.broker.displayName}（{deal.organization.name}）
              </Descriptions.Item>
              {deal.challenge && (
                <Descriptions.Item label={t('brokers.challenge')}>
                  <Link to={`/challenges/${deal.challenge.id}`}>{deal.challenge.title}</Link>
                </Descriptions.Item>
              )}
              {deal.capability && <Descriptions.Item label={t('brokers.capability')}>{deal.capability.title}</Descriptions.Item>}
              <Descriptions.Item label={t('brokers.contract')}>
                {deal.contract ? (
                  <Link to={`/contracts/${deal.contract.id}`}>
                    {deal.contract.title}（{t(`contractStatus.${deal.contract.status}`)} · {formatMoney(deal.contract.contractAmount)}）
                  </Link>
                ) : deal.stage === 'REGISTERED' || deal.stage === 'LOST' ? (
                  '—'
                ) : (
                  <LinkContract dealId={deal.id} />
                )}
              </Descriptions.Item>
              {deal.description && <Descriptions.Item label={t('brokers.description')}>{deal.description}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={t('brokers.addActivity')} style={{ marginTop: 16 }}>
            {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
            <Form form={form} layout="vertical" initialValues={{ kind: 'CALL' }}>
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item name="kind" label={t('brokers.activityKind')}>
                    <Select options={LOGGABLE.map((k) => ({ value: k, label: t(`activityKind.${k}`) }))} data-testid="activity-kind" />
                  </Form.Item>
                </Col>
                <Col span={16}>
                  <Form.Item name="occurredAt" label={t('brokers.occurredAt')}>
                    <DatePicker showTime style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="body" label={t('brokers.activityBody')} rules={[{ required: true, whitespace: true, message: t('brokers.activityBodyRequired') }]}>
                <Input.TextArea rows={3} maxLength={2000} showCount data-testid="activity-body" />
              </Form.Item>
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item name="nextActionOn" label={t('brokers.nextActionOn')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={16}>
                  <Form.Item name="nextAction" label={t('brokers.nextAction')}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
              </Row>
              <Button type="primary" onClick={() => void submitActivity()} loading={adding.loading} data-testid="activity-submit">
                {t('brokers.addActivity')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col span={10}>
          <Card title={t('brokers.activities')}>
            {deal.activities.length === 0 ? (
              <EmptyState title={t('brokers.noActivities')} />
            ) : (
              <Timeline
                data-testid="activity-log"
                items={deal.activities.map((a) => ({
                  key: a.id,
                  color: a.kind === 'STAGE_CHANGE' ? 'blue' : a.kind === 'CONTRACT_LINKED' ? 'purple' : 'gray',
                  content: (
                    <>
                      <div>
                        <Tag>{t(`activityKind.${a.kind}`)}</Tag>
                        <Typography.Text type="secondary">
                          {formatDateTime(a.occurredAt)} · {a.author.displayName}
                        </Typography.Text>
                      </div>
                      {a.kind === 'STAGE_CHANGE' && a.fromStage && a.toStage && (
                        <div>
                          {t(`dealStage.${a.fromStage}`)} → {t(`dealStage.${a.toStage}`)}
                        </div>
                      )}
                      {a.body && <div style={{ whiteSpace: 'pre-wrap' }}>{a.body}</div>}
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      {dialogs}
    </>
  );
}
