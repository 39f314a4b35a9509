import { useMemo } from 'react';
import { Alert, Card, Checkbox, Col, Input, List, Pagination, Row, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CapabilityKind } from '../../gql/graphql';
import { Highlighted } from '../../components/Highlighted';
import { EmptyState } from '../../components/EmptyState';
import { serverError } from '../../lib/server-errors';

const SearchCapabilitiesDocument = graphql(`
  query SearchCapabilities($text: String, $filter: CapabilitySearchFilter, $first: Int!, $offset: Int) {
    searchCapabilities(text: $text, filter: $filter, first: $first, offset: $offset, facets: [FIELD, KIND, REGION]) {
      totalCount
      facets {
        name
        values {
          value
          label
          count
        }
      }
      edges {
        highlight {
          title
          summary
          keywords
        }
        node {
          id
          title
          kind
          trl
          cooperationModes
          organization {
            id
            name
          }
          fields {
            code
            name
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 10;

/** 能力库: the institutes' capabilities and achievements, searchable with facets (same habits as 榜单大厅). */
export default function CapabilityLibraryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const fields = params.getAll('field');
  const kinds = params.getAll('kind') as CapabilityKind[];
  const region = params.get('region') ?? undefined;
  const minTrl = params.get('trl');
  const page = Number(params.get('page') ?? '1');
  const update = (changes: Record<string, string | string[] | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      next.delete(key);
      if (Array.isArray(value)) value.forEach((v) => next.append(key, v));
      else if (value) next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const variables = useMemo(
    () => ({
      text: text || undefined,
      first: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      filter: {
        fieldCodes: fields.length ? fields : undefined,
        kinds: kinds.length ? kinds : undefined,
        regionCode: region,
        minTrl: minTrl ? Number(minTrl) : undefined,
      },
    }),
    // Recomputed only when the URL's query changes, so Apollo sees stable variables between renders.
    [params.toString()],
  );
  const { data, previousData, loading, error } = useQuery(SearchCapabilitiesDocument, { variables });
  const result = (data ?? previousData)?.searchCapabilities;
  const facet = (name: string) => result?.facets.find((f) => f.name === name)?.values ?? [];

  return (
    <Row gutter={24}>
      <Col xs={24} md={7} lg={6}>
        <Card size="small" title={t('hall.filters')} extra={params.size ? <a onClick={() => setParams({})}>{t('hall.clear')}</a> : null}>
          <Typography.Text strong>{t('hall.field')}</Typography.Text>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', margin: '8px 0 16px' }}
            value={fields}
            onChange={(value) => update({ field: value as string[] })}
            options={facet('FIELD')
              .filter((v) => !v.value.includes('.') || fields.some((f) => v.value.startsWith(`${f}.`)))
              .map((v) => ({ value: v.value, label: `${v.label ?? v.value} (${v.count})` }))}
          />
          <Typography.Text strong>{t('capability.kind')}</Typography.Text>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', margin: '8px 0 16px' }}
            value={kinds}
            onChange={(value) => update({ kind: value as string[] })}
            options={facet('KIND').map((v) => ({ value: v.value, label: `${t(`capability.kinds.${v.value as CapabilityKind}`)} (${v.count})` }))}
          />
          <Typography.Text strong>{t('hall.region')}</Typography.Text>
          <Select
            allowClear
            style={{ width: '100%', margin: '8px 0 16px' }}
            placeholder={t('hall.anyRegion')}
            value={region}
            onChange={(value) => update({ region: value })}
            options={facet('REGION').map((v) => ({ value: v.value, label: `${v.label ?? v.value} (${v.count})` }))}
          />
          <Typography.Text strong>{t('capability.minTrl')}</Typography.Text>
          <Select
            allowClear
            style={{ width: '100%', marginTop: 8 }}
            value={minTrl ?? undefined}
            onChange={(value) => update({ trl: value })}
            options={[3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `TRL ≥ ${n}` }))}
          />
        </Card>
      </Col>
      <Col xs={24} md={17} lg={18}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('capability.libraryTitle')}
          </Typography.Title>
          <Input.Search
            allowClear
            size="large"
            enterButton={t('hall.search')}
            defaultValue={text}
            key={text}
            placeholder={t('capability.searchPlaceholder')}
            onSearch={(value) => update({ q: value.trim() || null })}
            data-testid="capability-search"
          />
          {result && <Typography.Text type="secondary">{t('capability.total', { count: result.totalCount })}</Typography.Text>}
          {error && <Alert type="error" showIcon title={serverError(error).message} />}
          <List
            loading={loading && !result}
            dataSource={result?.edges ?? []}
            locale={{ emptyText: <EmptyState title={t('capability.emptyTitle')} hint={t('hall.emptyHint')} /> }}
            renderItem={({ node, highlight }) => (
              <Card size="small" style={{ marginBottom: 12 }} data-testid="capability-hit">
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  <Space wrap>
                    <Tag color="blue">{t(`capability.kinds.${node.kind}`)}</Tag>
                    <Link to={`/capabilities/${node.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                      <Highlighted html={highlight.title} />
                    </Link>
                  </Space>
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
                    <Highlighted html={highlight.summary} />
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">
                    {node.organization.name} · TRL {node.trl} · {node.fields.map((f) => f.name).join('、')} ·{' '}
                    {node.cooperationModes.map((m) => t(`capability.modes.${m}`)).join('、')}
                  </Typography.Text>
                </Space>
              </Card>
            )}
          />
          {result && result.totalCount > PAGE_SIZE && (
            <Pagination current={page} pageSize={PAGE_SIZE} total={result.totalCount} showSizeChanger={false} onChange={(p) => update({ page: String(p) })} />
          )}
        </Space>
      </Col>
    </Row>
  );
}
