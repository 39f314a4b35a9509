import { createHash } from 'node:crypto';
import { creditCode } from '../demo-data';

/**
 * A realistic year of registered technology contracts for the demo dashboard, generated deterministically (same
 * demo every load, dated relative to the day it is loaded): the current year up to today and the whole previous
 * year, as if imported from the bureau's registration system. The mix follows national statistics (技术服务 and
 * 技术开发 carry most of the turnover), amounts are log-uniform from 5万 to 2亿 with a few 10亿-scale contracts (2.5%) of
 * large manufacturers, and parties are the demo organizations plus companies without an account, in and outside
 * the city.
 */
export interface GeneratedParty {
  /** A demo organization key, or the registration-form columns of a party without an account. */
  organizationKey?: string;
  name?: string;
  creditCode?: string;
  regionCode?: string;
  partyType?: string;
}

export interface GeneratedContract {
  title: string;
  categoryCode: string;
  fieldCode: string;
  ipType: string;
  planSource: string;
  buyer: GeneratedParty;
  seller: GeneratedParty;
  contractAmount: string;
  techTransactionAmount: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  registrationNumber: string;
  registeredOn: string;
  brokered: boolean;
}

const OUTSIDE_PARTIES: GeneratedParty[] = [
  { name: '北京中科海测技术有限公司', regionCode: '110108', partyType: 'ENTERPRISE' },
  { name: '上海临港智能制造研究院', regionCode: '310115', partyType: 'INSTITUTE' },
  { name: '南京工业材料研究所', regionCode: '320102', partyType: 'INSTITUTE' },
  { name: '杭州云帆工业软件有限公司', regionCode: '330106', partyType: 'ENTERPRISE' },
  { name: '济南齐鲁先进装备有限公司', regionCode: '370102', partyType: 'ENTERPRISE' },
  { name: '烟台黄渤海新材料有限公司', regionCode: '370602', partyType: 'ENTERPRISE' },
  { name: '深圳前海氢能科技有限公司', regionCode: '440305', partyType: 'ENTERPRISE' },
  { name: '武汉光谷测控技术有限公司', regionCode: '420111', partyType: 'ENTERPRISE' },
  { name: '大连海事装备工程研究院', regionCode: '210204', partyType: 'INSTITUTE' },
  { name: '哈尔滨船舶动力研究所', regionCode: '230103', partyType: 'INSTITUTE' },
];

const CITY_PARTIES: GeneratedParty[] = [
  { name: '青岛四方轨道车辆股份有限公司', regionCode: '370213', partyType: 'ENTERPRISE' },
  { name: '青岛海尔智慧家电科技有限公司', regionCode: '370212', partyType: 'ENTERPRISE' },
  { name: '青岛港湾智能装卸有限公司', regionCode: '370211', partyType: 'ENTERPRISE' },
  { name: '青岛即墨纺织新材料有限公司', regionCode: '370215', partyType: 'ENTERPRISE' },
  { name: '青岛胶州湾石化工程有限公司', regionCode: '370281', partyType: 'ENTERPRISE' },
  { name: '青岛城阳食品机械有限公司', regionCode: '370214', partyType: 'ENTERPRISE' },
  { name: '青岛平度农业装备有限公司', regionCode: '370283', partyType: 'ENTERPRISE' },
  { name: '青岛莱西新能源汽车零部件有限公司', regionCode: '370285', partyType: 'ENTERPRISE' },
  { name: '青岛市北工业设计中心', regionCode: '370203', partyType: 'OTHER' },
  { name: '青岛市南软件园发展有限公司', regionCode: '370202', partyType: 'ENTERPRISE' },
];

const ENTERPRISE_KEYS = ['haisheng', 'lanxun', 'haiyuan', 'qingtu', 'dingzhou', 'zhongchi', 'guicheng', 'huijia', 'xianglian', 'gongzhi', 'jingce', 'kangrui', 'fengsui', 'hairong', 'lvtan', 'enterprise'];
const SELLER_KEYS = ['lanwan', 'xinneng', 'gaofenzi', 'jingzhi', 'kongtian', 'haiqi', 'haiwan', 'yike', 'nongye', 'gongcheng', 'kechuang', 'institute', 'university', 'brokerage'];

