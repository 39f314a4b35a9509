import { useState, type ReactNode } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { graphql } from '../../gql';
import { wanToYuan } from '../../lib/format';
import { applyServerErrors } from '../../lib/server-errors';
import { OrganizationSelect } from '../contracts/OrganizationSelect';
import { DealPipelineDocument } from './operations';

const CreateDealDocument = graphql(`
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      id
      stage
    }
  }
`);

interface Values {
  title: string;
  description?: string;
  sellerId?: string | null;
  buyerId?: string | null;
  expectedValueWan?: string | null;
  nextActionOn?: Dayjs | null;
  nextAction?: string;
}

/** Opens a deal as a LEAD: what it is about, the two parties if known, the expected value and the next step. */
export function NewDealButton({ icon }: { icon?: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const [createDeal, { loading }] = useMutation(CreateDealDocument, { refetchQueries: [DealPipelineDocument] });

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // the form shows what is missing
    setFormError(null);
    try {
      const { data } = await createDeal({
        variables: {
          input: {
            title: values.title,
            description: values.description || null,
            sellerId: values.sellerId ?? null,
            buyerId: values.buyerId ?? null,
            expectedValue: values.expectedValueWan ? wanToYuan(values.expectedValueWan) : null,
            nextActionOn: values.nextActionOn ? values.nextActionOn.format('YYYY-MM-DD') : null,
            nextAction: values.nextAction || null,
          },
        },
      });
      void message.success(t('brokers.created'));
      setOpen(false);
      form.resetFields();
      if (data) navigate(`/brokers/deals/${data.createDeal.id}`);
    } catch (error) {
      setFormError(applyServerErrors(form, error, { expectedValue: 'expectedValueWan' }));
    }
  };

  return (
    <>
      <Button type="primary" icon={icon} onClick={() => setOpen(true)} data-testid="new-deal">
        {t('brokers.newDeal')}
      </Button>
      <Modal open={open} title={t('brokers.newDeal')} onCancel={() => setOpen(false)} onOk={() => void submit()} okButtonProps={{ loading }} width={640}>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          <Form.Item name="title" label={t('brokers.dealTitle')} rules={[{ required: true, min: 2, max: 100, message: t('contractForm.required', { field: t('brokers.dealTitle') }) }]}>
            <Input data-testid="deal-title" />
          </Form.Item>
          <Form.Item name="description" label={t('brokers.description')}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          <Form.Item name="sellerId" label={t('brokers.seller')}>
            <OrganizationSelect placeholder={t('brokers.orgSearch')} />
          </Form.Item>
          <Form.Item name="buyerId" label={t('brokers.buyer')}>
            <OrganizationSelect placeholder={t('brokers.orgSearch')} />
          </Form.Item>
          <Form.Item name="expectedValueWan" label={t('brokers.expectedValue')} rules={[{ validator: (_: unknown, v: string | null) => (v == null || v === '' || Number(v) >= 0 ? Promise.resolve() : Promise.reject(new Error(t('contractForm.amountPositive')))) }]}>
            <InputNumber<string> stringMode min="0" suffix={t('contractForm.wan')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="nextActionOn" label={t('brokers.nextActionOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="nextAction" label={t('brokers.nextAction')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
