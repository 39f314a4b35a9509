/**
 * The technology field taxonomy (技术领域), from the industry chains named in the city's 2022 plan. Reference
 * data kept in code and synced into the database at start-up (tech-field.sync.ts): add fields here; never
 * change an existing code (challenges and capabilities refer to it), rename with `name` instead.
 */
export interface FieldNode {
  code: string;
  name: string;
  children?: FieldNode[];
}

export const FIELD_TAXONOMY: FieldNode[] = [
  {
    code: 'MARINE',
    name: '海洋科技',
    children: [
      { code: 'MARINE.EQUIPMENT', name: '海洋高端装备' },
      { code: 'MARINE.INFO', name: '海洋信息' },
      { code: 'MARINE.PHARMA', name: '海洋医药与生物制品' },
      { code: 'MARINE.METEOROLOGY', name: '海洋气象' },
      { code: 'MARINE.DEEPSEA', name: '深水与绿色安全海洋技术' },
    ],
  },
  {
    code: 'ENERGY',
    name: '新能源与绿色低碳',
    children: [
      { code: 'ENERGY.HYDROGEN', name: '氢能与燃料电池' },
      { code: 'ENERGY.PETROLEUM', name: '石油能源' },
      { code: 'ENERGY.LOWCARBON', name: '超低碳与节能环保' },
      { code: 'ENERGY.STORAGE', name: '储能与新型电力' },
    ],
  },
  {
    code: 'MANUFACTURING',
    name: '高端装备制造',
    children: [
      { code: 'MANUFACTURING.BEARING', name: '高端轴承' },
      { code: 'MANUFACTURING.VEHICLE', name: '商用车' },
      { code: 'MANUFACTURING.RAIL', name: '高速列车与轨道交通' },
      { code: 'MANUFACTURING.APPLIANCE', name: '智能家电' },
    ],
  },
  {
    code: 'MATERIALS',
    name: '新材料',
    children: [
      { code: 'MATERIALS.RUBBER', name: '橡胶与高分子材料' },
      { code: 'MATERIALS.LIGHTWEIGHT', name: '轻量化与先进结构材料' },
      { code: 'MATERIALS.FUNCTIONAL', name: '功能材料' },
    ],
  },
  {
    code: 'INFO',
    name: '新一代信息技术',
    children: [
      { code: 'INFO.INDUSTRIAL_INTERNET', name: '工业互联网' },
      { code: 'INFO.SPACE_DATA', name: '空天大数据' },
      { code: 'INFO.AI', name: '人工智能' },
      { code: 'INFO.MEASUREMENT', name: '电子测量' },
    ],
  },
  {
    code: 'INSTRUMENTS',
    name: '仪器仪表与科学仪器',
  },
  {
    code: 'BIOMED',
    name: '生物医药',
    children: [
      { code: 'BIOMED.DRUGS', name: '创新药与生物制品' },
      { code: 'BIOMED.DEVICES', name: '医疗器械' },
      {
        code: 'BIOMED.CLINICAL',
        name: '临床研究',
        children: [
          { code: 'BIOMED.CLINICAL.ONCOLOGY', name: '恶性肿瘤' },
          { code: 'BIOMED.CLINICAL.HEPATOBILIARY', name: '肝胆疾病' },
          { code: 'BIOMED.CLINICAL.CARDIOVASCULAR', name: '心脑血管疾病' },
          { code: 'BIOMED.CLINICAL.METABOLIC', name: '代谢性疾病' },
        ],
      },
    ],
  },
  {
    code: 'AGRICULTURE',
    name: '现代农业',
    children: [{ code: 'AGRICULTURE.SEED', name: '种业' }],
  },
];

export interface FlatField {
  code: string;
  name: string;
  parentCode: string | null;
  sortOrder: number;
}

/** The taxonomy as rows, parents before children, in display order. */
export function flattenTaxonomy(nodes: FieldNode[] = FIELD_TAXONOMY, parentCode: string | null = null): FlatField[] {
  let order = 0;
  const rows: FlatField[] = [];
  const walk = (list: FieldNode[], parent: string | null) => {
    for (const node of list) {
      rows.push({ code: node.code, name: node.name, parentCode: parent, sortOrder: order++ });
      if (node.children) walk(node.children, node.code);
    }
  };
  walk(nodes, parentCode);
  return rows;
}
