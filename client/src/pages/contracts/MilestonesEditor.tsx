import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { contractRules } from './contract-rules';

/** The payment milestones of a contract form (its `milestones` list): title, due date, amount in 万元, paid date. */
export function MilestonesEditor() {
  const { t } = useTranslation();
  const { required, amountRule } = contractRules(t);
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map(({ key, name }) => (
            <Row gutter={8} key={key} align="top">
              <Col span={7}>
                <Form.Item name={[name, 'title']} rules={[required(t('contracts.milestoneTitle'))]}>
                  <Input placeholder={t('contracts.milestoneTitle')} />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[name, 'dueOn']} rules={[required(t('contracts.dueOn'))]}>
                  <DatePicker placeholder={t('contracts.dueOn')} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={[name, 'amountWan']} rules={[required(t('contracts.amount')), amountRule]}>
                  <InputNumber<string> stringMode placeholder={t('contracts.amount')} suffix={t('contractForm.wan')} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[name, 'paidOn']}>
                  <DatePicker placeholder={t('contracts.paidOn')} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={1}>
                <MinusCircleOutlined onClick={() => remove(name)} style={{ marginTop: 8 }} />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors.map((error, i) => (
            <Typography.Text type="danger" key={i}>
              {error}
            </Typography.Text>
          ))} />
          <Button type="dashed" onClick={() => add({ title: '', amountWan: null })} icon={<PlusOutlined />}>
            {t('contractForm.addMilestone')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
