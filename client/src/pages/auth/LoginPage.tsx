import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useSession } from '../../auth/session';
import { applyServerErrors } from '../../lib/server-errors';

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);

export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ email: string; password: string }>();
  const [login, { loading }] = useMutation(LoginDocument);
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [problem, setProblem] = useState<string | null>(null);

  const onFinish = async (values: { email: string; password: string }) => {
    setProblem(null);
    try {
      const { data } = await login({ variables: { input: { email: values.email.trim(), password: values.password } } });
      await signIn(data!.login.token);
      navigate(params.get('next') ?? '/hall', { replace: true });
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  };

  return (
    <Card style={{ maxWidth: 420, margin: '48px auto' }} title={t('auth.signInTitle')}>
      {params.get('expired') && <Alert type="warning" showIcon title={t('auth.expired')} style={{ marginBottom: 16 }} />}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[
            { required: true, message: t('auth.emailRequired') },
            { type: 'email', message: t('auth.emailInvalid') },
          ]}
        >
          <Input autoComplete="username" placeholder="name@example.com" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
          {t('auth.signIn')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t('auth.noAccount')} <Link to="/register">{t('auth.registerOrganization')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('auth.demoHint')}
      </Typography.Paragraph>
    </Card>
  );
}
