import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession, type Roles } from '../auth/session';

/** Signed-in users only (and, with a role, only that role); the server enforces the same on every operation. */
export function RequireRole({ role, children }: { role?: keyof Roles; children: ReactNode }) {
  const { viewer, roles, loading } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (!viewer) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (role && !roles[role]) {
    return <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('common.forbiddenHint', { role: t(`roles.${role}`) })} />;
  }
  return <>{children}</>;
}
