import { QueryOrder, raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import { afterCursorCondition, toConnection, type ConnectionShape } from '../../graphql/connection';
import type { Viewer } from '../auth/viewer';
import { canSeeDeal, visibleDeals } from './deal-access';
import { STAGE_ORDER, type DealStage } from './deal-stage';
import { Deal } from './deal.entity';
import type { DealPipeline, StageCount } from './broker.types';

export interface DealScope {
  brokerId?: string | null;
  organizationId?: string | null;
  stages?: DealStage[] | null;
}

export const MAX_PER_STAGE = 100;

/** Reading deals: one deal, lists, the pipeline board and per-stage figures, always within what the viewer may see. */
export class DealQueryService {
  constructor(private readonly em: EntityManager) {}

  /** One deal; NOT_FOUND when it does not exist or the viewer may not see it (the two are indistinguishable). */
  async get(viewer: Viewer, id: string): Promise<Deal> {
    const deal = await this.em.findOne(Deal, { id });
    if (!deal || !canSeeDeal(viewer, deal)) throw CommonError.notFound('Deal', id);
    return deal;
  }

  where(viewer: Viewer, scope: DealScope): FilterQuery<Deal> {
    const conditions: FilterQuery<Deal>[] = [visibleDeals(viewer)];
    if (scope.brokerId) conditions.push({ broker: scope.brokerId });
    if (scope.organizationId) conditions.push({ organization: scope.organizationId });
    if (scope.stages?.length) conditions.push({ stage: { $in: scope.stages } });
    return { $and: conditions };
  }

  /** Visible deals, most recently opened first. */
  async list(viewer: Viewer, scope: DealScope, first: number, after?: string | null): Promise<ConnectionShape<Deal>> {
    const where = this.where(viewer, scope);
    const [rows, totalCount] = await Promise.all([
      this.em.find(Deal, { $and: [where, afterCursorCondition(after, 'desc')] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
      this.em.count(Deal, where),
    ]);
    return toConnection(rows, first, totalCount);
  }

  /** Count and expected value per stage, every stage present, in board order. One statement. */
  async stageCounts(where: FilterQuery<Deal>): Promise<StageCount[]> {
    const rows: Array<{ stage: DealStage; count: string | number; total: string }> = await this.em
      .createQueryBuilder(Deal, 'd')
      .select(['d.stage', raw('count(*) as count'), raw('coalesce(sum(d.expected_value), 0)::numeric(20,2)::text as total')])
      .where(where as QBFilterQuery<Deal>)
      .groupBy('d.stage')
      .execute('all', false);
    const byStage = new Map(rows.map((row) => [row.stage, row]));
    return STAGE_ORDER.map((stage) => ({
      stage,
      count: Number(byStage.get(stage)?.count ?? 0),
      expectedValue: byStage.get(stage)?.total ?? '0.00',
    }));
  }

  /**
   * The board: one column per stage with its first `perStage` cards. Seven statements whatever the number of
   * deals (six columns and the per-stage figures).
   */
  async pipeline(viewer: Viewer, scope: DealScope, perStage: number): Promise<DealPipeline> {
    if (!Number.isInteger(perStage) || perStage < 1 || perStage > MAX_PER_STAGE) {
      throw CommonError.badInput('perStage', `must be between 1 and ${MAX_PER_STAGE}`);
    }
    const where = this.where(viewer, { ...scope, stages: null });
    const stages = scope.stages?.length ? STAGE_ORDER.filter((stage) => scope.stages!.includes(stage)) : STAGE_ORDER;
    const [counts, ...cards] = await Promise.all([
      this.stageCounts(where),
      ...stages.map((stage) =>
        this.em.find(Deal, { $and: [where, { stage }] }, {
          orderBy: [{ nextActionOn: QueryOrder.ASC_NULLS_LAST }, { stageChangedAt: QueryOrder.DESC }, { id: QueryOrder.ASC }],
          limit: perStage + 1,
        }),
      ),
    ]);
    const columns = stages.map((stage, i) => {
      const figures = counts.find((c) => c.stage === stage)!;
      return {
        stage,
        count: figures.count,
        expectedValueTotal: figures.expectedValue,
        deals: cards[i].slice(0, perStage),
        hasMore: cards[i].length > perStage,
      };
    });
    return { columns, totalCount: columns.reduce((sum, column) => sum + column.count, 0) };
  }
}
