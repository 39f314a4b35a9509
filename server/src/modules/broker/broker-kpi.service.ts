import type { EntityManager } from '@mikro-orm/postgresql';
import Decimal from 'decimal.js';
import { CommonError } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { TargetService } from '../target/target.service';
import { TargetMetric } from '../target/target.types';
import { User } from '../user/user.entity';
import { BrokerProfile } from './broker-profile.entity';
import { BrokerProfileService } from './broker-profile.service';
import type { BrokerKpis, NewBrokersProgress } from './broker.types';
import { canSeeBrokerWork } from './deal-access';
import { DealQueryService } from './deal-query.service';
import { DealStage, WON_STAGES } from './deal-stage';
import { Deal } from './deal.entity';

/** The instants a calendar year of the city (UTC+8) starts and ends. */
export function cityYearBounds(year: number): { from: Date; to: Date } {
  return { from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
}

function assertYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw CommonError.badInput('year', 'must be a year between 2000 and 2100');
}

/** Brokers' figures: their deals by stage, won and lost, registered contracts attributed; new brokers against the target. */
export class BrokerKpiService {
  constructor(
    private readonly em: EntityManager,
    private readonly deals = new DealQueryService(em),
    private readonly profiles = new BrokerProfileService(em),
    private readonly targets = new TargetService(em),
  ) {}

  /** Brokers certified in the year against the year's NEW_BROKERS target (everyone signed in may read it). */
  async newBrokersProgress(year: number): Promise<NewBrokersProgress> {
    assertYear(year);
    const [count, target] = await Promise.all([
      this.profiles.countNewBrokers(year),
      this.targets.find(year, TargetMetric.NEW_BROKERS),
    ]);
    const targetValue = target ? new Decimal(target.targetValue) : null;
    return {
      year,
      count,
      target: targetValue ? targetValue.toNumber() : null,
      share: targetValue ? new Decimal(count).div(targetValue).toFixed(4) : null,
    };
  }

  /** A broker's KPIs for a year: their own, a colleague's of the same organization, or anyone's for the bureau. */
  async kpis(viewer: Viewer, brokerId: string, year: number): Promise<BrokerKpis> {
    assertYear(year);
    const [broker, profile] = await Promise.all([
      this.em.findOne(User, { id: brokerId }),
      this.em.findOne(BrokerProfile, { user: brokerId }),
    ]);
    if (!broker || (!broker.isBroker && !profile)) throw CommonError.notFound('Broker', brokerId);
    if (!canSeeBrokerWork(viewer, brokerId, profile?.organization.id ?? null)) {
      throw CommonError.forbidden("You can read your own KPIs, those of your organization's brokers, or (the bureau) anyone's.");
    }
    const { from, to } = cityYearBounds(year);
    const where = this.deals.where(viewer, { brokerId });
    const [dealsByStage, won, lost, registered, newBrokers] = await Promise.all([
      this.deals.stageCounts(where),
      this.em.count(Deal, { $and: [where, { stage: { $in: WON_STAGES }, wonAt: { $gte: from, $lt: to } }] }),
      this.em.count(Deal, { $and: [where, { stage: DealStage.LOST, stageChangedAt: { $gte: from, $lt: to } }] }),
      this.targets.registeredValueAttributedTo(brokerId, year),
      this.newBrokersProgress(year),
    ]);
    return {
      brokerId,
      year,
      dealsByStage,
      won,
      lost,
      winRate: won + lost ? Number((won / (won + lost)).toFixed(4)) : null,
      // Every registered contract credited to the broker counts, wherever its parties are: the broker's work.
      registeredContracts: registered.contracts,
      registeredContractAmount: registered.contractAmount,
      registeredTechTransactionAmount: registered.techTransactionAmount,
      newBrokers,
    };
  }
}
