import { useState } from 'react';
import { Alert, Button, Checkbox, Progress, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { tokenStore } from '../../auth/token-store';
import { formatMoney } from '../../lib/format';
import { DownloadButton } from '../dashboard/DownloadButton';

interface ImportProblem {
  row: number;
  column: string | null;
  header: string | null;
  reason: string;
}

interface ImportReport {
  rows: number;
  imported: number;
  skipped: number;
  contractAmountTotal: string;
  problems: ImportProblem[];
}

interface Outcome {
  kind: 'done' | 'refused' | 'failed';
  report?: ImportReport;
  problems: ImportProblem[];
  message?: string;
}

/** POSTs the file with upload progress (fetch has none), the session's token, and returns the server's answer. */
function upload(file: File, validOnly: boolean, onProgress: (percent: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/imports/contracts?mode=${validOnly ? 'validOnly' : 'all'}`);
    const token = tokenStore.get();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('content-type', file.type || 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    request.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    request.onload = () => {
      try {
        resolve({ status: request.status, body: JSON.parse(request.responseText) });
      } catch {
        resolve({ status: request.status, body: null });
      }
    };
    request.onerror = () => reject(new Error('network'));
    request.send(file);
  });
}

/** The bureau imports historical contracts from .xlsx: all or nothing by default, or only the valid rows; every problem is listed by row and column. */
export function ContractImport() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [validOnly, setValidOnly] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const send = async (file: File) => {
    setOutcome(null);
    setProgress(0);
    try {
      const { status, body } = await upload(file, validOnly, setProgress);
      const json = body as { data?: { importContracts: ImportReport }; errors?: { message: string; extensions?: { problems?: ImportProblem[] } }[] } | null;
      if (status === 200 && json?.data) {
        const report = json.data.importContracts;
        setOutcome({ kind: 'done', report, problems: report.problems });
        await client.refetchQueries({ include: ['Contracts', 'ContractDashboard'] });
      } else {
        const error = json?.errors?.[0];
        const problems = error?.extensions?.problems ?? [];
        setOutcome({ kind: problems.length ? 'refused' : 'failed', problems, message: error?.message ?? `HTTP ${status}` });
      }
    } catch {
      setOutcome({ kind: 'failed', problems: [], message: t('errors.network') });
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('registration.importHint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <DownloadButton url="/exports/contracts.xlsx?registeredYear=2000" fileName="contracts-template.xlsx">
          {t('registration.template')}
        </DownloadButton>
        <Checkbox checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} data-testid="import-valid-only">
          {t('registration.validOnly')}
        </Checkbox>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={progress !== null} data-testid="import-upload">
            {t('registration.upload')}
          </Button>
        </Upload>
      </Space>
      {progress !== null && <Progress percent={progress} status="active" format={(p) => (p === 100 ? t('common.loading') : `${t('registration.uploading')} ${p}%`)} />}
      {outcome?.kind === 'done' && outcome.report && (
        <Alert
          type={outcome.report.skipped ? 'warning' : 'success'}
          showIcon
          data-testid="import-result"
          title={
            outcome.report.skipped
              ? t('registration.importPartial', { imported: outcome.report.imported, skipped: outcome.report.skipped })
              : t('registration.importDone', { count: outcome.report.imported })
          }
          description={`${t('contracts.contractAmount')} ${formatMoney(outcome.report.contractAmountTotal)}`}
          style={{ marginBottom: 12 }}
        />
      )}
      {outcome?.kind === 'refused' && (
        <Alert type="error" showIcon data-testid="import-result" title={t('registration.importNothing', { count: outcome.problems.length })} description={outcome.message} style={{ marginBottom: 12 }} />
      )}
      {outcome?.kind === 'failed' && <Alert type="error" showIcon data-testid="import-result" title={outcome.message} style={{ marginBottom: 12 }} />}
      {outcome && outcome.problems.length > 0 && (
        <Table
          size="small"
          data-testid="import-problems"
          rowKey={(p) => `${p.row}-${p.column}-${p.reason}`}
          dataSource={outcome.problems}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('registration.errorRow'), dataIndex: 'row', width: 70 },
            { title: t('registration.errorColumn'), render: (_: unknown, p) => (p.column ? `${p.column}${p.header ? `（${p.header}）` : ''}` : '—'), width: 220 },
            { title: t('registration.errorReason'), dataIndex: 'reason' },
          ]}
        />
      )}
    </>
  );
}
