import { Alert, Card, Descriptions, Result, Space, Spin, Table, Tag, Typography, Button } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useSession } from '../../auth/session';
import { useReferenceData } from '../../lib/reference-data';
import { formatDate } from '../../lib/format';
import { serverError } from '../../lib/server-errors';

const CapabilityDetailDocument = graphql(`
  query CapabilityDetail($id: ID!) {
    capability(id: $id) {
      id
      title
      summary
      kind
      trl
      keywords
      facilities
      visibility
      cooperationModes
      regionCode
      updatedAt
      organization {
        id
        name
      }
      fields {
        code
        name
      }
      teamLead {
        name
        title
      }
      teamMembers {
        name
        title
      }
      patents {
        number
        title
        status
      }
    }
  }
`);

export default function CapabilityDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { regionName } = useReferenceData();
  const { data, loading, error } = useQuery(CapabilityDetailDocument, { variables: { id: id! } });
  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (error) return <Alert type="error" showIcon title={serverError(error).message} />;
  const capability = data?.capability;
  if (!capability) {
    return <Result status="404" title={t('capability.notFound')} subTitle={viewer ? t('detail.notFoundHint') : t('detail.notFoundSignIn')} />;
  }
  const mine = viewer?.memberships.some((m) => m.organization.id === capability.organization.id);
  return (
    <Card
      extra={
        mine && (
          <Space>
            <Link to={`/recommendations?capability=${capability.id}`}>{t('capability.fittingChallenges')}</Link>
            <Link to={`/my/capabilities/${capability.id}/edit`}>
              <Button>{t('common.edit')}</Button>
            </Link>
          </Space>
        )
      }
      title={
        <Space>
          <Tag color="blue">{t(`capability.kinds.${capability.kind}`)}</Tag>
          {capability.title}
        </Space>
      }
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{capability.summary}</Typography.Paragraph>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('capability.organization')}>{capability.organization.name}</Descriptions.Item>
        <Descriptions.Item label={t('detail.region')}>{regionName(capability.regionCode)}</Descriptions.Item>
        <Descriptions.Item label={t('hall.field')}>{capability.fields.map((f) => f.name).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('capability.trl')}>TRL {capability.trl}</Descriptions.Item>
        <Descriptions.Item label={t('capability.cooperation')}>{capability.cooperationModes.map((m) => t(`capability.modes.${m}`)).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('capability.teamLead')}>
          {capability.teamLead.name} {capability.teamLead.title}
          {capability.teamMembers.length > 0 && `；${capability.teamMembers.map((m) => `${m.name} ${m.title}`).join('、')}`}
        </Descriptions.Item>
        {capability.facilities && <Descriptions.Item label={t('capability.facilities')} span={2}>{capability.facilities}</Descriptions.Item>}
        <Descriptions.Item label={t('challengeForm.keywords')} span={2}>
          {capability.keywords.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('capability.updatedAt')}>{formatDate(capability.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('capability.visibility')}>{t(`capability.visibilities.${capability.visibility}`)}</Descriptions.Item>
      </Descriptions>
      {capability.patents.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('capability.patents')}
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="number"
            dataSource={capability.patents}
            columns={[
              { title: t('capability.patentNumber'), dataIndex: 'number' },
              { title: t('capability.patentTitle'), dataIndex: 'title' },
              { title: t('capability.patentStatus'), render: (_, p) => t(`capability.patentStatuses.${p.status}`) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
