import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Card, Space, Spin, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DealPipelineQuery, DealStage } from '../../gql/graphql';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatMoney } from '../../lib/format';
import { useSession } from '../../auth/session';
import { DealPipelineDocument } from './operations';
import { useDealMover } from './useDealMover';
import { NewDealButton } from './NewDealButton';
import { BrokerKpiSummary } from './BrokerKpiSummary';
import { DownloadButton } from '../dashboard/DownloadButton';

type Column = DealPipelineQuery['dealPipeline']['columns'][number];
type BoardDeal = Column['deals'][number];

const STAGE_COLORS: Record<DealStage, string> = {
  LEAD: '#8c8c8c',
  CONTACTED: '#1677ff',
  NEGOTIATING: '#fa8c16',
  SIGNED: '#722ed1',
  REGISTERED: '#52c41a',
  LOST: '#bfbfbf',
};

function DealCard({ deal, dragging }: { deal: BoardDeal; dragging?: boolean }) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 8, cursor: 'grab', opacity: dragging ? 0.4 : 1, borderLeft: `3px solid ${STAGE_COLORS[deal.stage]}` }}>
      <Link to={`/brokers/deals/${deal.id}`} onPointerDown={(e) => e.stopPropagation()} style={{ fontWeight: 500 }}>
        {deal.title}
      </Link>
      <div style={{ color: '#555', fontSize: 12, marginTop: 4 }}>
        {deal.seller?.name ?? '—'} → {deal.buyer?.name ?? '—'}
      </div>
      <Space size={4} wrap style={{ marginTop: 4 }}>
        {deal.expectedValue && <Tag color="red">{formatMoney(deal.expectedValue)}</Tag>}
        {deal.nextActionOn && (
          <Tag>
            {t('brokers.nextAction')} {formatDate(deal.nextActionOn)}
          </Tag>
        )}
      </Space>
      {deal.nextAction && <div style={{ fontSize: 12, color: '#888', marginTop: 2 }}>{deal.nextAction}</div>}
    </Card>
  );
}

function DraggableDeal({ deal }: { deal: BoardDeal }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: deal.id, data: { deal } });
  return (
    <div ref={setNodeRef} {...listeners} {...attributes} data-testid="deal-card" data-deal-id={deal.id} data-stage={deal.stage}>
      <DealCard deal={deal} dragging={isDragging} />
    </div>
  );
}

function StageColumn({ column, dragged }: { column: Column; dragged: BoardDeal | null }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  // While dragging, columns the server would accept are outlined; the others are dimmed (the server still decides).
  const allowed = dragged ? dragged.stage === column.stage || dragged.allowedStages.includes(column.stage) : true;
  return (
    <div
      ref={setNodeRef}
      data-testid={`stage-column-${column.stage}`}
      style={{
        flex: '1 1 0',
        minWidth: 190,
        background: isOver ? '#fff1f0' : '#fafafa',
        border: `1px ${dragged && allowed ? 'dashed #52c41a' : 'solid #f0f0f0'}`,
        opacity: allowed ? 1 : 0.55,
        borderRadius: 6,
        padding: 8,
        minHeight: 420,
      }}
    >
      <div style={{ borderTop: `3px solid ${STAGE_COLORS[column.stage]}`, paddingTop: 6, marginBottom: 8 }}>
        <Typography.Text strong>{t(`dealStage.${column.stage}`)}</Typography.Text>
        <div style={{ fontSize: 12, color: '#888' }} data-testid={`stage-count-${column.stage}`}>
          {t('brokers.columnTotal', { count: column.count, amount: formatMoney(column.expectedValueTotal) })}
        </div>
      </div>
      {column.deals.map((deal) => (
        <DraggableDeal key={deal.id} deal={deal} />
      ))}
      {column.deals.length === 0 && <div style={{ color: '#bbb', textAlign: 'center', padding: 24 }}>{t('brokers.emptyColumn')}</div>}
      {column.hasMore && <Typography.Text type="secondary">{t('brokers.more')}</Typography.Text>}
    </div>
  );
}

/** Moves a card between columns locally while the server decides (optimistic), so the drop feels immediate. */
function withOverride(columns: Column[], override: { dealId: string; stage: DealStage } | null): Column[] {
  if (!override) return columns;
  const deal = columns.flatMap((c) => c.deals).find((d) => d.id === override.dealId);
  if (!deal || deal.stage === override.stage) return columns;
  return columns.map((column) => {
    if (column.stage === deal.stage) return { ...column, deals: column.deals.filter((d) => d.id !== deal.id), count: column.count - 1 };
    if (column.stage === override.stage) return { ...column, deals: [{ ...deal, stage: override.stage }, ...column.deals], count: column.count + 1 };
    return column;
  });
}

export default function PipelinePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roles } = useSession();
  const { data, loading } = useQuery(DealPipelineDocument, { variables: { perStage: 50 } });
  const [error, setError] = useState<string | null>(null);
  const [override, setOverride] = useState<{ dealId: string; stage: DealStage } | null>(null);
  const [dragged, setDragged] = useState<BoardDeal | null>(null);
  const onError = useCallback((text: string) => setError(text), []);
  const onMoved = useCallback((stage: DealStage) => void message.success(t('brokers.moved', { stage: t(`dealStage.${stage}`) })), [message, t]);
  const { move, dialogs } = useDealMover(onError, onMoved);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));

  const columns = useMemo(() => withOverride(data?.dealPipeline.columns ?? [], override), [data, override]);

  const onDragStart = (event: DragStartEvent) => {
    setDragged((event.active.data.current as { deal: BoardDeal }).deal);
  };
  const onDragEnd = async (event: DragEndEvent) => {
    setDragged(null);
    const deal = (event.active.data.current as { deal: BoardDeal }).deal;
    const stage = event.over?.id as DealStage | undefined;
    if (!stage || stage === deal.stage) return;
    setError(null);
    setOverride({ dealId: deal.id, stage });
    await move(deal, stage);
    // Accepted: the refetched board already shows the card there. Refused or cancelled: it goes back.
    setOverride(null);
  };

  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const total = data?.dealPipeline.totalCount ?? 0;

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} align="start">
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('brokers.pipeline')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('brokers.pipelineHint')}</Typography.Text>
        </div>
        <Space>
          <DownloadButton url="/exports/pipeline.xlsx" fileName="pipeline.xlsx" testId="export-pipeline">
            {t('brokers.exportPipeline')}
          </DownloadButton>
          {roles.broker && <NewDealButton icon={<PlusOutlined />} />}
        </Space>
      </Space>
      {roles.broker && <BrokerKpiSummary />}
      {error && <Alert type="error" showIcon closable onClose={() => setError(null)} title={t('brokers.moveFailed', { message: error })} style={{ marginBottom: 12 }} data-testid="board-error" />}
      {total === 0 && !override ? (
        <Card>
          <EmptyState title={t('brokers.emptyBoardTitle')} hint={t('brokers.emptyBoardHint')} action={roles.broker ? <NewDealButton /> : undefined} />
        </Card>
      ) : (
        <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={(e) => void onDragEnd(e)} onDragCancel={() => setDragged(null)}>
          <div style={{ display: 'flex', gap: 8, overflowX: 'auto' }} data-testid="kanban">
            {columns.map((column) => (
              <StageColumn key={column.stage} column={column} dragged={dragged} />
            ))}
          </div>
          <DragOverlay>{dragged ? <DealCard deal={dragged} /> : null}</DragOverlay>
        </DndContext>
      )}
      {dialogs}
    </>
  );
}
