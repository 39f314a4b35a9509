import type { EntityManager } from '@mikro-orm/postgresql';
import { CITY_REGIONS } from '../../server/src/modules/organization/regions';

export interface GenerateOptions {
  contracts: number;
  /** Contracts are registered between 1 January of `firstYear` and `lastDay` (inclusive). */
  firstYear: number;
  lastDay: string;
  brokers: number;
  /** PostgreSQL setseed() argument in [-1, 1]: same seed, same data. */
  seed: number;
}

const sqlArray = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(', ')}]`;

/**
 * Writes `contracts` technology contracts in one INSERT … SELECT over generate_series (no ORM, no round trips):
 * about 95% registered, 2% terminated, 1% with a change pending, 2% drafts or filed; 35% credited to one of
 * `brokers` broker accounts. Parties are registration-form snapshots without platform accounts: 5,000 sellers and
 * 20,000 buyers, 80% of sellers and 60% of buyers in the city's districts, the rest in other provinces.
 * Amounts are log-uniform from 300 to ~2.4 million yuan with two decimals; 技术交易额 is 60–100% of 成交额.
 */
export async function generateContracts(em: EntityManager, options: GenerateOptions): Promise<void> {
  const leafCategories = (await em.execute<Array<{ code: string }>>(
    `select code from contract_category c where not exists (select 1 from contract_category k where k.parent_code = c.code) order by code`,
  )).map((r) => r.code);
  const leafFields = (await em.execute<Array<{ code: string }>>(
    `select code from tech_field f where parent_code is not null and not exists (select 1 from tech_field k where k.parent_code = f.code) order by code`,
  )).map((r) => r.code);
  const districts = CITY_REGIONS.filter((r) => r.code !== '370200').map((r) => r.code);
  const elsewhere = ['110108', '310104', '320102', '330106', '370102', '370602', '440305', '420111'];
  const partyTypes = ['ENTERPRISE', 'ENTERPRISE', 'ENTERPRISE', 'ENTERPRISE', 'INSTITUTE', 'UNIVERSITY', 'BROKERAGE', 'OTHER'];
  const ipTypes = ['INVENTION_PATENT', 'UTILITY_MODEL', 'SOFTWARE_COPYRIGHT', 'KNOW_HOW', 'OTHER', 'NONE', 'NONE'];

  await em.transactional(async (tx) => {
    await tx.execute(`select setseed(${options.seed})`);
    await tx.execute(
      `insert into app_user (id, created_at, updated_at, email, display_name, password_hash, is_expert, is_broker)
       select gen_random_uuid(), now(), now(), 'bench-broker-' || g || '@bench.test', '经纪人' || g, 'x', false, true
       from generate_series(1, ${options.brokers}) g`,
    );
    // One row of random draws per contract, then the contract built from them.
    await tx.execute(`
      insert into tech_contract (id, created_at, updated_at, title, description, category_code, field_code, ip_type, plan_source,
        buyer_name, buyer_credit_code, buyer_region_code, buyer_party_type,
        seller_name, seller_credit_code, seller_region_code, seller_party_type,
        contract_amount, tech_transaction_amount, signed_on, valid_from, valid_to, status,
        registration_number, registered_on, registered_version, terminated_on)
      select gen_random_uuid(), now(), now(), '基准合同 ' || g, '',
        (${sqlArray(leafCategories)})[1 + floor(r_category * ${leafCategories.length})::int],
        (${sqlArray(leafFields)})[1 + floor(r_field * ${leafFields.length})::int],
        ((${sqlArray(ipTypes)})[1 + floor(r_ip * ${ipTypes.length})::int])::ip_type,
        (case when r_plan < 0.05 then 'JIEBANG' when r_plan < 0.25 then 'CITY' else 'NONE' end)::plan_source,
        '买方单位' || buyer_no, 'B' || lpad(buyer_no::text, 17, '0'),
        case when r_buyer_city < 0.6 then (${sqlArray(districts)})[1 + buyer_no % ${districts.length}] else (${sqlArray(elsewhere)})[1 + buyer_no % ${elsewhere.length}] end,
        ((${sqlArray(partyTypes)})[1 + buyer_no % ${partyTypes.length}])::party_type,
        '卖方单位' || seller_no, 'S' || lpad(seller_no::text, 17, '0'),
        case when r_seller_city < 0.8 then (${sqlArray(districts)})[1 + seller_no % ${districts.length}] else (${sqlArray(elsewhere)})[1 + seller_no % ${elsewhere.length}] end,
        ((${sqlArray(partyTypes)})[1 + (seller_no * 7) % ${partyTypes.length}])::party_type,
        amount, round(amount * (0.6 + r_tech * 0.4)::numeric, 2),
        registered - signing_lag, registered - signing_lag, registered - signing_lag + 365,
        status::contract_status,
        case when status in ('DRAFT', 'SUBMITTED') then null else extract(year from registered)::text || '370212' || lpad(g::text, 6, '0') end,
        case when status in ('DRAFT', 'SUBMITTED') then null else registered end,
        case when status in ('DRAFT', 'SUBMITTED') then 0 when status = 'TERMINATED' then 2 else 1 end,
        case when status = 'TERMINATED' then registered + 30 end
      from (
        select g, random() as r_category, random() as r_field, random() as r_ip, random() as r_plan, random() as r_tech,
          random() as r_buyer_city, random() as r_seller_city,
          floor(random() * 20000)::int as buyer_no, floor(random() * 5000)::int as seller_no,
          round((300 * exp(random() * 9))::numeric, 2) as amount,
          date '${options.firstYear}-01-01' + floor(random() * (date '${options.lastDay}' - date '${options.firstYear}-01-01' + 1))::int as registered,
          floor(random() * 30)::int as signing_lag,
          case when random() < 0.95 then 'REGISTERED' when random() < 0.4 then 'TERMINATED' when random() < 0.5 then 'CHANGE_SUBMITTED' when random() < 0.5 then 'SUBMITTED' else 'DRAFT' end as status
        from generate_series(0, ${options.contracts - 1}) g
      ) draws`);
    await tx.execute(`
      insert into contract_broker (id, created_at, updated_at, contract_id, broker_id)
      select gen_random_uuid(), now(), now(), c.id, b.id
      from (select id, row_number() over () as n from tech_contract where random() < 0.35) c
      join (select id, row_number() over (order by email) - 1 as k from app_user where is_broker and email like 'bench-broker-%') b
        on b.k = c.n % ${options.brokers}`);
  });
}
