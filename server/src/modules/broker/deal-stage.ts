import { registerEnumType } from 'type-graphql';

/** A deal's place in a broker's pipeline (the columns of the kanban board, in board order). */
export enum DealStage {
  LEAD = 'LEAD',
  CONTACTED = 'CONTACTED',
  NEGOTIATING = 'NEGOTIATING',
  SIGNED = 'SIGNED',
  REGISTERED = 'REGISTERED',
  LOST = 'LOST',
}
registerEnumType(DealStage, {
  name: 'DealStage',
  description:
    'LEAD 线索 → CONTACTED 已接洽 → NEGOTIATING 洽谈中 → SIGNED 已签约 (a linked contract) → REGISTERED 已登记 (its contract is ' +
    'registered); LOST 未成交 (with a reason) from any stage before registration.',
});

export const STAGE_ORDER: DealStage[] = [
  DealStage.LEAD,
  DealStage.CONTACTED,
  DealStage.NEGOTIATING,
  DealStage.SIGNED,
  DealStage.REGISTERED,
  DealStage.LOST,
];

export const OPEN_STAGES = [DealStage.LEAD, DealStage.CONTACTED, DealStage.NEGOTIATING];
/** Won: a contract was signed (and perhaps registered since). */
export const WON_STAGES = [DealStage.SIGNED, DealStage.REGISTERED];

/**
 * Legal moves. The open stages move freely among themselves (talks go back and forth, and a first meeting may
 * go straight to negotiation); any open stage may reach SIGNED once a contract is linked; REGISTERED only follows
 * SIGNED and is final; a LOST deal can be reopened into an open stage. A signed deal cannot fall back to talks:
 * if its contract is terminated it is LOST.
 */
export const DEAL_TRANSITIONS: Record<DealStage, DealStage[]> = {
  [DealStage.LEAD]: [DealStage.CONTACTED, DealStage.NEGOTIATING, DealStage.SIGNED, DealStage.LOST],
  [DealStage.CONTACTED]: [DealStage.LEAD, DealStage.NEGOTIATING, DealStage.SIGNED, DealStage.LOST],
  [DealStage.NEGOTIATING]: [DealStage.LEAD, DealStage.CONTACTED, DealStage.SIGNED, DealStage.LOST],
  [DealStage.SIGNED]: [DealStage.REGISTERED, DealStage.LOST],
  [DealStage.REGISTERED]: [],
  [DealStage.LOST]: [DealStage.LEAD, DealStage.CONTACTED, DealStage.NEGOTIATING],
};
