import { Alert, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { EmptyState } from '../../components/EmptyState';
import { MatchExplanationView } from '../../components/MatchExplanationView';
import { useReferenceData } from '../../lib/reference-data';
import { serverError } from '../../lib/server-errors';

const MatchCapabilitiesDocument = graphql(`
  query MatchCapabilities($challengeId: ID!) {
    matchCapabilities(challengeId: $challengeId, first: 10) {
      queryTerms {
        term
        weight
        anchor
      }
      matches {
        rank
        capability {
          id
          title
          kind
          trl
          organization {
            id
            name
          }
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

/** For the poster: the institutes' capabilities that best answer the brief, each with why. */
export function MatchedCapabilities({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const { fieldName } = useReferenceData();
  const { data, loading, error } = useQuery(MatchCapabilitiesDocument, { variables: { challengeId } });
  if (error) return <Alert type="error" showIcon title={serverError(error).message} />;
  const result = data?.matchCapabilities;
  return (
    <>
      {result && result.queryTerms.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('match.queryTerms')}{t('common.colon')}
          {result.queryTerms.slice(0, 12).map((term) => (
            <Tag key={term.term} color={term.anchor ? 'red' : undefined}>
              {term.term}
            </Tag>
          ))}
        </Typography.Paragraph>
      )}
      <List
        loading={loading && !data}
        dataSource={result?.matches ?? []}
        locale={{ emptyText: <EmptyState title={t('match.noCapabilities')} hint={t('match.noCapabilitiesHint')} /> }}
        renderItem={(match) => (
          <List.Item>
            <Space orientation="vertical" style={{ width: '100%' }} size={4}>
              <Space wrap>
                <Tag color="red">#{match.rank}</Tag>
                <Link to={`/capabilities/${match.capability.id}`} style={{ fontWeight: 500 }}>
                  {match.capability.title}
                </Link>
                <Typography.Text type="secondary">
                  {match.capability.organization.name} · {t(`capability.kinds.${match.capability.kind}`)} · TRL {match.capability.trl}
                </Typography.Text>
              </Space>
              <MatchExplanationView explanation={match.explanation} fieldName={fieldName} />
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}
