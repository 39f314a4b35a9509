import { Badge, Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { BellOutlined, GlobalOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { setLanguage } from '../i18n';
import { navItems } from './nav';

const { Header, Content, Footer } = Layout;

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { viewer, roles, unread, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const items = navItems(roles, !!viewer).map((item) => ({ key: item.path, label: <Link to={item.path}>{t(item.label)}</Link> }));
  const selected = items.map((i) => i.key).filter((key) => location.pathname.startsWith(key)).sort((a, b) => b.length - a.length)[0];
  const organization = viewer?.memberships[0]?.organization.name;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#fff', borderBottom: '3px solid #c8161d', paddingInline: 24 }}>
        <Link to="/hall" style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text strong style={{ fontSize: 20, color: '#c8161d' }}>
            {t('app.name')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {t('app.tagline')}
          </Typography.Text>
        </Link>
        <Menu mode="horizontal" selectedKeys={selected ? [selected] : []} items={items} style={{ flex: 1, minWidth: 0, borderBottom: 'none' }} />
        <Space size="middle">
          <Button
            type="text"
            icon={<GlobalOutlined />}
            onClick={() => setLanguage(i18n.language.startsWith('zh') ? 'en' : 'zh-CN')}
            data-testid="language-toggle"
          >
            {i18n.language.startsWith('zh') ? 'English' : '中文'}
          </Button>
          {viewer ? (
            <>
              <Link to="/notifications" aria-label={t('nav.notifications')}>
                <Badge count={unread} size="small">
                  <BellOutlined style={{ fontSize: 18 }} />
                </Badge>
              </Link>
              <Dropdown
                menu={{
                  items: [
                    { key: 'org', label: organization ?? t('roles.personal'), disabled: true },
                    { type: 'divider' },
                    { key: 'logout', label: t('auth.signOut') },
                  ],
                  onClick: async ({ key }) => {
                    if (key === 'logout') {
                      await signOut();
                      navigate('/login');
                    }
                  },
                }}
              >
                <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                  {viewer.displayName}
                </Button>
              </Dropdown>
            </>
          ) : (
            <>
              <Link to="/login"><Button type="primary">{t('auth.signIn')}</Button></Link>
              <Link to="/register"><Button>{t('auth.register')}</Button></Link>
            </>
          )}
        </Space>
      </Header>
      <Content style={{ padding: '24px', maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Content>
      <Footer style={{ textAlign: 'center', color: '#888' }}>{t('app.footer')}</Footer>
    </Layout>
  );
}
