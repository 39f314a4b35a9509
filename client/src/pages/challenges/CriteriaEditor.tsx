import { Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The server's default review criteria (技术先进性 30, 可行性 30, 团队能力 20, 报价合理性 20). */
export const DEFAULT_CRITERIA = [
  { key: 'ADVANCEMENT', name: '技术先进性', weight: 30 },
  { key: 'FEASIBILITY', name: '可行性', weight: 30 },
  { key: 'TEAM', name: '团队能力', weight: 20 },
  { key: 'PRICE', name: '报价合理性', weight: 20 },
];

export type Criterion = { key?: string; name: string; weight: number };

/** Keys are stable identifiers the experts' scores refer to; new rows get the next free C<n>. */
export function withKeys(criteria: Criterion[]) {
  const used = new Set(criteria.map((c) => c.key).filter(Boolean));
  let n = 1;
  return criteria.map((c) => {
    if (c.key) return { key: c.key, name: c.name.trim(), weight: c.weight };
    while (used.has(`C${n}`)) n++;
    used.add(`C${n}`);
    return { key: `C${n}`, name: c.name.trim(), weight: c.weight };
  });
}

export const sameCriteria = (a: Criterion[], b: Criterion[]) => JSON.stringify(a) === JSON.stringify(b);

/** The review criteria of a challenge form (its `criteria` list): names and weights that must add up to 100%. */
export function CriteriaEditor() {
  const { t } = useTranslation();
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <>
      <Typography.Text strong>{t('challengeForm.criteria')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
        {t('challengeForm.criteriaHint')}
      </Typography.Paragraph>
      <Form.List
        name="criteria"
        rules={[
          {
            validator: async (_, criteria: Criterion[]) => {
              const total = (criteria ?? []).reduce((sum, c) => sum + (c?.weight ?? 0), 0);
              if (!criteria?.length || total !== 100) throw new Error(t('challengeForm.criteriaTotal', { total }));
            },
          },
        ]}
      >
        {(items, { add, remove }, { errors }) => (
          <div style={{ marginBottom: 16 }}>
            {items.map(({ key, name }) => (
              <Space key={key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[name, 'key']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[name, 'name']} rules={[required(t('challengeForm.criterionName'))]}>
                  <Input placeholder={t('challengeForm.criterionName')} style={{ width: 220 }} />
                </Form.Item>
                <Form.Item name={[name, 'weight']} rules={[{ required: true, message: t('common.required', { field: t('challengeForm.weight') }) }]}>
                  <InputNumber min={1} max={100} precision={0} suffix="%" placeholder={t('challengeForm.weight')} style={{ width: 120 }} />
                </Form.Item>
                {items.length > 1 && <MinusCircleOutlined onClick={() => remove(name)} aria-label={t('common.remove')} />}
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ name: '', weight: 10 })} icon={<PlusOutlined />}>
              {t('challengeForm.addCriterion')}
            </Button>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
    </>
  );
}
