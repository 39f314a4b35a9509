import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Radio, Result, Row, Select, Space, Spin, TreeSelect, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import Decimal from 'decimal.js';
import { graphql } from '../../gql';
import type { ContractDetailQuery, ContractInput, IpType, PlanSource } from '../../gql/graphql';
import { useSession } from '../../auth/session';
import { useReferenceData } from '../../lib/reference-data';
import { wanToYuan, yuanToWan } from '../../lib/format';
import { applyServerErrors } from '../../lib/server-errors';
import { contractFieldRenames } from './contract-errors';
import { ContractCategoriesDocument, ContractDetailDocument, SubmitContractDocument } from './operations';
import { contractRules } from './contract-rules';
import { MilestonesEditor } from './MilestonesEditor';
import { OrganizationSelect } from './OrganizationSelect';

const CreateContractDocument = graphql(`
  mutation CreateContract($input: ContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`);

const UpdateContractDocument = graphql(`
  mutation UpdateContract($id: ID!, $input: ContractInput!) {
    updateContract(id: $id, input: $input) {
      id
      status
      contractAmount
      techTransactionAmount
    }
  }
`);

const BrokerOptionsDocument = graphql(`
  query BrokerOptions {
    brokers(first: 100) {
      edges {
        node {
          id
          user {
            id
            displayName
          }
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const IP_TYPES: IpType[] = ['INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT', 'SOFTWARE_COPYRIGHT', 'IC_LAYOUT', 'PLANT_VARIETY', 'NEW_DRUG', 'KNOW_HOW', 'OTHER', 'NONE'];
export const PLAN_SOURCES: PlanSource[] = ['JIEBANG', 'NATIONAL', 'PROVINCIAL', 'CITY', 'OTHER_PLAN', 'NONE'];

interface MilestoneValues {
  title: string;
  dueOn: Dayjs;
  amountWan: string;
  paidOn?: Dayjs | null;
}

interface Values {
  title: string;
  description?: string;
  categoryCode: string;
  fieldCode: string;
  ipType: IpType;
  planSource: PlanSource;
  contractAmountWan: string;
  techTransactionAmountWan: string;
  signedOn: Dayjs;
  validFrom: Dayjs;
  validTo: Dayjs;
  milestones?: MilestoneValues[];
  brokerIds?: string[];
  // A new contract only: which side the viewer's organization is on, and the other party.
  myOrganizationId?: string;
  myRole?: 'buyer' | 'seller';
  counterpartyId?: string;
}

type Contract = ContractDetailQuery['contract'];

function initialValues(contract: Contract): Values {
  return {
    title: contract.title,
    description: contract.description,
    categoryCode: contract.categoryCode,
    fieldCode: contract.fieldCode,
    ipType: contract.ipType,
    planSource: contract.planSource,
    contractAmountWan: yuanToWan(contract.contractAmount),
    techTransactionAmountWan: yuanToWan(contract.techTransactionAmount),
    signedOn: dayjs(contract.signedOn),
    validFrom: dayjs(contract.validFrom),
    validTo: dayjs(contract.validTo),
    milestones: contract.milestones.map((m) => ({ title: m.title, dueOn: dayjs(m.dueOn), amountWan: yuanToWan(m.amount), paidOn: m.paidOn ? dayjs(m.paidOn) : null })),
    brokerIds: contract.brokers.map((b) => b.id),
  };
}

const day = (value: Dayjs) => value.format('YYYY-MM-DD');

/** A party kept as it was snapshotted: an edit never changes who the parties are. */
function keptParty(party: Contract['buyer'], organization: { id: string } | null | undefined) {
  return { organizationId: organization?.id ?? null, name: party.name, creditCode: party.creditCode, regionCode: party.regionCode, partyType: party.partyType };
}

/** Creates a contract, or edits a draft or rejected one (a contract made from an award arrives here prefilled). */
export default function ContractFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const fromAward = params.get('fromAward') === '1';
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { organizations } = useSession();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const { fieldTree } = useReferenceData();
  const categories = useQuery(ContractCategoriesDocument, { fetchPolicy: 'cache-first' });
  const brokers = useQuery(BrokerOptionsDocument);
  const existing = useQuery(ContractDetailDocument, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const [createContract, creating] = useMutation(CreateContractDocument);
  const [updateContract, updating] = useMutation(UpdateContractDocument, { refetchQueries: [ContractDetailDocument] });
  const [submitContract, submitting] = useMutation(SubmitContractDocument, { refetchQueries: [ContractDetailDocument] });
  const contract = existing.data?.contract;
  // A new contract is filed by its seller: the button follows the side chosen in the form.
  const myRole = Form.useWatch('myRole', form) as Values['myRole'];
  const myOrganizations = organizations(['ENTERPRISE', 'INSTITUTE', 'UNIVERSITY', 'BROKERAGE']);

  useEffect(() => {
    if (contract) form.setFieldsValue(initialValues(contract));
  }, [contract, form]);

  const categoryTree = useMemo(() => {
    const all = categories.data?.contractCategories ?? [];
    return all
      .filter((c) => !c.parentCode)
      .map((group) => ({
        value: group.code,
        title: group.name,
        selectable: false,
        children: all.filter((c) => c.parentCode === group.code).map((c) => ({ value: c.code, title: `${group.name} · ${c.name}` })),
      }));
  }, [categories.data]);

  if (id && existing.loading && !contract) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (id && existing.error) return <Result status="404" title={t('common.notFoundTitle')} />;
  const editable = !contract || contract.status === 'DRAFT' || contract.status === 'REJECTED';
  const isSeller = contract ? contract.viewerRelation.seller : myRole === 'seller';

  const toInput = (values: Values): ContractInput => {
    const common = {
      title: values.title,
      description: values.description ?? '',
      categoryCode: values.categoryCode,
      fieldCode: values.fieldCode,
      ipType: values.ipType,
      planSource: values.planSource,
      contractAmount: wanToYuan(values.contractAmountWan),
      techTransactionAmount: wanToYuan(values.techTransactionAmountWan),
      signedOn: day(values.signedOn),
      validFrom: day(values.validFrom),
      validTo: day(values.validTo),
      milestones: (values.milestones ?? []).map((m) => ({ title: m.title, dueOn: day(m.dueOn), amount: wanToYuan(m.amountWan), paidOn: m.paidOn ? day(m.paidOn) : null })),
      brokerIds: values.brokerIds ?? [],
    };
    if (contract) return { ...common, buyer: keptParty(contract.buyer, contract.buyerOrganization), seller: keptParty(contract.seller, contract.sellerOrganization) };
    const mine = { organizationId: values.myOrganizationId ?? myOrganizations[0]?.id ?? null };
    const other = { organizationId: values.counterpartyId ?? null };
    return { ...common, buyer: values.myRole === 'buyer' ? mine : other, seller: values.myRole === 'buyer' ? other : mine };
  };

  const save = async (andSubmit: boolean) => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setFormError(null);
    const partyField = values.myRole === 'buyer' ? 'seller' : 'buyer';
    try {
      let contractId = contract?.id;
      if (contract) await updateContract({ variables: { id: contract.id, input: toInput(values) } });
      else contractId = (await createContract({ variables: { input: toInput(values) } })).data!.createContract.id;
      if (andSubmit) {
        await submitContract({ variables: { id: contractId! } });
        void message.success(t('contracts.submitted'));
      } else {
        void message.success(t('contractForm.saved'));
      }
      navigate(`/contracts/${contractId}`);
    } catch (error) {
      const renames = contractFieldRenames(error, contract ? {} : { [partyField]: 'counterpartyId', [`${partyField}.organizationId`]: 'counterpartyId' });
      setFormError(applyServerErrors(form, error, renames));
    }
  };

  const { required, amountRule } = contractRules(t);

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {contract ? t('contractForm.editTitle') : t('contractForm.newTitle')}
      </Typography.Title>
      {fromAward && <Alert type="info" showIcon title={t('contractForm.fromAwardHint')} style={{ marginBottom: 12 }} />}
      {contract?.status === 'REJECTED' && (
        <Alert
          type="warning"
          showIcon
          title={t('contracts.rejectedBecause', { reason: contract.registrations.filter((r) => r.status === 'REJECTED').at(-1)?.rejectionReason ?? '' })}
          style={{ marginBottom: 12 }}
        />
      )}
      {!editable && <Alert type="warning" showIcon title={t('contractForm.readOnly')} style={{ marginBottom: 12 }} />}
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} data-testid="form-error" />}
      <Form
        form={form}
        layout="vertical"
        disabled={!editable}
        initialValues={{
          ipType: 'NONE',
          planSource: 'NONE',
          myRole: 'seller',
          myOrganizationId: myOrganizations[0]?.id,
          signedOn: dayjs(),
          validFrom: dayjs(),
          validTo: dayjs().add(1, 'year'),
          milestones: [],
          brokerIds: [],
        }}
      >
        <Card title={t('contractForm.parties')} style={{ marginBottom: 16 }}>
          {contract ? (
            <>
              <Descriptions column={2} size="small">
                <Descriptions.Item label={t('contracts.seller')}>{contract.seller.name}</Descriptions.Item>
                <Descriptions.Item label={t('contracts.buyer')}>{contract.buyer.name}</Descriptions.Item>
              </Descriptions>
              <Typography.Text type="secondary">{t('contractForm.partiesFixed')}</Typography.Text>
            </>
          ) : (
            <Row gutter={16}>
              <Col span={8}>
                <Form.Item name="myOrganizationId" label={t('contractForm.myOrganization')} rules={[required(t('contractForm.myOrganization'))]}>
                  <Select options={myOrganizations.map((o) => ({ value: o.id, label: o.name }))} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name="myRole" label=" ">
                  <Radio.Group
                    options={[
                      { value: 'seller', label: t('contractForm.asSeller') },
                      { value: 'buyer', label: t('contractForm.asBuyer') },
                    ]}
                    optionType="button"
                  />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name="counterpartyId" label={t('contractForm.counterparty')} rules={[required(t('contractForm.counterparty'))]}>
                  <OrganizationSelect placeholder={t('contractForm.counterpartyHint')} data-testid="counterparty" />
                </Form.Item>
              </Col>
            </Row>
          )}
        </Card>
        <Card style={{ marginBottom: 16 }}>
          <Form.Item name="title" label={t('contracts.contractTitle')} rules={[required(t('contracts.contractTitle')), { max: 200 }]}>
            <Input data-testid="contract-title" />
          </Form.Item>
          <Form.Item name="description" label={t('contracts.description')}>
            <Input.TextArea rows={3} maxLength={5000} showCount />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="categoryCode" label={t('contracts.category')} rules={[required(t('contracts.category'))]}>
                <TreeSelect treeData={categoryTree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} data-testid="contract-category" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="fieldCode" label={t('contracts.field')} rules={[required(t('contracts.field'))]}>
                <TreeSelect treeData={fieldTree} showSearch={{ treeNodeFilterProp: 'title' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="ipType" label={t('contracts.ipType')} rules={[required(t('contracts.ipType'))]}>
                <Select options={IP_TYPES.map((v) => ({ value: v, label: t(`ipType.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="planSource" label={t('contracts.planSource')} rules={[required(t('contracts.planSource'))]}>
                <Select options={PLAN_SOURCES.map((v) => ({ value: v, label: t(`planSource.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="contractAmountWan" label={t('contracts.contractAmount')} rules={[required(t('contracts.contractAmount')), amountRule]}>
                <InputNumber<string> stringMode suffix={t('contractForm.wan')} style={{ width: '100%' }} data-testid="contract-amount" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="techTransactionAmountWan"
                label={t('contracts.techTransactionAmount')}
                dependencies={['contractAmountWan']}
                extra={t('contractForm.amountsHint')}
                rules={[
                  required(t('contracts.techTransactionAmount')),
                  amountRule,
                  ({ getFieldValue }) => ({
                    validator: (_: unknown, v: string | null) => {
                      const whole = getFieldValue('contractAmountWan') as string | null;
                      return v == null || whole == null || new Decimal(v).lte(whole) ? Promise.resolve() : Promise.reject(new Error(t('contractForm.techNotAboveContract')));
                    },
                  }),
                ]}
              >
                <InputNumber<string> stringMode suffix={t('contractForm.wan')} style={{ width: '100%' }} data-testid="tech-amount" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="signedOn" label={t('contracts.signedOn')} rules={[required(t('contracts.signedOn'))]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="validFrom" label={t('contracts.validFrom')} rules={[required(t('contracts.validFrom'))]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="validTo"
                label={t('contracts.validTo')}
                dependencies={['validFrom']}
                rules={[
                  required(t('contracts.validTo')),
                  ({ getFieldValue }) => ({
                    validator: (_: unknown, v: Dayjs | null) => {
                      const from = getFieldValue('validFrom') as Dayjs | null;
                      return !v || !from || !v.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error(t('contractForm.validityOrder')));
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="brokerIds" label={t('contracts.brokers')}>
            <Select
              mode="multiple"
              placeholder={t('contractForm.pickBrokers')}
              options={(brokers.data?.brokers.edges ?? []).map(({ node }) => ({ value: node.user.id, label: `${node.user.displayName}（${node.organization.name}）` }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Card>
        <Card title={t('contracts.milestones')} style={{ marginBottom: 16 }}>
          <MilestonesEditor />
        </Card>
      </Form>
      {editable && (
        <Space>
          <Button onClick={() => void save(false)} loading={creating.loading || updating.loading} data-testid="contract-save">
            {t('contractForm.save')}
          </Button>
          {isSeller && (
            <Button type="primary" onClick={() => void save(true)} loading={submitting.loading} data-testid="contract-save-submit">
              {t('contractForm.saveAndSubmit')}
            </Button>
          )}
        </Space>
      )}
    </>
  );
}
