import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Highlighted } from './Highlighted';

interface Explanation {
  matchedTerms: string[];
  anchorTerm: string;
  sharedFieldCodes: string[];
  region: 'SAME_DISTRICT' | 'SAME_CITY' | 'SAME_PROVINCE' | 'ELSEWHERE';
  foundBy: number;
  searches: number;
  snippets: { field: string; text: string }[];
}

/** Why a record was matched, in words a user can check: shared terms, fields, place, and where the terms occur. */
export function MatchExplanationView({ explanation, fieldName }: { explanation: Explanation; fieldName: (code: string) => string }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="match-explanation">
      <div>
        <Typography.Text type="secondary">{t('match.matchedTerms')}{t('common.colon')}</Typography.Text>
        {explanation.matchedTerms.length ? (
          explanation.matchedTerms.map((term) => (
            <Tag key={term} color={term === explanation.anchorTerm ? 'red' : 'blue'}>
              {term}
            </Tag>
          ))
        ) : (
          <Typography.Text type="secondary">{t('match.noTerms')}</Typography.Text>
        )}
      </div>
      <Typography.Text type="secondary">
        {explanation.sharedFieldCodes.length > 0 && <>{t('match.sharedFields')}{t('common.colon')}{explanation.sharedFieldCodes.map(fieldName).join(t('common.listSeparator'))}　</>}
        {t('match.region')}{t('common.colon')}{t(`match.regions.${explanation.region}`)}　
        {t('match.foundBy', { found: explanation.foundBy, searches: explanation.searches })}
      </Typography.Text>
      {explanation.snippets.slice(0, 3).map((snippet, i) => (
        <Typography.Paragraph key={i} style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 2 }}>
          <Tag>{t(`match.snippetFields.${snippet.field}` as 'match.snippetFields.title', { defaultValue: snippet.field })}</Tag>
          <Highlighted html={snippet.text} />
        </Typography.Paragraph>
      ))}
    </Space>
  );
}
