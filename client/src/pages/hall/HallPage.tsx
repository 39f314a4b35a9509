import { useMemo } from 'react';
import { Alert, Card, Checkbox, Col, DatePicker, Input, InputNumber, List, Pagination, Row, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import type { ChallengeSearchSort, ChallengeStatus } from '../../gql/graphql';
import { Highlighted } from '../../components/Highlighted';
import { StatusTag } from '../../components/labels';
import { EmptyState } from '../../components/EmptyState';
import { daysLeft, formatDate, formatMoney, wanToYuan } from '../../lib/format';
import { serverError } from '../../lib/server-errors';

const SearchChallengesDocument = graphql(`
  query SearchChallenges(
    $text: String
    $filter: ChallengeSearchFilter
    $sort: ChallengeSearchSort
    $first: Int!
    $offset: Int
  ) {
    searchChallenges(text: $text, filter: $filter, sort: $sort, first: $first, offset: $offset, facets: [FIELD, REGION, STATUS]) {
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
          bounty
          deadline
          status
          confidentiality
          regionCode
          targetTrl
          field {
            code
            name
          }
          ownerOrganization {
            id
            name
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 10;
const STATUSES: ChallengeStatus[] = ['PUBLISHED', 'EVALUATING', 'AWARDED', 'NO_WINNER', 'CONTRACTED', 'COMPLETED'];

/** 榜单大厅: full-text search over challenges with facets; every filter lives in the URL, so a search can be shared. */
export default function HallPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const fields = params.getAll('field');
  const statuses = params.getAll('status') as ChallengeStatus[];
  const region = params.get('region') ?? undefined;
  const minWan = params.get('min');
  const maxWan = params.get('max');
  const from = params.get('from');
  const to = params.get('to');
  const sort = (params.get('sort') as ChallengeSearchSort | null) ?? undefined;
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
      sort,
      first: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      filter: {
        fieldCodes: fields.length ? fields : undefined,
        statuses: statuses.length ? statuses : undefined,
        regionCode: region,
        minBounty: minWan ? wanToYuan(minWan) : undefined,
        maxBounty: maxWan ? wanToYuan(maxWan) : undefined,
        deadlineFrom: from ? dayjs(from).startOf('day').toISOString() : undefined,
        deadlineTo: to ? dayjs(to).endOf('day').toISOString() : undefined,
      },
    }),
    // Recomputed only when the URL's query changes, so Apollo sees stable variables between renders.
    [params.toString()],
  );
  const { data, previousData, loading, error } = useQuery(SearchChallengesDocument, { variables });
  const result = (data ?? previousData)?.searchChallenges;
  const facet = (name: string) => result?.facets.find((f) => f.name === name)?.values ?? [];
  // Top-level fields always; the sub-fields of a chosen field once it is chosen.
  const fieldOptions = facet('FIELD').filter((v) => !v.value.includes('.') || fields.some((f) => v.value.startsWith(`${f}.`)));

  return (
    <Row gutter={24}>
      <Col xs={24} md={7} lg={6}>
        <Card size="small" title={t('hall.filters')} extra={params.size ? <a onClick={() => setParams({})}>{t('hall.clear')}</a> : null}>
          <Typography.Text strong>{t('hall.field')}</Typography.Text>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', margin: '8px 0 16px' }}
            value={fields}
            onChange={(value) => update({ field: value as string[] })}
            options={fieldOptions.map((v) => ({
              value: v.value,
              label: (
                <span style={{ paddingLeft: v.value.includes('.') ? 16 : 0 }}>
                  {v.label ?? v.value} <Typography.Text type="secondary">({v.count})</Typography.Text>
                </span>
              ),
            }))}
            data-testid="facet-field"
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
          <Typography.Text strong>{t('hall.status')}</Typography.Text>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', margin: '8px 0 16px' }}
            value={statuses}
            onChange={(value) => update({ status: value as string[] })}
            options={STATUSES.map((s) => {
              const count = facet('STATUS').find((v) => v.value === s)?.count ?? 0;
              return { value: s, label: `${t(`status.${s}`)} (${count})` };
            })}
          />
          <Typography.Text strong>{t('hall.budget')}</Typography.Text>
          <Space.Compact style={{ width: '100%', margin: '8px 0 16px' }}>
            <InputNumber
              min={0}
              placeholder={t('hall.min')}
              value={minWan ? Number(minWan) : null}
              onChange={(v) => update({ min: v == null ? null : String(v) })}
              style={{ width: '50%' }}
            />
            <InputNumber
              min={0}
              placeholder={t('hall.max')}
              value={maxWan ? Number(maxWan) : null}
              onChange={(v) => update({ max: v == null ? null : String(v) })}
              style={{ width: '50%' }}
            />
          </Space.Compact>
          <Typography.Text strong>{t('hall.deadline')}</Typography.Text>
          <DatePicker.RangePicker
            style={{ width: '100%', marginTop: 8 }}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            onChange={(range) =>
              update({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })
            }
          />
        </Card>
      </Col>
      <Col xs={24} md={17} lg={18}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('hall.title')}
          </Typography.Title>
          <Space.Compact style={{ width: '100%' }}>
            <Input.Search
              allowClear
              enterButton={t('hall.search')}
              size="large"
              defaultValue={text}
              key={text}
              placeholder={t('hall.searchPlaceholder')}
              onSearch={(value) => update({ q: value.trim() || null })}
              data-testid="hall-search"
            />
          </Space.Compact>
          <Space>
            <Typography.Text type="secondary">{t('hall.sortBy')}</Typography.Text>
            <Select
              style={{ width: 160 }}
              value={sort ?? (text ? 'RELEVANCE' : 'NEWEST')}
              onChange={(value) => update({ sort: value })}
              options={(['RELEVANCE', 'NEWEST', 'DEADLINE_SOONEST', 'BOUNTY_HIGHEST'] as const).map((s) => ({ value: s, label: t(`hall.sort.${s}`) }))}
            />
            {result && <Typography.Text type="secondary">{t('hall.total', { count: result.totalCount })}</Typography.Text>}
          </Space>
          {error && <Alert type="error" showIcon title={serverError(error).message} />}
          <List
            loading={loading && !result}
            dataSource={result?.edges ?? []}
            locale={{ emptyText: <EmptyState title={t('hall.emptyTitle')} hint={t('hall.emptyHint')} /> }}
            renderItem={({ node, highlight }) => {
              const left = daysLeft(node.deadline);
              return (
                <Card size="small" style={{ marginBottom: 12 }} data-testid="hall-hit">
                  <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                    <Space wrap>
                      <StatusTag status={node.status} />
                      {node.confidentiality === 'NDA' && <Tag color="gold">{t('challenge.nda')}</Tag>}
                      <Link to={`/challenges/${node.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                        <Highlighted html={highlight.title} />
                      </Link>
                    </Space>
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
                      <Highlighted html={highlight.summary} />
                    </Typography.Paragraph>
                    <Space wrap size="large">
                      <span>
                        {t('challenge.bounty')}{t('common.colon')}<Typography.Text strong style={{ color: '#c8161d' }}>{formatMoney(node.bounty)}</Typography.Text>
                      </span>
                      <span>
                        {t('challenge.deadline')}{t('common.colon')}{formatDate(node.deadline)}
                        {node.status === 'PUBLISHED' && left >= 0 && (
                          <Typography.Text type={left <= 7 ? 'danger' : 'secondary'}> {t('hall.daysLeft', { count: left })}</Typography.Text>
                        )}
                      </span>
                      <span>{node.field.name}</span>
                      <span>{node.ownerOrganization.name}</span>
                    </Space>
                  </Space>
                </Card>
              );
            }}
          />
          {result && result.totalCount > PAGE_SIZE && (
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={result.totalCount}
              showSizeChanger={false}
              onChange={(p) => update({ page: String(p) })}
            />
          )}
        </Space>
      </Col>
    </Row>
  );
}
