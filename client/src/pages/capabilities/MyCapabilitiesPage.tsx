import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { serverError } from '../../lib/server-errors';

export const MyCapabilitiesDocument = graphql(`
  query MyCapabilities {
    myCapabilities(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          kind
          trl
          visibility
          updatedAt
          fields {
            name
          }
        }
      }
    }
  }
`);

const DeleteCapabilityDocument = graphql(`
  mutation DeleteCapability($id: ID!) {
    deleteCapability(id: $id)
  }
`);

/** 能力管理: the institute's capabilities and achievements, whatever their visibility. */
export default function MyCapabilitiesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(MyCapabilitiesDocument, { fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(DeleteCapabilityDocument, { refetchQueries: [MyCapabilitiesDocument] });
  const rows = data?.myCapabilities.edges.map((e) => e.node) ?? [];
  const addButton = (
    <Link to="/my/capabilities/new">
      <Button type="primary" icon={<PlusOutlined />}>
        {t('capability.new')}
      </Button>
    </Link>
  );
  return (
    <Card title={t('capability.mineTitle')} extra={addButton}>
      {error && <Alert type="error" showIcon title={serverError(error).message} />}
      <Table
        rowKey="id"
        loading={loading && !data}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <EmptyState title={t('capability.mineEmpty')} hint={t('capability.mineEmptyHint')} action={addButton} /> }}
        columns={[
          { title: t('capability.title'), render: (_, row) => <Link to={`/capabilities/${row.id}`}>{row.title}</Link> },
          { title: t('capability.kind'), render: (_, row) => t(`capability.kinds.${row.kind}`), width: 110 },
          { title: t('hall.field'), render: (_, row) => row.fields.map((f) => f.name).join('、') },
          { title: 'TRL', dataIndex: 'trl', width: 60 },
          { title: t('capability.visibility'), render: (_, row) => <Tag>{t(`capability.visibilities.${row.visibility}`)}</Tag>, width: 120 },
          { title: t('capability.updatedAt'), render: (_, row) => formatDate(row.updatedAt), width: 140 },
          {
            title: t('common.actions'),
            width: 140,
            render: (_, row) => (
              <Space>
                <Link to={`/my/capabilities/${row.id}/edit`}>{t('common.edit')}</Link>
                <Popconfirm
                  title={t('capability.deleteConfirm')}
                  onConfirm={async () => {
                    try {
                      await remove({ variables: { id: row.id } });
                      message.success(t('capability.deleted'));
                    } catch (e) {
                      message.error(serverError(e).message);
                    }
                  }}
                >
                  <a>{t('common.delete')}</a>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
