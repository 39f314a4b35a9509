import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { RegistrationKind } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/server-errors';
import { ContractDetailDocument, RegisterContractDocument, RejectContractDocument } from './operations';

interface Props {
  contractId: string;
  title: string;
  kind: RegistrationKind;
  /** Queries to refresh once decided (the queue, the dashboard...). */
  refetch?: string[];
}

/** The bureau's decision on a pending filing: register it (with the 16-digit number the first time) or not, with a reason. */
export function RegistrationActions({ contractId, title, kind, refetch = [] }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'register' | 'reject' | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<{ registrationNumber?: string; registeredOn?: Dayjs; reason?: string }>();
  const refetchQueries = [ContractDetailDocument, 'ContractRegistrationQueue', 'Contracts', ...refetch];
  const [register, registering] = useMutation(RegisterContractDocument, { refetchQueries, awaitRefetchQueries: true });
  const [reject, rejecting] = useMutation(RejectContractDocument, { refetchQueries, awaitRefetchQueries: true });

  const show = (which: 'register' | 'reject') => {
    form.resetFields();
    setFormError(null);
    setOpen(which);
  };

  const confirm = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // the form shows what is missing
    // A click in the dialog's first frames can come before its form is mounted (validateFields then resolves with
    // no values): wait for the fields rather than send an empty decision.
    if (open === 'register' ? kind === 'INITIAL' && !values.registrationNumber?.trim() : !values.reason?.trim()) return;
    setFormError(null);
    try {
      if (open === 'register') {
        await register({
          variables: {
            input: {
              contractId,
              registrationNumber: kind === 'INITIAL' ? values.registrationNumber!.trim() : null,
              registeredOn: values.registeredOn ? values.registeredOn.format('YYYY-MM-DD') : null,
            },
          },
        });
        void message.success(t('registration.registered'));
      } else {
        await reject({ variables: { input: { contractId, reason: values.reason!.trim() } } });
        void message.success(t('registration.rejected'));
      }
      setOpen(null);
    } catch (error) {
      setFormError(applyServerErrors(form, error));
    }
  };

  return (
    <>
      <Space>
        <Button type="primary" size="small" onClick={() => show('register')} data-testid="registration-register">
          {t('registration.register')}
        </Button>
        <Button danger size="small" onClick={() => show('reject')} data-testid="registration-reject">
          {t('registration.reject')}
        </Button>
      </Space>
      <Modal
        open={!!open}
        title={open === 'register' ? t('registration.registerTitle', { title }) : t('registration.rejectTitle', { title })}
        onCancel={() => setOpen(null)}
        onOk={() => void confirm()}
        okButtonProps={{ loading: registering.loading || rejecting.loading, id: 'registration-confirm' }}
        destroyOnHidden
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} data-testid="registration-error" />}
        <Form form={form} layout="vertical" preserve={false} initialValues={{ registeredOn: dayjs() }}>
          {open === 'register' ? (
            <>
              {kind === 'INITIAL' && (
                <Form.Item
                  name="registrationNumber"
                  label={t('contracts.registrationNumber')}
                  extra={t('registration.numberHint')}
                  rules={[
                    { required: true, message: t('registration.numberRequired') },
                    { pattern: /^\s*\d{16}\s*$/, message: t('registration.numberFormat') },
                  ]}
                >
                  <Input maxLength={20} data-testid="registration-number" />
                </Form.Item>
              )}
              <Form.Item name="registeredOn" label={t('contracts.registeredOn')} rules={[{ required: true, message: t('registration.dateRequired') }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="reason" label={t('contracts.reason')} rules={[{ required: true, whitespace: true, message: t('registration.reasonRequired') }]}>
              <Input.TextArea rows={3} maxLength={2000} showCount data-testid="registration-reason" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
