import { Alert, Badge, Button, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ViewerDocument } from '../../auth/session';
import { EmptyState } from '../../components/EmptyState';
import { formatDateTime } from '../../lib/format';
import { serverError } from '../../lib/server-errors';

const NotificationsDocument = graphql(`
  query Notifications($unreadOnly: Boolean!) {
    notifications(first: 100, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        node {
          id
          kind
          title
          body
          read
          createdAt
          contractId
          challenge {
            id
            title
          }
        }
      }
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** 消息: review results, bids received, review tasks, outcomes, reminders; opening one marks it read. */
export default function InboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('filter') === 'unread';
  const { data, loading, error } = useQuery(NotificationsDocument, { variables: { unreadOnly }, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkReadDocument, { refetchQueries: [NotificationsDocument, ViewerDocument] });
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const unread = items.filter((n) => !n.read);

  return (
    <Card
      title={t('inbox.title')}
      extra={
        <Space>
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) => setParams(value === 'unread' ? { filter: 'unread' } : {})}
            options={[
              { value: 'all', label: t('inbox.all') },
              { value: 'unread', label: t('inbox.unread') },
            ]}
          />
          <Button disabled={!unread.length} onClick={() => markRead({ variables: {} })}>
            {t('inbox.markAllRead')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={serverError(error).message} />}
      <List
        loading={loading && !data}
        dataSource={items}
        data-testid="inbox"
        locale={{ emptyText: <EmptyState title={unreadOnly ? t('inbox.noUnread') : t('inbox.empty')} hint={t('inbox.emptyHint')} /> }}
        renderItem={(n) => (
          <List.Item
            onClick={() => !n.read && markRead({ variables: { ids: [n.id] } })}
            style={{ cursor: n.read ? 'default' : 'pointer' }}
            data-testid="notification"
          >
            <List.Item.Meta
              avatar={<Badge dot={!n.read} />}
              title={
                <Space wrap>
                  <Tag>{t(`inbox.kinds.${n.kind}`)}</Tag>
                  <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>{n.body}</Typography.Paragraph>
                  <Typography.Text type="secondary">
                    {formatDateTime(n.createdAt)}
                    {n.challenge && (
                      <>
                        {' · '}
                        <Link to={`/challenges/${n.challenge.id}`}>{n.challenge.title}</Link>
                      </>
                    )}
                    {n.contractId && (
                      <>
                        {' · '}
                        <Link to={`/contracts/${n.contractId}`}>{t('inbox.openContract')}</Link>
                      </>
                    )}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
