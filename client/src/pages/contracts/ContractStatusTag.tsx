import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractStatus } from '../../gql/graphql';

const COLORS: Record<ContractStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  REJECTED: 'error',
  REGISTERED: 'success',
  CHANGE_SUBMITTED: 'warning',
  TERMINATION_SUBMITTED: 'warning',
  TERMINATED: 'default',
};

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="contract-status" data-status={status}>
      {t(`contractStatus.${status}`)}
    </Tag>
  );
}
