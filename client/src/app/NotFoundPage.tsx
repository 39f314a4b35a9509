import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('common.notFoundTitle')}
      subTitle={t('common.notFoundHint')}
      extra={<Link to="/hall"><Button type="primary">{t('nav.hall')}</Button></Link>}
    />
  );
}
