import { useState, type ReactNode } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { downloadFile } from './download';

/** A button that downloads an .xlsx export with the session's token, showing progress while the server builds it. */
export function DownloadButton({ url, fileName, children, testId }: { url: string; fileName: string; children: ReactNode; testId?: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          await downloadFile(url, fileName);
        } catch (error) {
          void message.error((error as Error).message);
        } finally {
          setBusy(false);
        }
      }}
    >
      {children}
    </Button>
  );
}
