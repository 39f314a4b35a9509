import { useState } from 'react';
import { App, Button, Card, List, Popconfirm, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ReasonButton } from '../../components/ReasonButton';
import { serverError } from '../../lib/server-errors';
import type { ChallengeDetail } from './ChallengeDetailPage';

export const PublishChallengeDocument = graphql(`
  mutation PublishChallenge($id: ID!) {
    publishChallenge(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const RejectChallengeDocument = graphql(`
  mutation RejectChallenge($input: ReasonInput!) {
    rejectChallenge(input: $input) {
      id
      status
      statusReason
    }
  }
`);

const ExpertsDocument = graphql(`
  query Experts {
    experts {
      id
      displayName
      email
    }
  }
`);

const AssignExpertsDocument = graphql(`
  mutation AssignExperts($input: AssignExpertsInput!) {
    assignExperts(input: $input) {
      id
      experts {
        id
        displayName
      }
    }
  }
`);

const UnassignExpertDocument = graphql(`
  mutation UnassignExpert($challengeId: ID!, $expertId: ID!) {
    unassignExpert(challengeId: $challengeId, expertId: $expertId) {
      id
      experts {
        id
        displayName
      }
    }
  }
`);

/** 科技局: publish or reject a submitted brief, and choose its reviewers. */
export function BureauPanel({ challenge }: { challenge: ChallengeDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [publish, publishing] = useMutation(PublishChallengeDocument);
  const [reject] = useMutation(RejectChallengeDocument);
  const [assign, assigning] = useMutation(AssignExpertsDocument);
  const [unassign] = useMutation(UnassignExpertDocument);
  const assignable = ['SUBMITTED', 'PUBLISHED', 'EVALUATING'].includes(challenge.status) && !challenge.reviewClosedAt;
  const experts = useQuery(ExpertsDocument, { skip: !assignable });
  const [chosen, setChosen] = useState<string[]>([]);
  const assigned = challenge.experts ?? [];

  return (
    <Card size="small" title={t('bureau.panelTitle')} style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {challenge.status === 'SUBMITTED' && (
          <>
            <Button
              type="primary"
              block
              loading={publishing.loading}
              data-testid="publish"
              onClick={async () => {
                try {
                  await publish({ variables: { id: challenge.id } });
                  message.success(t('bureau.published'));
                } catch (error) {
                  message.error(serverError(error).message);
                }
              }}
            >
              {t('bureau.publish')}
            </Button>
            <ReasonButton
              danger
              testId="reject"
              label={t('bureau.reject')}
              title={t('bureau.rejectTitle')}
              reasonLabel={t('bureau.rejectReason')}
              placeholder={t('bureau.rejectPlaceholder')}
              onSubmit={async (reason) => {
                await reject({ variables: { input: { challengeId: challenge.id, reason } } });
                message.success(t('bureau.rejected'));
              }}
            />
          </>
        )}
        <Typography.Text strong>{t('bureau.experts')}</Typography.Text>
        <List
          size="small"
          dataSource={assigned}
          locale={{ emptyText: t('bureau.noExperts') }}
          renderItem={(expert) => (
            <List.Item
              actions={
                assignable
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t('bureau.unassignConfirm')}
                        onConfirm={async () => {
                          try {
                            await unassign({ variables: { challengeId: challenge.id, expertId: expert.id } });
                          } catch (error) {
                            message.error(serverError(error).message);
                          }
                        }}
                      >
                        <a>{t('common.remove')}</a>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              {expert.displayName}
            </List.Item>
          )}
        />
        {assignable && (
          <Space.Compact style={{ width: '100%' }}>
            <Select
              mode="multiple"
              style={{ width: '100%' }}
              placeholder={t('bureau.chooseExperts')}
              value={chosen}
              onChange={setChosen}
              loading={experts.loading}
              optionFilterProp="label"
              data-testid="expert-select"
              options={(experts.data?.experts ?? [])
                .filter((e) => !assigned.some((a) => a.id === e.id))
                .map((e) => ({ value: e.id, label: `${e.displayName}${e.email ? ` (${e.email})` : ''}` }))}
            />
            <Button
              type="primary"
              disabled={!chosen.length}
              loading={assigning.loading}
              data-testid="assign-experts"
              onClick={async () => {
                try {
                  await assign({ variables: { input: { challengeId: challenge.id, expertIds: chosen } } });
                  setChosen([]);
                  message.success(t('bureau.assigned'));
                } catch (error) {
                  message.error(serverError(error).message);
                }
              }}
            >
              {t('bureau.assign')}
            </Button>
          </Space.Compact>
        )}
      </Space>
    </Card>
  );
}
