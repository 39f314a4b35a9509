import { App } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ReasonButton } from '../../components/ReasonButton';

const CancelChallengeDocument = graphql(`
  mutation CancelChallenge($input: ReasonInput!) {
    cancelChallenge(input: $input) {
      id
      status
      statusReason
    }
  }
`);

export function CancelChallengeButton({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [cancel] = useMutation(CancelChallengeDocument);
  return (
    <ReasonButton
      danger
      label={t('detail.cancel')}
      title={t('detail.cancelTitle')}
      reasonLabel={t('detail.cancelReason')}
      onSubmit={async (reason) => {
        await cancel({ variables: { input: { challengeId, reason } } });
        message.success(t('detail.cancelled'));
      }}
    />
  );
}
