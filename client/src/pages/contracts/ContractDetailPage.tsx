import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Result, Row, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import Decimal from 'decimal.js';
import { graphql } from '../../gql';
import type { ContractDetailQuery } from '../../gql/graphql';
import { formatDate, formatDateTime, formatMoney, wanToYuan, yuanToWan } from '../../lib/format';
import { applyServerErrors, serverError } from '../../lib/server-errors';
import { contractFieldRenames } from './contract-errors';
import { ContractStatusTag } from './ContractStatusTag';
import { ContractDetailDocument, SubmitContractDocument } from './operations';
import { RegistrationActions } from './RegistrationActions';

const SubmitContractChangeDocument = graphql(`
  mutation SubmitContractChange($input: ContractChangeInput!) {
    submitContractChange(input: $input) {
      id
      status
    }
  }
`);

const SubmitContractTerminationDocument = graphql(`
  mutation SubmitContractTermination($input: ContractTerminationInput!) {
    submitContractTermination(input: $input) {
      id
      status
    }
  }
`);

const RecordMilestonePaymentDocument = graphql(`
  mutation RecordMilestonePayment($milestoneId: ID!, $paidOn: LocalDate) {
    recordMilestonePayment(milestoneId: $milestoneId, paidOn: $paidOn) {
      id
      paidOn
    }
  }
`);

type Contract = ContractDetailQuery['contract'];
type Party = Contract['buyer'];

function PartyCard({ title, party }: { title: string; party: Party }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('dashboard.name')}>{party.name}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.creditCode')}>{party.creditCode}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.region')}>
          {party.regionName ?? party.regionCode} <Tag>{party.inCity ? t('contracts.inCity') : t('contracts.outOfCity')}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.partyType')}>{t(`partyType.${party.partyType}`)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

interface FilingValues {
  contractAmountWan?: string;
  techTransactionAmountWan?: string;
  validTo?: Dayjs;
  performedContractAmountWan?: string;
  performedTechTransactionAmountWan?: string;
  terminatedOn?: Dayjs;
  reason: string;
}

