import type { TestPlatform } from './harness';

/** A complete, valid brief; override any field. Deadlines are days from now. */
export function challengeInput(overrides: Record<string, unknown> = {}) {
  return {
    title: '深海耐压舱体轻量化设计与制造',
    summary: '面向6000米级深海装备，征集钛合金耐压舱体轻量化设计与制造方案。',
    statement:
      '我公司研制的深海着陆器耐压舱目前采用TC4钛合金整体锻造，重量偏大、加工周期长。希望揭榜方提出拓扑优化与增材制造相结合的轻量化方案，在保证6000米水深耐压安全系数不低于1.5的前提下减重20%以上，并完成样件制造与压力试验。',
    indicators: [
      { name: '工作水深', target: '≥ 6000', unit: 'm' },
      { name: '减重比例', target: '≥ 20', unit: '%' },
    ],
    bounty: '1500000.00',
    deadline: new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString(),
    fieldCode: 'MARINE.EQUIPMENT',
    keywords: ['耐压舱', '钛合金', '轻量化'],
    targetTrl: 6,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: '成果知识产权归发榜方所有。',
    contact: { name: '李总工', phone: '0532-88886666', email: 'li@deepblue.example' },
    ...overrides,
  };
}

export function bidInput(challengeId: string, overrides: Record<string, unknown> = {}) {
  return {
    challengeId,
    approach:
      '采用变密度拓扑优化确定舱体加强筋布局，结合激光选区熔化成形TC4钛合金点阵夹层结构，经热等静压处理后进行6000米等效压力试验验证。',
    teamLead: { name: '陈研究员', title: '研究员', role: '项目负责人' },
    teamMembers: [{ name: '王工', title: '高级工程师', role: '结构仿真' }],
    price: '1200000.00',
    durationMonths: 18,
    milestones: [
      { title: '方案设计', month: 4, deliverable: '拓扑优化报告' },
      { title: '样件试验', month: 18, deliverable: '压力试验报告' },
    ],
    attachments: [{ fileName: '技术方案.pdf', sizeBytes: 1048576, mimeType: 'application/pdf' }],
    ...overrides,
  };
}

export const CHALLENGE_FIELDS = `id title status bounty deadline fieldCode targetTrl confidentiality statusReason
  ownerOrganization { name } details { statement indicators { name target unit } contact { name } }
  criteria { key name weight } bidCount`;

/** Pretends time passed: moves a challenge's deadline into the past (the clock then closes bidding). */
export async function passDeadline(platform: TestPlatform, challengeId: string): Promise<void> {
  await platform.orm.em.getConnection().execute(`update challenge set deadline = now() - interval '1 minute' where id = ?`, [challengeId]);
}

/** Runs a mutation and returns its single data field, failing loudly on errors. */
export async function ok<T = any>(platform: TestPlatform, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await platform.gql(query, variables, token);
  if (result.errors) throw new Error(`${query.slice(0, 80)}...: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data)[0] as T;
}

/** The tables a challenge, bid, review or notification mutation can write to. */
export const CHALLENGE_TABLES = [
  'challenge',
  'challenge_transition',
  'nda_acceptance',
  'bid',
  'expert_assignment',
  'review_score',
  'notification',
] as const;

/**
 * Row count and a digest of every row of the given tables: equal before and after a refused mutation proves
 * that it wrote nothing (no insert, no update, not even of updated_at).
 */
export async function dbFingerprint(platform: TestPlatform, tables: readonly string[] = CHALLENGE_TABLES): Promise<Record<string, string>> {
  const columns = tables.map(
    (table) => `(select count(*) || ':' || md5(coalesce(string_agg(r::text, '|' order by r::text), '')) from "${table}" r) as "${table}"`,
  );
  const [row] = await platform.orm.em.getConnection().execute(`select ${columns.join(', ')}`);
  return row;
}
