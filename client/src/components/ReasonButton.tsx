import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../lib/server-errors';

interface Props {
  label: string;
  title: string;
  reasonLabel: string;
  placeholder?: string;
  danger?: boolean;
  buttonProps?: ButtonProps;
  testId?: string;
  /** Throws the server's error; its field problems land on the reason field. */
  onSubmit(reason: string): Promise<unknown>;
}

/** A decision that needs a written reason (驳回, 取消, 流标): the reason is required and shown to those concerned. */
export function ReasonButton({ label, title, reasonLabel, placeholder, danger, buttonProps, testId, onSubmit }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <>
      <Button danger={danger} block onClick={() => setOpen(true)} data-testid={testId} {...buttonProps}>
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        okText={t('common.confirm')}
        okButtonProps={{ danger, loading: busy, 'data-testid': testId ? `${testId}-confirm` : undefined } as ButtonProps}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        onOk={async () => {
          setProblem(null);
          let reason: string | undefined;
          try {
            ({ reason } = await form.validateFields());
          } catch {
            return; // the form shows what is missing
          }
          // A click in the dialog's first frames can come before its form is mounted: validateFields then
          // resolves with no values. Nothing to send yet; the required rule speaks once the field exists.
          if (!reason?.trim()) return;
          setBusy(true);
          try {
            await onSubmit(reason.trim());
            setOpen(false);
            form.resetFields();
          } catch (error) {
            setProblem(applyServerErrors(form, error));
          } finally {
            setBusy(false);
          }
        }}
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={reasonLabel} rules={[{ required: true, whitespace: true, message: t('common.required', { field: reasonLabel }) }]}>
            <Input.TextArea rows={4} placeholder={placeholder} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