/** [leaf category, weight] after the national mix of turnover by contract type. */
const CATEGORY_WEIGHTS: Array<[string, number]> = [
  ['SERVICE.GENERAL', 34], ['SERVICE.TRAINING', 3], ['SERVICE.BROKERAGE', 3], ['DEVELOPMENT.COMMISSIONED', 24], ['DEVELOPMENT.COOPERATIVE', 8],
  ['TRANSFER.PATENT', 5], ['TRANSFER.PATENT_APPLICATION', 1], ['TRANSFER.KNOW_HOW', 4], ['LICENSE.PATENT', 5], ['LICENSE.KNOW_HOW', 2], ['CONSULTING', 11],
];
const FIELDS = [
  'MARINE.EQUIPMENT', 'MARINE.INFO', 'MARINE.PHARMA', 'MARINE.METEOROLOGY', 'MARINE.DEEPSEA', 'ENERGY.HYDROGEN', 'ENERGY.PETROLEUM', 'ENERGY.LOWCARBON',
  'ENERGY.STORAGE', 'MANUFACTURING.BEARING', 'MANUFACTURING.VEHICLE', 'MANUFACTURING.RAIL', 'MANUFACTURING.APPLIANCE', 'MATERIALS.RUBBER',
  'MATERIALS.LIGHTWEIGHT', 'MATERIALS.FUNCTIONAL', 'INFO.INDUSTRIAL_INTERNET', 'INFO.SPACE_DATA', 'INFO.AI', 'INFO.MEASUREMENT', 'INSTRUMENTS',
  'BIOMED.DRUGS', 'BIOMED.DEVICES', 'BIOMED.CLINICAL.ONCOLOGY', 'AGRICULTURE.SEED',
];
const TITLES: Record<string, string[]> = {
  SERVICE: ['检测分析技术服务', '工艺优化技术服务', '数字化改造技术服务', '中试放大技术服务'],
  DEVELOPMENT: ['关键技术开发', '样机研制', '控制系统开发', '新工艺开发'],
  TRANSFER: ['专利技术转让', '成套工艺转让'],
  LICENSE: ['专利实施许可', '技术秘密使用许可'],
  CONSULTING: ['可行性论证咨询', '技术路线咨询'],
};

/** A number in [0, 1) from a label: the demo must not change between loads. */
function draw(label: string): number {
  return createHash('sha256').update(label).digest().readUInt32BE(0) / 2 ** 32;
}

function pick<T>(items: T[], label: string): T {
  return items[Math.floor(draw(label) * items.length)];
}

function weighted(label: string): string {
  const total = CATEGORY_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let at = draw(label) * total;
  for (const [code, weight] of CATEGORY_WEIGHTS) {
    if ((at -= weight) < 0) return code;
  }
  return CATEGORY_WEIGHTS[0][0];
}

function withCreditCode(party: GeneratedParty): GeneratedParty {
  if (party.organizationKey) return party;
  // Stable valid codes: the name decides the body, the check character is computed.
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const hash = createHash('sha256').update(party.name!).digest();
  const body = Array.from({ length: 9 }, (_, i) => alphabet[hash[i] % alphabet.length]).join('');
  return { ...party, creditCode: creditCode(`91${party.regionCode}${body}`) };
}

const addDays = (date: string, days: number) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** Yuan with two decimals, log-uniform between 5万 and 2亿. */
function amount(label: string): string {
  const value = 50_000 * Math.exp(draw(label) * Math.log(4000));
  return (Math.round(value * 100) / 100).toFixed(2);
}

/**
 * `perYear` contracts a year (the current year: its share so far); registration dates spread from 1 January to
 * today (this year) or 31 December (last year). Registration numbers are year + the seller's region + a serial per region.
 */
