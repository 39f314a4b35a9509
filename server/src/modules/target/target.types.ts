import { registerEnumType } from 'type-graphql';

export enum TargetMetric {
  CONTRACT_TURNOVER = 'CONTRACT_TURNOVER',
  NEW_BROKERS = 'NEW_BROKERS',
}
registerEnumType(TargetMetric, {
  name: 'TargetMetric',
  description: 'CONTRACT_TURNOVER 技术合同成交额 (yuan); NEW_BROKERS 新增技术转移人才 (people)',
});

export enum AmountBasis {
  CONTRACT_AMOUNT = 'CONTRACT_AMOUNT',
  TECH_TRANSACTION_AMOUNT = 'TECH_TRANSACTION_AMOUNT',
}
registerEnumType(AmountBasis, { name: 'AmountBasis', description: 'Which amount counts: CONTRACT_AMOUNT 成交额 or TECH_TRANSACTION_AMOUNT 技术交易额' });

export enum FlowBasis {
  OUTFLOW = 'OUTFLOW',
  INFLOW = 'INFLOW',
  BOTH = 'BOTH',
}
registerEnumType(FlowBasis, {
  name: 'FlowBasis',
  description:
    'Which contracts count: OUTFLOW 输出 (the seller is in the city), INFLOW 吸纳 (the buyer is in the city), ' +
    'BOTH (either party is in the city; each contract once)',
});
