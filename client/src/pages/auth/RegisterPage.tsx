import { useState } from 'react';
import { Alert, App, Button, Card, Col, Divider, Form, Input, Row, Select, Steps, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { OrganizationKind } from '../../gql/graphql';
import { useSession } from '../../auth/session';
import { tokenStore } from '../../auth/token-store';
import { useReferenceData } from '../../lib/reference-data';
import { applyServerErrors } from '../../lib/server-errors';

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      token
    }
  }
`);

const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      kind
    }
  }
`);

interface FormValues {
  displayName: string;
  email: string;
  password: string;
  confirm: string;
  organization: { kind: OrganizationKind; name: string; creditCode: string; regionCode: string; description?: string };
}

const KINDS: OrganizationKind[] = ['ENTERPRISE', 'INSTITUTE', 'UNIVERSITY', 'BROKERAGE'];

/** 注册机构: an account, then its organization (the account becomes its administrator). */
export default function RegisterPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const { viewer, signIn } = useSession();
  const { regions } = useReferenceData();
  const [problem, setProblem] = useState<string | null>(null);
  // Once the account exists (or the visitor is already signed in), only the organization is left to create.
  const [accountDone, setAccountDone] = useState(!!viewer);
  const [register, registering] = useMutation(RegisterDocument);
  const [createOrganization, creating] = useMutation(CreateOrganizationDocument);

  const onFinish = async (values: FormValues) => {
    setProblem(null);
    try {
      if (!accountDone) {
        const { data } = await register({
          variables: { input: { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password } },
        });
        await signIn(data!.register.token);
        setAccountDone(true);
      }
    } catch (error) {
      setProblem(applyServerErrors(form, error));
      return;
    }
    try {
      const { organization } = values;
      await createOrganization({
        variables: {
          input: { ...organization, name: organization.name.trim(), creditCode: organization.creditCode.trim(), description: organization.description ?? '' },
        },
      });
      // A fresh session load: the viewer's memberships now include the new organization.
      await signIn(tokenStore.get()!);
      message.success(t('register.done'));
      navigate(organization.kind === 'ENTERPRISE' ? '/my/challenges' : organization.kind === 'BROKERAGE' ? '/hall' : '/my/capabilities');
    } catch (error) {
      // The server names fields of the input ("creditCode"); the form keeps them under "organization".
      setProblem(applyServerErrors(form, error, { creditCode: 'organization.creditCode', name: 'organization.name', regionCode: 'organization.regionCode', description: 'organization.description' }));
    }
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
  return (
    <Card style={{ maxWidth: 760, margin: '24px auto' }} title={t('register.title')}>
      <Steps size="small" current={accountDone ? 1 : 0} style={{ marginBottom: 24 }} items={[{ title: t('register.stepAccount') }, { title: t('register.stepOrganization') }]} />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<FormValues> form={form} layout="vertical" onFinish={onFinish} scrollToFirstError initialValues={{ organization: { kind: 'ENTERPRISE', regionCode: '370212' } }}>
        {!accountDone && (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="displayName" label={t('register.displayName')} rules={[required(t('register.displayName'))]}>
                <Input placeholder={t('register.displayNamePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, message: t('auth.emailRequired') }, { type: 'email', message: t('auth.emailInvalid') }]}>
                <Input autoComplete="username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="password"
                label={t('auth.password')}
                extra={t('register.passwordHint')}
                rules={[{ required: true, message: t('auth.passwordRequired') }, { min: 10, message: t('register.passwordLength') }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="confirm"
                label={t('register.confirm')}
                dependencies={['password']}
                rules={[
                  { required: true, message: t('register.confirmRequired') },
                  ({ getFieldValue }) => ({
                    validator: (_, value) => (!value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('register.mismatch')))),
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
          </Row>
        )}
        {accountDone && <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('register.accountReady', { name: viewer?.displayName ?? '' })} />}
        <Divider titlePlacement="start">{t('register.organization')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['organization', 'kind']} label={t('register.kind')} rules={[{ required: true }]}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`register.kinds.${k}` as 'register.kinds.ENTERPRISE') }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['organization', 'regionCode']} label={t('register.region')} rules={[{ required: true, message: t('common.required', { field: t('register.region') }) }]}>
              <Select showSearch optionFilterProp="label" options={regions.map((r) => ({ value: r.code, label: r.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['organization', 'name']} label={t('register.orgName')} rules={[required(t('register.orgName'))]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['organization', 'creditCode']}
              label={t('register.creditCode')}
              extra={t('register.creditCodeHint')}
              rules={[required(t('register.creditCode'))]}
            >
              <Input placeholder={t('register.creditCodePlaceholder')} maxLength={24} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['organization', 'description']} label={t('register.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={registering.loading || creating.loading} data-testid="register-submit">
          {accountDone ? t('register.createOrganization') : t('register.submit')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t('register.haveAccount')} <Link to="/login">{t('auth.signIn')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
