import { registerEnumType } from 'type-graphql';

/** The 揭榜挂帅 lifecycle of a challenge (榜单). */
export enum ChallengeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  REJECTED = 'REJECTED',
  PUBLISHED = 'PUBLISHED',
  EVALUATING = 'EVALUATING',
  AWARDED = 'AWARDED',
  NO_WINNER = 'NO_WINNER',
  CONTRACTED = 'CONTRACTED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ChallengeStatus, {
  name: 'ChallengeStatus',
  description:
    'DRAFT 草稿 → SUBMITTED 待审核 → PUBLISHED 已发榜 (or REJECTED 驳回, revise and resubmit) → at the deadline EVALUATING 评审中 → ' +
    'AWARDED 已挂帅 or NO_WINNER 流标 → CONTRACTED 已签约 → COMPLETED 已验收; CANCELLED 已取消 from any open state.',
});

/** States where the challenge is visible to everyone (after publication, except cancelled ones). */
export const PUBLIC_STATUSES = [
  ChallengeStatus.PUBLISHED,
  ChallengeStatus.EVALUATING,
  ChallengeStatus.AWARDED,
  ChallengeStatus.NO_WINNER,
  ChallengeStatus.CONTRACTED,
  ChallengeStatus.COMPLETED,
];

/** States from which the owner or the bureau may cancel. */
export const OPEN_STATUSES = [
  ChallengeStatus.DRAFT,
  ChallengeStatus.SUBMITTED,
  ChallengeStatus.REJECTED,
  ChallengeStatus.PUBLISHED,
  ChallengeStatus.EVALUATING,
];

/** States in which the owner may still edit the brief and its review criteria. */
export const EDITABLE_STATUSES = [ChallengeStatus.DRAFT, ChallengeStatus.REJECTED];

/** Bidding is over: bids may be read by the owner and the experts. */
export const CLOSED_FOR_BIDDING_STATUSES = [
  ChallengeStatus.EVALUATING,
  ChallengeStatus.AWARDED,
  ChallengeStatus.NO_WINNER,
  ChallengeStatus.CONTRACTED,
  ChallengeStatus.COMPLETED,
];

export const TRANSITIONS: Record<ChallengeStatus, ChallengeStatus[]> = {
  [ChallengeStatus.DRAFT]: [ChallengeStatus.SUBMITTED, ChallengeStatus.CANCELLED],
  [ChallengeStatus.SUBMITTED]: [ChallengeStatus.PUBLISHED, ChallengeStatus.REJECTED, ChallengeStatus.CANCELLED],
  [ChallengeStatus.REJECTED]: [ChallengeStatus.SUBMITTED, ChallengeStatus.CANCELLED],
  [ChallengeStatus.PUBLISHED]: [ChallengeStatus.EVALUATING, ChallengeStatus.CANCELLED],
  [ChallengeStatus.EVALUATING]: [ChallengeStatus.AWARDED, ChallengeStatus.NO_WINNER, ChallengeStatus.CANCELLED],
  [ChallengeStatus.AWARDED]: [ChallengeStatus.CONTRACTED],
  [ChallengeStatus.NO_WINNER]: [],
  [ChallengeStatus.CONTRACTED]: [ChallengeStatus.COMPLETED],
  [ChallengeStatus.COMPLETED]: [],
  [ChallengeStatus.CANCELLED]: [],
};
