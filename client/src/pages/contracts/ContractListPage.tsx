import { useState } from 'react';
import { Button, Card, Col, List, Row, Space, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ContractStatus } from '../../gql/graphql';
import { EmptyState } from '../../components/EmptyState';
import { useSession } from '../../auth/session';
import { formatMoney } from '../../lib/format';
import { ContractTable } from './ContractTable';

/** Awarded challenges of the viewer's side (posted by its enterprise, or won by its institute) that have no contract yet. */
const AwardsToContractDocument = graphql(`
  query AwardsToContract($enterprise: Boolean!, $institute: Boolean!) {
    contracts(first: 100) {
      edges {
        node {
          id
          challenge {
            id
          }
        }
      }
    }
    myChallenges(first: 50, statuses: [AWARDED, CONTRACTED, COMPLETED]) @include(if: $enterprise) {
      edges {
        node {
          id
          title
          bounty
          ownerOrganization {
            name
          }
        }
      }
    }
    myBids(first: 100) @include(if: $institute) {
      edges {
        node {
          id
          outcome
          price
          challenge {
            id
            title
            status
            ownerOrganization {
              name
            }
          }
        }
      }
    }
  }
`);

const TABS: { key: string; statuses: ContractStatus[] | null }[] = [
  { key: 'all', statuses: null },
  { key: 'DRAFT', statuses: ['DRAFT', 'REJECTED'] },
  { key: 'SUBMITTED', statuses: ['SUBMITTED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED'] },
  { key: 'REGISTERED', statuses: ['REGISTERED'] },
  { key: 'TERMINATED', statuses: ['TERMINATED'] },
];

function AwardsToContract() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const { data } = useQuery(AwardsToContractDocument, { variables: { enterprise: roles.enterprise, institute: roles.institute }, skip: !roles.enterprise && !roles.institute });
  const contracted = new Set((data?.contracts.edges ?? []).map(({ node }) => node.challenge?.id).filter(Boolean));
  const items = [
    ...(data?.myChallenges?.edges ?? []).map(({ node }) => ({ id: node.id, title: node.title, owner: node.ownerOrganization.name, amount: node.bounty })),
    ...(data?.myBids?.edges ?? [])
      .filter(({ node }) => node.outcome === 'AWARDED')
      .map(({ node }) => ({ id: node.challenge.id, title: node.challenge.title, owner: node.challenge.ownerOrganization.name, amount: node.price })),
  ].filter((item) => !contracted.has(item.id));
  if (!items.length) return null;
  return (
    <Card title={t('contracts.awardsTitle')} style={{ marginBottom: 16 }} data-testid="awards-to-contract">
      <Typography.Paragraph type="secondary">{t('contracts.awardsHint')}</Typography.Paragraph>
      <List
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Link key="go" to={`/contracts/from-award/${item.id}`}>
                <Button type="primary" size="small">
                  {t('contracts.toContract')}
                </Button>
              </Link>,
            ]}
          >
            <List.Item.Meta title={item.title} description={`${item.owner} · ${formatMoney(item.amount)}`} />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The contracts of the viewer's organizations (and the ones they brokered), by registration state. */
export default function ContractListPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const [tab, setTab] = useState('all');
  const statuses = TABS.find((x) => x.key === tab)!.statuses;
  const canCreate = roles.enterprise || roles.institute;
  return (
    <>
      <Row justify="space-between" align="top">
        <Col>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('contracts.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('contracts.listHint')}</Typography.Paragraph>
        </Col>
        <Col>
          <Space>
            {canCreate && (
              <Link to="/contracts/new">
                <Button icon={<PlusOutlined />}>{t('contracts.new')}</Button>
              </Link>
            )}
          </Space>
        </Col>
      </Row>
      <AwardsToContract />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={TABS.map((x) => ({ key: x.key, label: x.key === 'all' ? t('contracts.all') : t(`contractStatus.${x.key as ContractStatus}`) }))}
        />
        <ContractTable filter={{ statuses }} empty={<EmptyState title={t('contracts.emptyTitle')} hint={t('contracts.emptyHint')} />} />
      </Card>
    </>
  );
}
