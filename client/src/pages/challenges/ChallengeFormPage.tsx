import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space, Spin, TreeSelect, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../../gql';
import type { Confidentiality, CreateChallengeInput } from '../../gql/graphql';
import { useSession } from '../../auth/session';
import { useReferenceData } from '../../lib/reference-data';
import { wanToYuan, yuanToWan } from '../../lib/format';
import { applyServerErrors } from '../../lib/server-errors';
import { CriteriaEditor, DEFAULT_CRITERIA, sameCriteria, withKeys, type Criterion } from './CriteriaEditor';

const EditChallengeDocument = graphql(`
  query EditChallenge($id: ID!) {
    challenge(id: $id) {
      id
      status
      statusReason
      title
      summary
      bounty
      deadline
      fieldCode
      keywords
      targetTrl
      regionCode
      confidentiality
      criteria {
        key
        name
        weight
      }
      ownerOrganization {
        id
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
    }
  }
`);

const CreateChallengeDocument = graphql(`
  mutation CreateChallenge($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      id
      status
    }
  }
`);

const UpdateChallengeDocument = graphql(`
  mutation UpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {
    updateChallenge(id: $id, input: $input) {
      id
      status
    }
  }
`);

const SetChallengeCriteriaDocument = graphql(`
  mutation SetChallengeCriteria($id: ID!, $criteria: [CriterionInput!]!) {
    setChallengeCriteria(id: $id, criteria: $criteria) {
      id
      criteria {
        key
        name
        weight
      }
    }
  }
`);

export const SubmitChallengeDocument = graphql(`
  mutation SubmitChallenge($id: ID!) {
    submitChallenge(id: $id) {
      id
      status
    }
  }
`);

interface FormValues {
  organizationId?: string;
  title: string;
  summary: string;
  statement: string;
  indicators: { name: string; target: string; unit?: string }[];
  bountyWan: number;
  deadline: Dayjs;
  fieldCode: string;
  keywords: string[];
  targetTrl: number;
  regionCode: string;
  confidentiality: Confidentiality;
  ipTerms: string;
  contact: { name: string; phone: string; email: string };
  criteria: Criterion[];
}

/** The server names these input fields; the form holds them under other names. */
const RENAMED_FIELDS = { bounty: 'bountyWan' };