/** The seller files a change (new amounts, end of validity) or a termination (what was performed) of a registered contract. */
function FilingButtons({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'change' | 'termination' | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<FilingValues>();
  const [change, changing] = useMutation(SubmitContractChangeDocument, { refetchQueries: [ContractDetailDocument] });
  const [terminate, terminating] = useMutation(SubmitContractTerminationDocument, { refetchQueries: [ContractDetailDocument] });

  const show = (which: 'change' | 'termination') => {
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      which === 'change'
        ? { contractAmountWan: yuanToWan(contract.contractAmount), techTransactionAmountWan: yuanToWan(contract.techTransactionAmount), validTo: dayjs(contract.validTo) }
        : { performedContractAmountWan: yuanToWan(contract.contractAmount), performedTechTransactionAmountWan: yuanToWan(contract.techTransactionAmount), terminatedOn: dayjs() },
    );
    setOpen(which);
  };

  const confirm = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // the form shows what is missing
    setFormError(null);
    try {
      if (open === 'change') {
        await change({
          variables: {
            input: {
              contractId: contract.id,
              contractAmount: wanToYuan(v.contractAmountWan!),
              techTransactionAmount: wanToYuan(v.techTransactionAmountWan!),
              validTo: v.validTo!.format('YYYY-MM-DD'),
              reason: v.reason,
            },
          },
        });
        void message.success(t('contracts.changeSubmitted'));
      } else {
        await terminate({
          variables: {
            input: {
              contractId: contract.id,
              performedContractAmount: wanToYuan(v.performedContractAmountWan!),
              performedTechTransactionAmount: wanToYuan(v.performedTechTransactionAmountWan!),
              terminatedOn: v.terminatedOn!.format('YYYY-MM-DD'),
              reason: v.reason,
            },
          },
        });
        void message.success(t('contracts.terminationSubmitted'));
      }
      setOpen(null);
    } catch (error) {
      setFormError(applyServerErrors(form, error, contractFieldRenames(error)));
    }
  };

  const amount = (name: keyof FilingValues, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('contractForm.required', { field: label }) }]}>
      <InputNumber<string> stringMode min="0" suffix={t('contractForm.wan')} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <>
      <Button onClick={() => show('change')} data-testid="contract-change">
        {t('contracts.change')}
      </Button>
      <Button danger onClick={() => show('termination')} data-testid="contract-terminate">
        {t('contracts.terminate')}
      </Button>
      <Modal
        open={!!open}
        title={open === 'change' ? t('contracts.changeTitle') : t('contracts.terminateTitle')}
        onCancel={() => setOpen(null)}
        onOk={() => void confirm()}
        okButtonProps={{ loading: changing.loading || terminating.loading }}
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          {open === 'change' ? (
            <>
              {amount('contractAmountWan', t('contracts.contractAmount'))}
              {amount('techTransactionAmountWan', t('contracts.techTransactionAmount'))}
              <Form.Item name="validTo" label={t('contracts.validTo')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="terminatedOn" label={t('contracts.terminatedOn')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
              {amount('performedContractAmountWan', t('contracts.performedContractAmount'))}
              {amount('performedTechTransactionAmountWan', t('contracts.performedTechTransactionAmount'))}
            </>
          )}
          <Form.Item name="reason" label={t('contracts.reason')} rules={[{ required: true, whitespace: true, message: t('contracts.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function PaymentCell({ milestone, canRecord }: { milestone: Contract['milestones'][number]; canRecord: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const [record, { loading }] = useMutation(RecordMilestonePaymentDocument, { refetchQueries: [ContractDetailDocument] });
  const save = async (paidOn: string | null) => {
    try {
      await record({ variables: { milestoneId: milestone.id, paidOn } });
      void message.success(t('contracts.paymentRecorded'));
    } catch (error) {
      void message.error(serverError(error).message);
    }
  };
  if (milestone.paidOn) {
    return (
      <Space>
        <Tag color="success">{formatDate(milestone.paidOn)}</Tag>
        {canRecord && (
          <Button size="small" type="link" loading={loading} onClick={() => void save(null)}>
            {t('contracts.clearPayment')}
          </Button>
        )}
      </Space>
    );
  }
  if (!canRecord) return <Tag>{t('contracts.unpaid')}</Tag>;
  return (
    <Space.Compact>
      <DatePicker size="small" value={date} onChange={setDate} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      <Button size="small" loading={loading} disabled={!date} onClick={() => void save(date!.format('YYYY-MM-DD'))}>
        {t('contracts.recordPayment')}
      </Button>
    </Space.Compact>
  );
}

/** A contract for its parties, brokers and the bureau: terms, milestones and payments, and its registration history. */
export default function ContractDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(ContractDetailDocument, { variables: { id } });
  const [submit, submitting] = useMutation(SubmitContractDocument, { refetchQueries: [ContractDetailDocument] });
  const [actionError, setActionError] = useState<string | null>(null);

  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (error || !data) return <Result status="404" title={t('common.notFoundTitle')} subTitle={t('common.notFoundHint')} />;
  const contract = data.contract;
  const relation = contract.viewerRelation;
  const party = relation.buyer || relation.seller;
  const editable = party && (contract.status === 'DRAFT' || contract.status === 'REJECTED');
  const lastRejection = contract.status === 'REJECTED' ? contract.registrations.filter((r) => r.status === 'REJECTED').at(-1) : undefined;
  const milestoneTotal = contract.milestones.reduce((sum, m) => sum.plus(m.amount), new Decimal(0));
  const paidTotal = contract.milestones.filter((m) => m.paidOn).reduce((sum, m) => sum.plus(m.amount), new Decimal(0));

  const fileIt = async () => {
    setActionError(null);
    try {
      await submit({ variables: { id: contract.id } });
      void message.success(t('contracts.submitted'));
    } catch (e) {
      setActionError(serverError(e).message);
    }
  };

  return (
    <>
      <Link to={relation.bureau ? '/bureau/contracts' : '/contracts'}>← {relation.bureau ? t('registration.title') : t('contracts.title')}</Link>
      <Space style={{ width: '100%', justifyContent: 'space-between', margin: '8px 0' }} align="start" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {contract.title} <ContractStatusTag status={contract.status} />
        </Typography.Title>
        <Space wrap>
          {editable && (
            <Link to={`/contracts/${contract.id}/edit`}>
              <Button data-testid="contract-edit">{t('contracts.edit')}</Button>
            </Link>
          )}
          {editable && relation.seller && (
            <Popconfirm title={contract.status === 'REJECTED' ? t('contracts.resubmit') : t('contracts.submit')} onConfirm={() => void fileIt()}>
              <Button type="primary" loading={submitting.loading} data-testid="contract-submit">
                {contract.status === 'REJECTED' ? t('contracts.resubmit') : t('contracts.submit')}
              </Button>
            </Popconfirm>
          )}
          {relation.seller && contract.status === 'REGISTERED' && <FilingButtons contract={contract} />}
          {relation.bureau && contract.pendingRegistration && (
            <RegistrationActions contractId={contract.id} title={contract.title} kind={contract.pendingRegistration.kind} />
          )}
        </Space>
      </Space>
      {actionError && <Alert type="error" showIcon closable title={actionError} style={{ marginBottom: 12 }} data-testid="contract-action-error" />}
      {lastRejection && <Alert type="warning" showIcon title={t('contracts.rejectedBecause', { reason: lastRejection.rejectionReason ?? '' })} style={{ marginBottom: 12 }} />}
      {contract.pendingRegistration && !relation.bureau && <Alert type="info" showIcon title={t('contracts.pendingHint')} style={{ marginBottom: 12 }} />}
      {editable && !relation.seller && <Alert type="info" showIcon title={t('contracts.submitSellerOnly')} style={{ marginBottom: 12 }} />}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card>
            <Descriptions column={3} size="small">
              <Descriptions.Item label={t('contracts.contractAmount')}>
                <span data-testid="contract-amount-value" data-value={contract.contractAmount}>
                  {formatMoney(contract.contractAmount)}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('contracts.techTransactionAmount')}>{formatMoney(contract.techTransactionAmount)}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.category')}>{contract.category.name}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.field')}>{contract.field.name}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.ipType')}>{t(`ipType.${contract.ipType}`)}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.planSource')}>{t(`planSource.${contract.planSource}`)}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.signedOn')}>{formatDate(contract.signedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.validity')}>
                {formatDate(contract.validFrom)} – {formatDate(contract.validTo)}
              </Descriptions.Item>
              <Descriptions.Item label={t('contracts.registrationNumber')}>
                <span data-testid="contract-registration-number">{contract.registrationNumber ?? '—'}</span>
                {contract.registeredOn ? `（${formatDate(contract.registeredOn)}）` : ''}
              </Descriptions.Item>
              {contract.challenge && (
                <Descriptions.Item label={t('contracts.challenge')}>
                  <Link to={`/challenges/${contract.challenge.id}`}>{contract.challenge.title}</Link>
                </Descriptions.Item>
              )}
              {contract.brokers.length > 0 && <Descriptions.Item label={t('contracts.brokers')}>{contract.brokers.map((b) => b.displayName).join('、')}</Descriptions.Item>}
              {contract.terminatedOn && <Descriptions.Item label={t('contracts.terminatedOn')}>{formatDate(contract.terminatedOn)}</Descriptions.Item>}
            </Descriptions>
            {contract.description && <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>{contract.description}</Typography.Paragraph>}
          </Card>
        </Col>
        <Col span={12}>
          <PartyCard title={t('contracts.seller')} party={contract.seller} />
        </Col>
        <Col span={12}>
          <PartyCard title={t('contracts.buyer')} party={contract.buyer} />
        </Col>
        <Col span={14}>
          <Card title={t('contracts.milestones')} extra={contract.milestones.length > 0 && `${formatMoney(paidTotal.toFixed(2))} / ${formatMoney(milestoneTotal.toFixed(2))}`}>
            <Table
              size="small"
              pagination={false}
              rowKey="id"
              dataSource={contract.milestones}
              locale={{ emptyText: editable ? t('contractForm.addMilestone') : '—' }}
              columns={[
                { title: '#', dataIndex: 'position', width: 40 },
                { title: t('contracts.milestoneTitle'), dataIndex: 'title' },
                { title: t('contracts.dueOn'), dataIndex: 'dueOn', render: (v: string) => formatDate(v) },
                { title: t('contracts.amount'), dataIndex: 'amount', render: (v: string) => formatMoney(v) },
                { title: t('contracts.paidOn'), render: (_: unknown, m) => <PaymentCell milestone={m} canRecord={party} /> },
              ]}
            />
          </Card>
        </Col>
        <Col span={10}>
          <Card title={t('contracts.history')}>
            {contract.registrations.length === 0 ? (
              <Typography.Text type="secondary">{t('contracts.noHistory')}</Typography.Text>
            ) : (
              <Timeline
                data-testid="registration-history"
                items={contract.registrations.map((r) => ({
                  key: r.id,
                  color: r.status === 'REGISTERED' ? 'green' : r.status === 'REJECTED' ? 'red' : 'blue',
                  content: (
                    <>
                      <div>
                        <Tag>{t(`registrationKind.${r.kind}`)}</Tag>
                        <Typography.Text strong>{t(`registrationStatus.${r.status}`)}</Typography.Text>
                        {r.version != null && <Typography.Text type="secondary"> · {t('contracts.version', { version: r.version })}</Typography.Text>}
                      </div>
                      <div style={{ fontSize: 12, color: '#666' }}>
                        {formatDateTime(r.createdAt)}
                        {r.submittedBy ? ` · ${r.submittedBy.displayName}` : ''}
                      </div>
                      <div>
                        {t('contracts.contractAmount')} {formatMoney(r.contractAmount)} · {t('contracts.techTransactionAmount')} {formatMoney(r.techTransactionAmount)}
                      </div>
                      {r.registrationNumber && (
                        <div>
                          {t('contracts.registrationNumber')} {r.registrationNumber}
                          {r.registeredOn ? `（${formatDate(r.registeredOn)}）` : ''}
                        </div>
                      )}
                      {r.reason && (
                        <div>
                          {t('contracts.reason')}：{r.reason}
                        </div>
                      )}
                      {r.rejectionReason && <Typography.Text type="danger">{r.rejectionReason}</Typography.Text>}
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
