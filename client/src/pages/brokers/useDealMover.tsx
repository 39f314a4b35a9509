import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DealStage } from '../../gql/graphql';
import { serverError } from '../../lib/server-errors';
import { formatMoney } from '../../lib/format';
import { DealPipelineDocument, LinkableContractsDocument, MoveDealDocument } from './operations';

export interface MovableDeal {
  id: string;
  stage: DealStage;
  contract?: { id: string } | null;
}

/**
 * The server's refusal in the viewer's language. An illegal move names the current stage and the allowed ones
 * (extensions), so the sentence can use the board's own column names; the server's wording follows in brackets.
 */
export function moveErrorMessage(error: unknown, t: TFunction): string {
  const problem = serverError(error);
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions as { reason?: string; currentStatus?: DealStage; allowedStages?: DealStage[] } | undefined;
    if (extensions?.reason === 'ILLEGAL_MOVE' && extensions.currentStatus) {
      const allowed = (extensions.allowedStages ?? []).map((s) => t(`dealStage.${s}`)).join('、');
      const from = t(`dealStage.${extensions.currentStatus}`);
      const sentence = allowed ? `“${from}”只能移至：${allowed}` : `“${from}”是最终阶段，不能再移动`;
      return `${sentence}（${error.errors[0]!.message}）`;
    }
  }
  return problem.message;
}

interface Pending {
  deal: MovableDeal;
  stage: DealStage;
  resolve: (ok: boolean) => void;
}

/**
 * Moves a deal to a stage, asking first what the move needs: a reason for LOST, the signed contract for SIGNED
 * (unless one is linked). Resolves to true once the server accepted the move; a refusal is reported through
 * onError with the server's message.
 */
export function useDealMover(onError: (message: string) => void, onMoved?: (stage: DealStage) => void) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const [form] = Form.useForm<{ reason?: string; contractId?: string }>();
  const [moveDeal, { loading }] = useMutation(MoveDealDocument, { refetchQueries: [DealPipelineDocument], awaitRefetchQueries: true });
  const [loadContracts, contracts] = useLazyQuery(LinkableContractsDocument, { fetchPolicy: 'network-only' });
  const pendingRef = useRef<Pending | null>(null);

  const send = useCallback(
    async (deal: MovableDeal, stage: DealStage, extra: { reason?: string; contractId?: string }) => {
      try {
        await moveDeal({ variables: { id: deal.id, stage, reason: extra.reason ?? null, contractId: extra.contractId ?? null } });
        onMoved?.(stage);
        return true;
      } catch (error) {
        onError(moveErrorMessage(error, t));
        return false;
      }
    },
    [moveDeal, onError, onMoved, t],
  );

  const move = useCallback(
    (deal: MovableDeal, stage: DealStage): Promise<boolean> => {
      if (stage === 'LOST' || (stage === 'SIGNED' && !deal.contract)) {
        form.resetFields();
        if (stage === 'SIGNED') void loadContracts();
        return new Promise((resolve) => {
          const next = { deal, stage, resolve };
          pendingRef.current = next;
          setPending(next);
        });
      }
      return send(deal, stage, {});
    },
    [form, loadContracts, send],
  );

  const close = (ok: boolean) => {
    pendingRef.current?.resolve(ok);
    pendingRef.current = null;
    setPending(null);
  };

  const confirm = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // the form shows what is missing
    const current = pendingRef.current!;
    // A click in the dialog's first frames can come before its form is mounted: validateFields then resolves
    // with no values. Sending that would fail and close the dialog; wait for the field instead.
    if (current.stage === 'LOST' ? !values.reason?.trim() : !values.contractId) return;
    const ok = await send(current.deal, current.stage, values);
    close(ok);
  };

  const options = (contracts.data?.contracts.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.title} · ${node.seller.name} → ${node.buyer.name} · ${formatMoney(node.contractAmount)}`,
  }));

  const dialogs: ReactNode = (
    <Modal
      open={!!pending}
      title={pending?.stage === 'LOST' ? t('brokers.lostTitle') : t('brokers.signTitle')}
      onCancel={() => close(false)}
      onOk={() => void confirm()}
      okButtonProps={{ loading, id: 'move-confirm' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        {pending?.stage === 'LOST' ? (
          <Form.Item name="reason" label={t('brokers.lostReason')} rules={[{ required: true, whitespace: true, message: t('brokers.lostReasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="lost-reason" />
          </Form.Item>
        ) : (
          <>
            <Alert type="info" showIcon title={t('brokers.signHint')} style={{ marginBottom: 16 }} />
            {!contracts.loading && options.length === 0 && <Alert type="warning" showIcon title={t('brokers.noContracts')} style={{ marginBottom: 16 }} />}
            <Form.Item name="contractId" label={t('brokers.pickContract')} rules={[{ required: true, message: t('brokers.pickContractRequired') }]}>
              <Select options={options} loading={contracts.loading} showSearch={{ optionFilterProp: 'label' }} data-testid="contract-pick" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );

  return { move, dialogs, moving: loading };
}
