import type { ReactNode } from 'react';
import { Empty } from 'antd';

/** An empty list that says what to do next (and usually offers the action). */
export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div style={{ fontWeight: 500 }}>{title}</div>
          {hint && <div style={{ color: '#888', marginTop: 4 }}>{hint}</div>}
        </>
      }
    >
      {action}
    </Empty>
  );
}
