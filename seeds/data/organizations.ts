import type { OrganizationKind } from '../../server/src/modules/organization/organization.entity';
import { creditCode } from '../demo-data';

/**
 * Demo organizations added to the five of demo-data.ts: enterprises along the city's industry chains (发榜方),
 * institutes and universities (揭榜方) and a second technology-transfer agency. All names are fictional.
 * Values are plain strings equal to the enum values (cast with `as OrganizationKind` when creating entities).
 */
export interface SeedOrganization {
  /** Stable key other seed files refer to; unique across this file and demo-data.ts. */
  key: string;
  kind: Exclude<`${OrganizationKind}`, 'BUREAU'>;
  name: string;
  /** 统一社会信用代码 with a valid check character. */
  creditCode: string;
  /** A district of 青岛市 (regions.ts). */
  regionCode: string;
  tags: string[];
  description: string;
  /** The organization's admin account (password: DEMO_PASSWORD). */
  memberEmail: string;
  memberName: string;
}

export const SEED_ORGANIZATIONS: SeedOrganization[] = [
  // ——— Enterprises (发榜方) ———
  {
    key: 'haisheng',
    kind: 'ENTERPRISE',
    name: '青岛海晟智能装备有限公司',
    creditCode: creditCode('91370211MA3D7K2R5'),
    regionCode: '370211',
    tags: ['高新技术企业', '专精特新', '涉海'],
    description:
      '专注海洋工程与科考船甲板装备，主要产品为深海绞车、A型架收放系统和海上风电安装辅助装备。在西海岸新区海洋高新区建有1.2万平方米总装车间和码头试验区，产品配套国内20余艘科考船与工程船。',
    memberEmail: 'haisheng.equipment@jiebang.demo',
    memberName: '韩海涛',
  },
  {
    key: 'lanxun',
    kind: 'ENTERPRISE',
    name: '青岛澜讯海洋信息技术有限公司',
    creditCode: creditCode('91370212MA3F1N8W6'),
    regionCode: '370212',
    tags: ['高新技术企业', '涉海', '瞪羚企业'],
    description:
      '提供海洋观测浮标组网、水下通信和港口海事信息服务，运营黄海近岸38套在线观测浮标。为港口、海事和养殖企业提供船舶动态监管与海况数据产品。',
    memberEmail: 'lanxun.ocean@jiebang.demo',
    memberName: '许嘉怡',
  },
  {
    key: 'haiyuan',
    kind: 'ENTERPRISE',
    name: '青岛蓝海源生物制药有限公司',
    creditCode: creditCode('91370212MA3EQ4L7C'),
    regionCode: '370212',
    tags: ['高新技术企业', '涉海', '专精特新'],
    description:
      '以海藻多糖、海洋功能油脂和胶原蛋白肽为主营的海洋生物制品企业，持有原料药与保健食品生产许可。拥有200 L至20 m³的多级发酵与酶解中试线，产品出口日韩及欧盟。',
    memberEmail: 'haiyuan.pharma@jiebang.demo',
    memberName: '邵文静',
  },
  {
    key: 'qingtu',
    kind: 'ENTERPRISE',
    name: '青岛氢途动力科技有限公司',
    creditCode: creditCode('91370211MA3TBX6J8'),
    regionCode: '370211',
    tags: ['高新技术企业', '专精特新', '氢能'],
    description:
      '研发生产车用燃料电池系统（60–150 kW）和电堆，产品用于港口集卡、城市公交和冷链物流车。参与“氢进万家”示范，累计配套车辆600余台，年产能5000套。',
    memberEmail: 'qingtu.hydrogen@jiebang.demo',
    memberName: '鲁振华',
  },
  {
    key: 'dingzhou',
    kind: 'ENTERPRISE',
    name: '青岛鼎轴精密轴承股份有限公司',
    creditCode: creditCode('91370281718036524'),
    regionCode: '370281',
    tags: ['高新技术企业', '专精特新“小巨人”', '制造业单项冠军培育'],
    description:
      '生产风电主轴与偏航变桨轴承、机床主轴轴承和精密回转支承，最大外径4.5 m。设有省级轴承工程技术研究中心和全尺寸风电轴承试验台。',
    memberEmail: 'dingzhou.bearing@jiebang.demo',
    memberName: '姜国栋',
  },
  {
    key: 'zhongchi',
    kind: 'ENTERPRISE',
    name: '青岛重驰专用汽车有限公司',
    creditCode: creditCode('91370215MA3M9P4K2'),
    regionCode: '370215',
    tags: ['高新技术企业', '商用车'],
    description:
      '生产重型牵引车、冷藏保温车和港口专用车，年产整车2.6万辆。在即墨汽车产业新城建有整车试制中心和综合性能试验场，正推进燃料电池重卡与长途干线车节能平台开发。',
    memberEmail: 'zhongchi.vehicle@jiebang.demo',
    memberName: '丁卫东',
  },
  {
    key: 'guicheng',
    kind: 'ENTERPRISE',
    name: '青岛轨程轨道装备有限公司',
    creditCode: creditCode('91370214MA3R6H1D9'),
    regionCode: '370214',
    tags: ['高新技术企业', '专精特新', '轨道交通'],
    description:
      '为城轨车辆和动车组配套铝合金车体部件、转向架零部件和车载监测系统，是多家主机厂的一级供应商。拥有搅拌摩擦焊生产线与车载设备环境试验室。',
    memberEmail: 'guicheng.rail@jiebang.demo',
    memberName: '崔立新',
  },
  {
    key: 'huijia',
    kind: 'ENTERPRISE',
    name: '青岛慧家智能电器有限公司',
    creditCode: creditCode('91370212MA3H5U8T3'),
    regionCode: '370212',
    tags: ['高新技术企业', '智能家电', '省级企业技术中心'],
    description:
      '生产多门冰箱、滚筒洗衣机和家用空调，年产能420万台，产品出口60多个国家。正在推进高端冰箱节能升级和家电离线语音交互平台建设。',
    memberEmail: 'huijia.appliance@jiebang.demo',
    memberName: '贾晓琳',
  },
  {
    key: 'xianglian',
    kind: 'ENTERPRISE',
    name: '青岛橡联轮胎材料股份有限公司',
    creditCode: creditCode('913702837661084XK'),
    regionCode: '370283',
    tags: ['高新技术企业', '橡胶', '绿色工厂'],
    description:
      '年产半钢子午线轮胎1200万条、全钢子午线轮胎180万条，并生产胎面胶与再生橡胶材料。出口欧盟产品须满足轮胎标签法规（EU 2020/740）和产品碳足迹披露要求。',
    memberEmail: 'xianglian.rubber@jiebang.demo',
    memberName: '孟庆军',
  },
  {
    key: 'gongzhi',
    kind: 'ENTERPRISE',
    name: '青岛工智互联科技有限公司',
    creditCode: creditCode('91370203MA3W2L7E4'),
    regionCode: '370203',
    tags: ['高新技术企业', '工业互联网', '瞪羚企业'],
    description:
      '运营面向橡胶、机械和食品行业的工业互联网平台，接入设备5.8万台，服务中小制造企业1100余家。提供设备上云、生产排程和能耗管理SaaS服务。',
    memberEmail: 'gongzhi.iiot@jiebang.demo',
    memberName: '钱宇航',
  },
  {
    key: 'jingce',
    kind: 'ENTERPRISE',
    name: '青岛精测电子仪器有限公司',
    creditCode: creditCode('91370211MA3P8Q6N1'),
    regionCode: '370211',
    tags: ['高新技术企业', '专精特新', '电子测量'],
    description:
      '研制矢量网络分析仪、信号源和数字示波器，主力产品覆盖9 kHz–67 GHz。正在开发带宽8 GHz的高端示波器和110 GHz毫米波测试方案。',
    memberEmail: 'jingce.instrument@jiebang.demo',
    memberName: '曹志远',
  },
  {
    key: 'kangrui',
    kind: 'ENTERPRISE',
    name: '青岛康瑞达生物医药有限公司',
    creditCode: creditCode('91370214MA3K4D9Y7'),
    regionCode: '370214',
    tags: ['高新技术企业', '生物医药', '专精特新'],
    description:
      '化学创新药与高端制剂企业，位于高新区蓝色生物医药产业园，在研品种14个（其中2个处于II期临床）。同时生产介入导管类二类医疗器械。',
    memberEmail: 'kangrui.biomed@jiebang.demo',
    memberName: '冯思远',
  },
  {
    key: 'fengsui',
    kind: 'ENTERPRISE',
    name: '青岛丰穗种业有限公司',
    creditCode: creditCode('91370285MA3BU6R2H'),
    regionCode: '370285',
    tags: ['农业产业化重点龙头企业', '育繁推一体化', '种业'],
    description:
      '从事玉米、小麦、花生和大白菜新品种选育与种子生产，在莱西、平度及甘肃张掖建有制种基地4.6万亩。拥有自主审定品种23个。',
    memberEmail: 'fengsui.seed@jiebang.demo',
    memberName: '王建华',
  },
  {
    key: 'hairong',
    kind: 'ENTERPRISE',
    name: '青岛海融石化装备有限公司',
    creditCode: creditCode('91370211264587931'),
    regionCode: '370211',
    tags: ['高新技术企业', '石油能源', '涉海'],
    description:
      '为炼化企业和油气码头提供储运设备检测、管道完整性管理和油气回收工程服务。承担董家口、黄岛港区多个原油与成品油码头的运维检测业务。',
    memberEmail: 'hairong.petro@jiebang.demo',
    memberName: '田志强',
  },
  {
    key: 'lvtan',
    kind: 'ENTERPRISE',
    name: '青岛绿碳综合能源科技有限公司',
    creditCode: creditCode('91370281MA3X3J5G6'),
    regionCode: '370281',
    tags: ['高新技术企业', '绿色低碳', '储能'],
    description:
      '投资运营工业园区综合能源项目，已建成用户侧储能电站7座（合计86 MWh）和分布式光伏120 MW。正在胶州布局风光制氢与蒸汽清洁替代示范。',
    memberEmail: 'lvtan.energy@jiebang.demo',
    memberName: '潘雨桐',
  },

  // ——— Institutes (院所, 揭榜方) ———
  {
    key: 'lanwan',
    kind: 'INSTITUTE',
    name: '青岛蓝湾海洋生物技术研究院',
    creditCode: creditCode('12370212MB1E6P4K8'),
    regionCode: '370212',
    tags: ['新型研发机构', '涉海', '海洋生物医药'],
    description:
      '围绕海洋多糖、海洋微生物与海洋药物开展研究，建有海洋糖工程实验室和GLP条件的药效评价平台。保藏海洋微生物菌株1.2万余株。',
    memberEmail: 'lanwan.marinebio@jiebang.demo',
    memberName: '林海燕',
  },
  {
    key: 'xinneng',
    kind: 'INSTITUTE',
    name: '青岛新能源与低碳技术研究院',
    creditCode: creditCode('12370211MB0T9C2W5'),
    regionCode: '370211',
    tags: ['新型研发机构', '氢能', '储能'],
    description:
      '研究方向为燃料电池与电解水制氢、储能安全和工业节能降碳，建有燃料电池测试中心（单堆300 kW）和储能电池安全实验室。',
    memberEmail: 'xinneng.lowcarbon@jiebang.demo',
    memberName: '高翔',
  },
  {
    key: 'gaofenzi',
    kind: 'INSTITUTE',
    name: '青岛先进高分子与复合材料研究院',
    creditCode: creditCode('12370213MB1L3H7A9'),
    regionCode: '370213',
    tags: ['新型研发机构', '橡胶', '新材料'],
    description:
      '聚焦轮胎与橡胶材料、热塑性复合材料和功能涂层，拥有密炼、压延、模压中试线。与市内轮胎企业共建橡胶材料联合实验室。',
    memberEmail: 'gaofenzi.materials@jiebang.demo',
    memberName: '郑雪梅',
  },
  {
    key: 'jingzhi',
    kind: 'INSTITUTE',
    name: '青岛精密制造与装备技术研究院',
    creditCode: creditCode('12370281MB0Q5N8D2'),
    regionCode: '370281',
    tags: ['新型研发机构', '高端装备', '检验检测机构（CMA）'],
    description:
      '开展精密轴承、车辆电控和机电装备研发，提供轴承寿命试验、几何量计量和电磁兼容测试服务。拥有CMA资质实验室和轴承全尺寸试验台4台。',
    memberEmail: 'jingzhi.manufacturing@jiebang.demo',
    memberName: '何振宇',
  },
  {
    key: 'kongtian',
    kind: 'INSTITUTE',
    name: '青岛工业智能与空天信息研究院',
    creditCode: creditCode('12370203MB1Y7K4R3'),
    regionCode: '370203',
    tags: ['新型研发机构', '工业互联网', '空天大数据'],
    description:
      '研究工业视觉、工业数据智能、遥感信息处理和射频测量算法。运营遥感数据处理中心（算力200 PFLOPS）和工业互联网测试床。',
    memberEmail: 'kongtian.aerospace@jiebang.demo',
    memberName: '严博文',
  },
  {
    key: 'haiqi',
    kind: 'INSTITUTE',
    name: '青岛海洋气象与环境观测研究所',
    creditCode: creditCode('12370202427486153'),
    regionCode: '370202',
    tags: ['事业单位', '涉海', '海洋气象'],
    description:
      '承担黄海海域海洋气象观测与预报技术研究，运维岸基站和锚系浮标19套，开展海雾、风暴潮、绿潮和海洋生态环境监测预警研究。',
    memberEmail: 'haiqi.meteorology@jiebang.demo',
    memberName: '谭志明',
  },

  // ——— Universities (高校, 揭榜方) ———
  {
    key: 'haiwan',
    kind: 'UNIVERSITY',
    name: '青岛海湾大学',
    creditCode: creditCode('12370000427403156'),
    regionCode: '370212',
    tags: ['高校', '涉海', '海洋工程'],
    description:
      '以海洋工程、船舶与海洋装备、油气储运和海洋生物资源利用为特色，建有深海工程装备教育部重点实验室和长320 m的拖曳水池。',
    memberEmail: 'haiwan.university@jiebang.demo',
    memberName: '梁永刚',
  },
  {
    key: 'yike',
    kind: 'UNIVERSITY',
    name: '青岛胶澳医科大学',
    creditCode: creditCode('12370200MB1C8R5T7'),
    regionCode: '370202',
    tags: ['高校', '附属医院', '临床研究'],
    description:
      '医科大学，下设药学院、生物医学工程学院和3家直属附属医院（开放床位6800张）。在肝胆外科、心脑血管和代谢病方向建有省级临床医学研究中心。',
    memberEmail: 'yike.medical@jiebang.demo',
    memberName: '苏婉清',
  },
  {
    key: 'nongye',
    kind: 'UNIVERSITY',
    name: '青岛胶东农业大学',
    creditCode: creditCode('12370000495571203'),
    regionCode: '370214',
    tags: ['高校', '种业', '现代农业'],
    description:
      '农业高校，作物学与园艺学为优势学科，在平度、莱西建有试验站2处。主持国家花生、小麦产业技术体系岗位，育成审定品种40余个。',
    memberEmail: 'nongye.agri@jiebang.demo',
    memberName: '房春生',
  },
  {
    key: 'gongcheng',
    kind: 'UNIVERSITY',
    name: '青岛工程技术大学',
    creditCode: creditCode('12370211MB0H2W6L4'),
    regionCode: '370211',
    tags: ['高校', '机械工程', '车辆工程'],
    description:
      '工科大学，机械工程、车辆工程、材料成型与电子信息学科较强，建有汽车风洞（1:4缩比）、半消声室和毫米波测试实验室。',
    memberEmail: 'gongcheng.university@jiebang.demo',
    memberName: '袁建军',
  },

  // ——— Technology-transfer agency (技术经纪) ———
  {
    key: 'kechuang',
    kind: 'BROKERAGE',
    name: '青岛西海岸技术转移促进中心',
    creditCode: creditCode('52370211MJ8D4K2X6'),
    regionCode: '370211',
    tags: ['技术转移示范机构', '技术合同登记服务点'],
    description:
      '民办非企业单位，服务西海岸新区海洋装备与氢能企业，提供需求挖掘、技术经纪和技术合同登记辅导。现有持证技术经纪人23名。',
    memberEmail: 'kechuang.transfer@jiebang.demo',
    memberName: '徐明亮',
  },
];