/** 企业出题: create or revise a brief (draft or rejected), then send it to the bureau. */
export default function ChallengeFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const { organizations } = useSession();
  const enterprises = organizations(['ENTERPRISE']);
  const { fieldTree, regions } = useReferenceData();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const existing = useQuery(EditChallengeDocument, { variables: { id: id! }, skip: !id, fetchPolicy: 'network-only' });
  const [create] = useMutation(CreateChallengeDocument);
  const [update] = useMutation(UpdateChallengeDocument);
  const [submit] = useMutation(SubmitChallengeDocument);
  const [setCriteria] = useMutation(SetChallengeCriteriaDocument);
  const challenge = existing.data?.challenge;

  useEffect(() => {
    if (!challenge?.details) return;
    form.setFieldsValue({
      title: challenge.title,
      summary: challenge.summary,
      statement: challenge.details.statement,
      indicators: challenge.details.indicators,
      bountyWan: Number(yuanToWan(challenge.bounty)),
      deadline: dayjs(challenge.deadline),
      fieldCode: challenge.fieldCode,
      keywords: challenge.keywords,
      targetTrl: challenge.targetTrl,
      regionCode: challenge.regionCode,
      confidentiality: challenge.confidentiality,
      ipTerms: challenge.details.ipTerms,
      contact: challenge.details.contact,
      criteria: challenge.criteria,
    });
  }, [challenge, form]);

  const save = async (thenSubmit: boolean) => {
    setProblem(null);
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input: CreateChallengeInput = {
      title: values.title.trim(),
      summary: values.summary.trim(),
      statement: values.statement.trim(),
      indicators: values.indicators.map((i) => ({ name: i.name.trim(), target: i.target.trim(), unit: (i.unit ?? '').trim() })),
      bounty: wanToYuan(values.bountyWan),
      // The end of the chosen day, China time: "截止 12月31日" means bids are taken all that day.
      deadline: values.deadline.endOf('day').toISOString(),
      fieldCode: values.fieldCode,
      keywords: values.keywords ?? [],
      targetTrl: values.targetTrl,
      regionCode: values.regionCode,
      confidentiality: values.confidentiality,
      ipTerms: values.ipTerms.trim(),
      contact: values.contact,
    };
    setBusy(true);
    try {
      let challengeId = id;
      if (challengeId) {
        await update({ variables: { id: challengeId, input } });
      } else {
        const { data } = await create({ variables: { input: { ...input, organizationId: values.organizationId ?? enterprises[0]?.id } } });
        challengeId = data!.createChallenge.id;
      }
      const criteria = withKeys(values.criteria);
      if (!sameCriteria(criteria, challenge?.criteria ?? DEFAULT_CRITERIA)) {
        await setCriteria({ variables: { id: challengeId!, criteria } });
      }
      if (thenSubmit) {
        await submit({ variables: { id: challengeId! } });
        message.success(t('challengeForm.submitted'));
      } else {
        message.success(t('challengeForm.savedDraft'));
      }
      navigate(`/challenges/${challengeId}`);
    } catch (error) {
      setProblem(applyServerErrors(form, error, RENAMED_FIELDS));
    } finally {
      setBusy(false);
    }
  };

  if (id && existing.loading) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

  return (
    <Card title={id ? t('challengeForm.editTitle') : t('challengeForm.newTitle')}>
      {challenge?.status === 'REJECTED' && challenge.statusReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('challengeForm.rejectedBecause', { reason: challenge.statusReason })} />
      )}
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problem} data-testid="form-error" />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        scrollToFirstError
        initialValues={{
          confidentiality: 'PUBLIC',
          targetTrl: 6,
          indicators: [{ name: '', target: '', unit: '' }],
          keywords: [],
          organizationId: enterprises[0]?.id,
          criteria: DEFAULT_CRITERIA,
        }}
      >
        {!id && enterprises.length > 1 && (
          <Form.Item name="organizationId" label={t('challengeForm.organization')} rules={[required(t('challengeForm.organization'))]}>
            <Select options={enterprises.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('challengeForm.title')} rules={[required(t('challengeForm.title')), { min: 4, max: 60, message: t('challengeForm.titleLength') }]}>
          <Input placeholder={t('challengeForm.titlePlaceholder')} showCount maxLength={60} />
        </Form.Item>
        <Form.Item name="summary" label={t('challengeForm.summary')} extra={t('challengeForm.summaryHint')} rules={[required(t('challengeForm.summary')), { min: 10, max: 500, message: t('challengeForm.summaryLength') }]}>
          <Input.TextArea rows={2} showCount maxLength={500} />
        </Form.Item>
        <Form.Item name="statement" label={t('challengeForm.statement')} extra={t('challengeForm.statementHint')} rules={[required(t('challengeForm.statement')), { min: 20, message: t('challengeForm.statementLength') }]}>
          <Input.TextArea rows={6} />
        </Form.Item>

        <Typography.Text strong>{t('challengeForm.indicators')}</Typography.Text>
        <Form.List name="indicators">
          {(items, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {items.map(({ key, name }) => (
                <Space key={key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[name, 'name']} rules={[required(t('challengeForm.indicatorName'))]}>
                    <Input placeholder={t('challengeForm.indicatorName')} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'target']} rules={[required(t('challengeForm.indicatorTarget'))]}>
                    <Input placeholder={t('challengeForm.indicatorTarget')} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'unit']}>
                    <Input placeholder={t('challengeForm.indicatorUnit')} style={{ width: 100 }} />
                  </Form.Item>
                  {items.length > 1 && <MinusCircleOutlined onClick={() => remove(name)} aria-label={t('common.remove')} />}
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ name: '', target: '', unit: '' })} icon={<PlusOutlined />}>
                {t('challengeForm.addIndicator')}
              </Button>
            </div>
          )}
        </Form.List>

        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="bountyWan" label={t('challengeForm.bounty')} rules={[required(t('challengeForm.bounty')), { type: 'number', min: 0.01, message: t('challengeForm.bountyPositive') }]}>
              <InputNumber style={{ width: '100%' }} min={0} step={10} precision={2} suffix={t('challengeForm.wan')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="deadline" label={t('challengeForm.deadline')} rules={[required(t('challengeForm.deadline'))]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="targetTrl" label={t('challengeForm.targetTrl')} rules={[required(t('challengeForm.targetTrl'))]}>
              <Select options={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: n, label: `TRL ${n} · ${t(`trl.l${n}` as 'trl.l1')}` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fieldCode" label={t('challengeForm.field')} rules={[required(t('challengeForm.field'))]}>
              <TreeSelect treeData={fieldTree} showSearch treeNodeFilterProp="title" placeholder={t('challengeForm.fieldPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regionCode" label={t('challengeForm.region')} rules={[required(t('challengeForm.region'))]}>
              <Select showSearch optionFilterProp="label" options={regions.map((r) => ({ value: r.code, label: r.name }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="keywords" label={t('challengeForm.keywords')} extra={t('challengeForm.keywordsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} />
        </Form.Item>
        <Form.Item name="confidentiality" label={t('challengeForm.confidentiality')}>
          <Radio.Group
            options={[
              { value: 'PUBLIC', label: t('challengeForm.public') },
              { value: 'NDA', label: t('challengeForm.nda') },
            ]}
          />
        </Form.Item>
        <Form.Item name="ipTerms" label={t('challengeForm.ipTerms')} rules={[required(t('challengeForm.ipTerms'))]}>
          <Input.TextArea rows={2} placeholder={t('challengeForm.ipTermsPlaceholder')} />
        </Form.Item>
        <CriteriaEditor />
        <Typography.Text strong>{t('challengeForm.contact')}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Col xs={24} md={8}>
            <Form.Item name={['contact', 'name']} label={t('challengeForm.contactName')} rules={[required(t('challengeForm.contactName'))]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['contact', 'phone']} label={t('challengeForm.contactPhone')} rules={[required(t('challengeForm.contactPhone'))]}>
              <Input placeholder="0532-88886666" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['contact', 'email']} label={t('challengeForm.contactEmail')} rules={[required(t('challengeForm.contactEmail')), { type: 'email', message: t('auth.emailInvalid') }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button onClick={() => save(false)} loading={busy} data-testid="save-draft">
            {t('challengeForm.saveDraft')}
          </Button>
          <Button type="primary" onClick={() => save(true)} loading={busy} data-testid="save-submit">
            {t('challengeForm.saveAndSubmit')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
