/**
 * The city's industry jargon: groups of terms that mean the same thing to users. Kept as data; every term of a
 * group is made a synonym of every other (Meilisearch synonyms are one-directional, see indexes.ts).
 */
export const SYNONYM_GROUPS: string[][] = [
  ['氢燃料电池', '燃料电池', 'PEMFC', '质子交换膜燃料电池'],
  ['涉海', '海洋'],
  ['轻量化', '减重'],
  ['水下机器人', 'ROV', 'AUV', '无人潜航器'],
  ['增材制造', '3D打印'],
  ['人工智能', 'AI'],
  ['工业互联网', 'IIoT'],
  ['锂电池', '锂离子电池'],
  ['电解水制氢', '电解制氢'],
  ['碳纤维', 'CFRP', '碳纤维复合材料'],
  ['故障诊断', '故障预测', 'PHM'],
  ['深海', '深水'],
  ['机器视觉', '视觉检测'],
  ['数字孪生', '虚拟仿真'],
  ['储能', '能量存储'],
];

/** Meilisearch's synonyms setting: each term maps to the others of its groups. */
export function synonymsSetting(groups: string[][] = SYNONYM_GROUPS): Record<string, string[]> {
  const setting: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group) {
      setting[term] = [...new Set([...(setting[term] ?? []), ...group.filter((other) => other !== term)])];
    }
  }
  return setting;
}
