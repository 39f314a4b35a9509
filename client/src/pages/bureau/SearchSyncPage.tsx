import { Alert, Button, Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { serverError } from '../../lib/server-errors';

const SearchSyncStatusDocument = graphql(`
  query SearchSyncStatus {
    searchSyncStatus {
      pending
      failing
      oldestPendingAgeSeconds
      reindexing
      recentFailures {
        entityType
        entityId
        attempts
        lastError
        lastAttemptAt
        nextAttemptAt
      }
    }
  }
`);

/** 搜索同步: whether Meilisearch is in step with PostgreSQL (the outbox), refreshed every 10 s. */
export default function SearchSyncPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SearchSyncStatusDocument, { pollInterval: 10_000, fetchPolicy: 'network-only' });
  const status = data?.searchSyncStatus;
  const healthy = status && status.failing === 0 && !status.reindexing;
  return (
    <Card title={t('sync.title')} extra={<Button icon={<ReloadOutlined />} onClick={() => refetch()} loading={loading}>{t('sync.refresh')}</Button>}>
      {error && <Alert type="error" showIcon title={serverError(error).message} />}
      {status && (
        <>
          <Alert
            type={healthy ? (status.pending ? 'info' : 'success') : 'warning'}
            showIcon
            style={{ marginBottom: 16 }}
            title={status.reindexing ? t('sync.reindexing') : healthy ? (status.pending ? t('sync.catchingUp') : t('sync.inStep')) : t('sync.failing')}
            data-testid="sync-state"
          />
          <Row gutter={16} style={{ marginBottom: 24 }}>
            <Col span={8}>
              <Statistic title={t('sync.pending')} value={status.pending} />
            </Col>
            <Col span={8}>
              <Statistic title={t('sync.failingCount')} value={status.failing} styles={{ content: { color: status.failing ? '#cf1322' : undefined } }} />
            </Col>
            <Col span={8}>
              <Statistic
                title={t('sync.oldest')}
                value={status.oldestPendingAgeSeconds == null ? '—' : status.oldestPendingAgeSeconds.toFixed(1)}
                suffix={status.oldestPendingAgeSeconds == null ? undefined : t('sync.seconds')}
              />
            </Col>
          </Row>
          <Typography.Title level={5}>{t('sync.recentFailures')}</Typography.Title>
          <Table
            size="small"
            rowKey={(f) => `${f.entityType}:${f.entityId}`}
            dataSource={status.recentFailures}
            pagination={false}
            locale={{ emptyText: t('sync.noFailures') }}
            columns={[
              { title: t('sync.entity'), render: (_, f) => <Tag>{f.entityType === 'CHALLENGE' ? t('sync.challenge') : t('sync.capability')}</Tag> },
              { title: 'ID', dataIndex: 'entityId' },
              { title: t('sync.attempts'), dataIndex: 'attempts' },
              { title: t('sync.lastError'), dataIndex: 'lastError' },
              { title: t('sync.nextAttempt'), render: (_, f) => formatDateTime(f.nextAttemptAt) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
