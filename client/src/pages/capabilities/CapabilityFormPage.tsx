import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select, Space, Spin, TreeSelect, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CapabilityKind, CapabilityVisibility, CooperationMode, PatentStatus } from '../../gql/graphql';
import { useSession } from '../../auth/session';
import { useReferenceData } from '../../lib/reference-data';
import { applyServerErrors } from '../../lib/server-errors';
import { MyCapabilitiesDocument } from './MyCapabilitiesPage';

const EditCapabilityDocument = graphql(`
  query EditCapability($id: ID!) {
    capability(id: $id) {
      id
      title
      summary
      kind
      trl
      keywords
      facilities
      visibility
      cooperationModes
      fieldCodes
      teamLead {
        name
        title
      }
      teamMembers {
        name
        title
      }
      patents {
        number
        title
        status
      }
    }
  }
`);

const CreateCapabilityDocument = graphql(`
  mutation CreateCapability($input: CreateCapabilityInput!) {
    createCapability(input: $input) {
      id
    }
  }
`);

const UpdateCapabilityDocument = graphql(`
  mutation UpdateCapability($id: ID!, $input: UpdateCapabilityInput!) {
    updateCapability(id: $id, input: $input) {
      id
      updatedAt
    }
  }
`);

const KINDS: CapabilityKind[] = ['PATENT', 'PAPER', 'PROTOTYPE', 'SOFTWARE', 'PROCESS', 'EQUIPMENT', 'SERVICE'];
const MODES: CooperationMode[] = ['LICENCE', 'TRANSFER', 'JOINT_DEVELOPMENT', 'CONSULTING'];
const VISIBILITIES: CapabilityVisibility[] = ['PUBLIC', 'SIGNED_IN', 'PRIVATE'];
const PATENT_STATUSES: PatentStatus[] = ['GRANTED', 'FILED', 'EXPIRED'];

interface FormValues {
  title: string;
  summary: string;
  kind: CapabilityKind;
  trl: number;
  fieldCodes: string[];
  keywords: string[];
  cooperationModes: CooperationMode[];
  facilities: string;
  visibility: CapabilityVisibility;
  teamLead: { name: string; title: string };
  teamMembers: { name: string; title: string }[];
  patents: { number: string; title: string; status: PatentStatus }[];
}

/** Publish or revise a capability (能力/成果): what the matching reads to recommend challenges. */
export default function CapabilityFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const { organizations } = useSession();
  const { fieldTree } = useReferenceData();
  const [problem, setProblem] = useState<string | null>(null);
  const existing = useQuery(EditCapabilityDocument, { variables: { id: id! }, skip: !id, fetchPolicy: 'network-only' });
  const refetch = { refetchQueries: [MyCapabilitiesDocument] };
  const [create, creating] = useMutation(CreateCapabilityDocument, refetch);
  const [update, updating] = useMutation(UpdateCapabilityDocument, refetch);
  const capability = existing.data?.capability;

  useEffect(() => {
    if (capability) form.setFieldsValue({ ...capability });
  }, [capability, form]);

  if (id && existing.loading) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });

  const onFinish = async (values: FormValues) => {
    setProblem(null);
    const input = {
      ...values,
      keywords: values.keywords ?? [],
      facilities: values.facilities ?? '',
      teamMembers: values.teamMembers ?? [],
      patents: values.patents ?? [],
      teamLead: { name: values.teamLead.name, title: values.teamLead.title ?? '' },
    };
    try {
      if (id) {
        await update({ variables: { id, input } });
        message.success(t('common.saved'));
        navigate(`/capabilities/${id}`);
      } else {
        const { data } = await create({ variables: { input: { ...input, organizationId: organizations(['INSTITUTE', 'UNIVERSITY'])[0]?.id } } });
        message.success(t('capability.published'));
        navigate(`/capabilities/${data!.createCapability.id}`);
      }
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  };

  return (
    <Card title={id ? t('capability.editTitle') : t('capability.newTitle')} extra={<Link to="/my/capabilities">{t('common.back')}</Link>}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        scrollToFirstError
        initialValues={{ kind: 'PROTOTYPE', trl: 5, cooperationModes: ['JOINT_DEVELOPMENT'], visibility: 'PUBLIC', keywords: [], teamMembers: [], patents: [] }}
      >
        <Form.Item name="title" label={t('capability.title')} rules={[required(t('capability.title')), { min: 2, max: 100, message: t('capability.titleLength') }]}>
          <Input showCount maxLength={100} />
        </Form.Item>
        <Form.Item name="summary" label={t('capability.summary')} extra={t('capability.summaryHint')} rules={[required(t('capability.summary')), { min: 10, message: t('capability.summaryLength') }]}>
          <Input.TextArea rows={5} showCount maxLength={5000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('capability.kind')} rules={[{ required: true }]}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`capability.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="trl" label={t('capability.trl')} rules={[{ required: true }]}>
              <Select options={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: n, label: `TRL ${n} · ${t(`trl.l${n}` as 'trl.l1')}` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="visibility" label={t('capability.visibility')}>
              <Radio.Group options={VISIBILITIES.map((v) => ({ value: v, label: t(`capability.visibilities.${v}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="fieldCodes"
          label={t('hall.field')}
          rules={[{ required: true, message: t('capability.fieldsRequired') }, { type: 'array', max: 5, message: t('capability.fieldsMax') }]}
        >
          <TreeSelect treeData={fieldTree} multiple showSearch treeNodeFilterProp="title" />
        </Form.Item>
        <Form.Item name="keywords" label={t('challengeForm.keywords')} extra={t('challengeForm.keywordsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} />
        </Form.Item>
        <Form.Item name="cooperationModes" label={t('capability.cooperation')} rules={[{ required: true, message: t('capability.modesRequired') }]}>
          <Checkbox.Group options={MODES.map((m) => ({ value: m, label: t(`capability.modes.${m}`) }))} />
        </Form.Item>
        <Form.Item name="facilities" label={t('capability.facilities')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Typography.Text strong>{t('capability.teamLead')}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Col xs={24} md={12}>
            <Form.Item name={['teamLead', 'name']} label={t('bidForm.memberName')} rules={[required(t('bidForm.memberName'))]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['teamLead', 'title']} label={t('bidForm.memberTitle')}>
              <Input placeholder={t('bidForm.memberTitlePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('capability.patents')}</Typography.Text>
        <Form.List name="patents">
          {(items, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {items.map(({ key, name }) => (
                <Space key={key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[name, 'number']} rules={[required(t('capability.patentNumber'))]}>
                    <Input placeholder="ZL202110123456.7" style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'title']} rules={[required(t('capability.patentTitle'))]}>
                    <Input placeholder={t('capability.patentTitle')} style={{ width: 320 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'status']} rules={[{ required: true }]}>
                    <Select style={{ width: 120 }} options={PATENT_STATUSES.map((s) => ({ value: s, label: t(`capability.patentStatuses.${s}`) }))} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(name)} aria-label={t('common.remove')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ number: '', title: '', status: 'GRANTED' })} data-testid="add-patent">
                {t('capability.addPatent')}
              </Button>
            </div>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={creating.loading || updating.loading} data-testid="capability-submit">
          {id ? t('common.save') : t('capability.publish')}
        </Button>
      </Form>
    </Card>
  );
}
