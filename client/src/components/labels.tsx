import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChallengeStatus } from '../gql/graphql';

const STATUS_COLORS: Record<ChallengeStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  REJECTED: 'error',
  PUBLISHED: 'success',
  EVALUATING: 'warning',
  AWARDED: 'magenta',
  NO_WINNER: 'default',
  CONTRACTED: 'purple',
  COMPLETED: 'cyan',
  CANCELLED: 'default',
};

export function StatusTag({ status }: { status: ChallengeStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
