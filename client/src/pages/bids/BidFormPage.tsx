import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Space, Spin, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useSession } from '../../auth/session';
import { formatDate, formatMoney, wanToYuan, yuanToWan } from '../../lib/format';
import { applyServerErrors, serverError } from '../../lib/server-errors';
import { ChallengeDetailDocument } from '../challenges/ChallengeDetailPage';

const BidFormChallengeDocument = graphql(`
  query BidFormChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      status
      bounty
      deadline
      detailsVisible
      myBid {
        id
        status
        approach
        price
        durationMonths
        teamLead {
          name
          title
          role
        }
        teamMembers {
          name
          title
          role
        }
        milestones {
          title
          month
          deliverable
        }
      }
    }
  }
`);

const SubmitBidDocument = graphql(`
  mutation SubmitBid($input: SubmitBidInput!) {
    submitBid(input: $input) {
      id
      status
    }
  }
`);

const UpdateBidDocument = graphql(`
  mutation UpdateBid($id: ID!, $input: BidContentInput!) {
    updateBid(id: $id, input: $input) {
      id
      status
      updatedAt
    }
  }
`);

interface Member {
  name: string;
  title: string;
  role: string;
}
interface FormValues {
  approach: string;
  priceWan: number;
  durationMonths: number;
  teamLead: Member;
  teamMembers: Member[];
  milestones: { title: string; month: number; deliverable: string }[];
}

/** 揭榜方案: write the proposal, or revise it until the deadline. */
export default function BidFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const { organizations } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const { data, loading, error } = useQuery(BidFormChallengeDocument, { variables: { id: id! }, fetchPolicy: 'network-only' });
  const refetch = { refetchQueries: [ChallengeDetailDocument] };
  const [submitBid, submitting] = useMutation(SubmitBidDocument, refetch);
  const [updateBid, updating] = useMutation(UpdateBidDocument, refetch);
  const challenge = data?.challenge;
  const existing = challenge?.myBid?.status === 'SUBMITTED' ? challenge.myBid : null;

  useEffect(() => {
    if (!existing) return;
    form.setFieldsValue({
      approach: existing.approach,
      priceWan: Number(yuanToWan(existing.price)),
      durationMonths: existing.durationMonths,
      teamLead: existing.teamLead,
      teamMembers: existing.teamMembers,
      milestones: existing.milestones,
    });
  }, [existing, form]);

  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (error) return <Alert type="error" showIcon title={serverError(error).message} />;
  if (!challenge) return <Alert type="warning" showIcon title={t('detail.notFound')} />;

  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
  const onFinish = async (values: FormValues) => {
    setProblem(null);
    const content = {
      approach: values.approach.trim(),
      price: wanToYuan(values.priceWan),
      durationMonths: values.durationMonths,
      teamLead: values.teamLead,
      teamMembers: values.teamMembers ?? [],
      milestones: values.milestones ?? [],
    };
    try {
      if (existing) {
        await updateBid({ variables: { id: existing.id, input: content } });
        message.success(t('bidForm.updated'));
      } else {
        await submitBid({ variables: { input: { ...content, challengeId: challenge.id, organizationId: organizations(['INSTITUTE', 'UNIVERSITY'])[0]?.id } } });
        message.success(t('bidForm.submitted'));
      }
      navigate(`/challenges/${challenge.id}`);
    } catch (e) {
      setProblem(applyServerErrors(form, e, { price: 'priceWan' }));
    }
  };

  return (
    <Card
      title={existing ? t('bidForm.editTitle') : t('bidForm.newTitle')}
      extra={<Link to={`/challenges/${challenge.id}`}>{t('common.back')}</Link>}
    >
      <Typography.Paragraph>
        <Typography.Text strong>{challenge.title}</Typography.Text>　{t('challenge.bounty')} {formatMoney(challenge.bounty)}　
        {t('challenge.deadline')} {formatDate(challenge.deadline)}
      </Typography.Paragraph>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('bidForm.sealed')} />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        scrollToFirstError
        initialValues={{ teamMembers: [], milestones: [{ title: '', month: 6, deliverable: '' }], durationMonths: 12 }}
      >
        <Form.Item name="approach" label={t('bid.approach')} extra={t('bidForm.approachHint')} rules={[required(t('bid.approach')), { min: 50, message: t('bidForm.approachLength') }]}>
          <Input.TextArea rows={8} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="priceWan" label={t('bidForm.price')} rules={[{ required: true, message: t('common.required', { field: t('bidForm.price') }) }]}>
              <InputNumber style={{ width: '100%' }} min={0} precision={2} suffix={t('challengeForm.wan')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="durationMonths" label={t('bidForm.duration')} rules={[{ required: true, message: t('common.required', { field: t('bidForm.duration') }) }]}>
              <InputNumber style={{ width: '100%' }} min={1} max={120} precision={0} suffix={t('bidForm.monthUnit')} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('bid.teamLead')}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Col xs={24} md={8}>
            <Form.Item name={['teamLead', 'name']} label={t('bidForm.memberName')} rules={[required(t('bidForm.memberName'))]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['teamLead', 'title']} label={t('bidForm.memberTitle')} rules={[required(t('bidForm.memberTitle'))]}>
              <Input placeholder={t('bidForm.memberTitlePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['teamLead', 'role']} label={t('bidForm.memberRole')} rules={[required(t('bidForm.memberRole'))]}>
              <Input placeholder={t('bidForm.leadRolePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('bidForm.teamMembers')}</Typography.Text>
        <Form.List name="teamMembers">
          {(items, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {items.map(({ key, name }) => (
                <Space key={key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[name, 'name']} rules={[required(t('bidForm.memberName'))]}>
                    <Input placeholder={t('bidForm.memberName')} />
                  </Form.Item>
                  <Form.Item name={[name, 'title']} rules={[required(t('bidForm.memberTitle'))]}>
                    <Input placeholder={t('bidForm.memberTitle')} />
                  </Form.Item>
                  <Form.Item name={[name, 'role']} rules={[required(t('bidForm.memberRole'))]}>
                    <Input placeholder={t('bidForm.memberRole')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(name)} aria-label={t('common.remove')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', title: '', role: '' })}>
                {t('bidForm.addMember')}
              </Button>
            </div>
          )}
        </Form.List>
        <Typography.Text strong>{t('bid.milestones')}</Typography.Text>
        <Form.List name="milestones">
          {(items, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {items.map(({ key, name }) => (
                <Space key={key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[name, 'month']} rules={[{ required: true, message: t('common.required', { field: t('bidForm.milestoneMonth') }) }]}>
                    <InputNumber min={1} max={120} precision={0} placeholder={t('bidForm.milestoneMonth')} suffix={t('bidForm.monthUnit')} />
                  </Form.Item>
                  <Form.Item name={[name, 'title']} rules={[required(t('bidForm.milestoneTitle'))]}>
                    <Input placeholder={t('bidForm.milestoneTitle')} />
                  </Form.Item>
                  <Form.Item name={[name, 'deliverable']} rules={[required(t('bidForm.deliverable'))]}>
                    <Input placeholder={t('bidForm.deliverable')} style={{ width: 260 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(name)} aria-label={t('common.remove')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', month: 12, deliverable: '' })}>
                {t('bidForm.addMilestone')}
              </Button>
            </div>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={submitting.loading || updating.loading} data-testid="bid-submit">
          {existing ? t('bidForm.saveChanges') : t('bidForm.submit')}
        </Button>
      </Form>
    </Card>
  );
}
