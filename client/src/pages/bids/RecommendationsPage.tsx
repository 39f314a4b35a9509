import { Alert, Card, List, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useSession } from '../../auth/session';
import { EmptyState } from '../../components/EmptyState';
import { MatchExplanationView } from '../../components/MatchExplanationView';
import { daysLeft, formatDate, formatMoney } from '../../lib/format';
import { useReferenceData } from '../../lib/reference-data';
import { serverError } from '../../lib/server-errors';

const RecommendedChallengesDocument = graphql(`
  query RecommendedChallenges($organizationId: ID, $capabilityId: ID) {
    matchChallenges(organizationId: $organizationId, capabilityId: $capabilityId, first: 20) {
      queryTerms {
        term
        anchor
      }
      matches {
        rank
        challenge {
          id
          title
          summary
          bounty
          deadline
          status
          confidentiality
          ownerOrganization {
            name
          }
          field {
            name
          }
          myBid {
            id
            status
          }
        }
        viaCapability {
          id
          title
        }
        explanation {
          matchedTerms
          anchorTerm
          sharedFieldCodes
          region
          foundBy
          searches
          rankingScore
          snippets {
            field
            text
          }
        }
      }
    }
  }
`);

const MyCapabilityTitlesDocument = graphql(`
  query MyCapabilityTitles {
    myCapabilities(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** 推荐榜单: open challenges that fit the institute's capabilities (all of them, or one), with why each was chosen. */
export default function RecommendationsPage() {
  const { t } = useTranslation();
  const { organizations } = useSession();
  const { fieldName } = useReferenceData();
  const [params, setParams] = useSearchParams();
  const organization = organizations(['INSTITUTE', 'UNIVERSITY'])[0];
  const capabilityId = params.get('capability') ?? undefined;
  const capabilities = useQuery(MyCapabilityTitlesDocument);
  const { data, loading, error } = useQuery(RecommendedChallengesDocument, {
    variables: capabilityId ? { capabilityId } : { organizationId: organization?.id },
    skip: !organization,
    fetchPolicy: 'cache-and-network',
  });
  const matches = data?.matchChallenges.matches ?? [];

  return (
    <Card
      title={t('recommend.title', { name: organization?.name ?? '' })}
      extra={
        <Select
          allowClear
          style={{ width: 320 }}
          placeholder={t('recommend.allCapabilities')}
          value={capabilityId}
          onChange={(value) => setParams(value ? { capability: value } : {})}
          options={(capabilities.data?.myCapabilities.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }))}
        />
      }
    >
      <Typography.Paragraph type="secondary">{t('recommend.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={serverError(error).message} />}
      <List
        loading={loading && !data}
        dataSource={matches}
        data-testid="recommendations"
        locale={{
          emptyText: (
            <EmptyState
              title={t('recommend.emptyTitle')}
              hint={t('recommend.emptyHint')}
              action={<Link to="/my/capabilities/new">{t('recommend.addCapability')}</Link>}
            />
          ),
        }}
        renderItem={({ challenge, explanation, rank, viaCapability }) => (
          <List.Item data-testid="recommendation">
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap>
                <Tag color="red">#{rank}</Tag>
                <Link to={`/challenges/${challenge.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                  {challenge.title}
                </Link>
                {challenge.confidentiality === 'NDA' && <Tag color="gold">NDA</Tag>}
                {challenge.myBid?.status === 'SUBMITTED' && <Tag color="success">{t('recommend.alreadyBid')}</Tag>}
              </Space>
              <Typography.Text type="secondary">
                {challenge.ownerOrganization.name} · {challenge.field.name} · {t('challenge.bounty')} {formatMoney(challenge.bounty)} · {t('challenge.deadline')}{' '}
                {formatDate(challenge.deadline)}
                {t('hall.daysLeft', { count: Math.max(daysLeft(challenge.deadline), 0) })}
              </Typography.Text>
              {viaCapability && (
                <Typography.Text>
                  {t('recommend.via')}{t('common.colon')}<Link to={`/capabilities/${viaCapability.id}`}>{viaCapability.title}</Link>
                </Typography.Text>
              )}
              <MatchExplanationView explanation={explanation} fieldName={fieldName} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