export function generateContractYear(today: string, perYear: { current: number; previous: number }): GeneratedContract[] {
  const year = Number(today.slice(0, 4));
  const contracts: GeneratedContract[] = [];
  const serials = new Map<string, number>();
  for (const [y, count] of [[year - 1, perYear.previous], [year, perYear.current]] as const) {
    const start = `${y}-01-01`;
    const end = y === year ? today : `${y}-12-31`;
    const span = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
    const yearDays = (Date.parse(`${y + 1}-01-01`) - Date.parse(start)) / 86_400_000;
    // The current year holds only its days so far: a demo loaded in February is not already at the target.
    for (let i = 0; i < Math.round((count * span) / yearDays); i++) {
      const label = `${y}/${i}`;
      const categoryCode = weighted(`${label}/category`);
      const group = categoryCode.split('.')[0];
      const fieldCode = pick(FIELDS, `${label}/field`);
      // 85% of sellers and 70% of buyers are in the city; the rest come from other provinces.
      // A few contracts of the city's large manufacturers at the 10亿 scale, as in real city statistics.
      const mega = draw(`${label}/mega`) < 0.025;
      const seller = mega ? withCreditCode(CITY_PARTIES[Math.floor(draw(`${label}/mega-seller`) * 3)]) : withCreditCode(draw(`${label}/seller-out`) < 0.15 ? pick(OUTSIDE_PARTIES, `${label}/seller`) : draw(`${label}/seller-acct`) < 0.7 ? { organizationKey: pick(SELLER_KEYS, `${label}/seller`) } : pick(CITY_PARTIES, `${label}/seller`));
      let buyer = withCreditCode(draw(`${label}/buyer-out`) < 0.3 ? pick(OUTSIDE_PARTIES, `${label}/buyer`) : draw(`${label}/buyer-acct`) < 0.5 ? { organizationKey: pick(ENTERPRISE_KEYS, `${label}/buyer`) } : pick(CITY_PARTIES, `${label}/buyer`));
      for (let k = 0; (buyer.organizationKey ?? buyer.name) === (seller.organizationKey ?? seller.name); k++) buyer = withCreditCode(CITY_PARTIES[(i + k) % CITY_PARTIES.length]);

      const contractAmount = mega ? (Math.round(8e8 + draw(`${label}/mega-amount`) * 1.6e9)).toFixed(2) : amount(`${label}/amount`);
      const techShare = group === 'SERVICE' || group === 'CONSULTING' ? 0.85 + draw(`${label}/tech`) * 0.15 : 0.55 + draw(`${label}/tech`) * 0.45;
      const techTransactionAmount = (Math.floor(Number(contractAmount) * techShare * 100) / 100).toFixed(2);
      const registeredOn = addDays(start, Math.floor(draw(`${label}/registered`) * span));
      const signedOn = addDays(registeredOn, -Math.floor(5 + draw(`${label}/lag`) * 40));
      const region = seller.regionCode ?? '370200';
      const serial = (serials.get(`${y}/${region}`) ?? 0) + 1;
      serials.set(`${y}/${region}`, serial);
      contracts.push({
        title: `${pick(['海洋', '氢能', '轴承', '轨道车辆', '智能家电', '橡胶材料', '工业互联网', '生物医药', '种业', '仪器仪表'], `${label}/topic`)}${pick(TITLES[group], `${label}/title`)}（${y}-${String(i + 1).padStart(4, '0')}）`,
        categoryCode, fieldCode,
        ipType: group === 'TRANSFER' || group === 'LICENSE' ? pick(['INVENTION_PATENT', 'UTILITY_MODEL', 'KNOW_HOW', 'SOFTWARE_COPYRIGHT'], `${label}/ip`) : pick(['NONE', 'NONE', 'INVENTION_PATENT', 'SOFTWARE_COPYRIGHT', 'OTHER'], `${label}/ip`),
        planSource: pick(['NONE', 'NONE', 'NONE', 'CITY', 'PROVINCIAL', 'NATIONAL'], `${label}/plan`),
        buyer, seller, contractAmount, techTransactionAmount,
        signedOn, validFrom: signedOn, validTo: addDays(signedOn, 180 + Math.floor(draw(`${label}/valid`) * 900)),
        registrationNumber: `${y}${region}${String(serial).padStart(6, '0')}`,
        registeredOn,
        brokered: draw(`${label}/broker`) < 0.3,
      });
    }
  }
  return contracts;
}
