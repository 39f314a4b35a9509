import { Migration } from '@mikro-orm/migrations';

export class Migration20261128045959_contract_rollup_by_dimension extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "contract_rollup" ("dimension" text not null, "period" date not null, "key" text not null, "seller_in_city" boolean not null, "buyer_in_city" boolean not null, "contracts" int not null default 0, "contract_amount" numeric(20,2) not null default 0, "tech_transaction_amount" numeric(20,2) not null default 0, constraint "contract_rollup_pkey" primary key ("dimension", "period", "key", "seller_in_city", "buyer_in_city"));`);
    // Filled from the registered contracts (frozen copy of rollupFillSql() in modules/target/contract-rollup.ts).
    this.addSql(`insert into "contract_rollup" ("dimension", "period", "key", "seller_in_city", "buyer_in_city", "contracts", "contract_amount", "tech_transaction_amount")
      select dimension, period, key, s, b, count(*), sum(contract_amount), sum(tech_transaction_amount)
      from (select 'TOTAL' as dimension, date_trunc('month', c.registered_on)::date as period, '' as key, c.seller_region_code like '3702%' as s, c.buyer_region_code like '3702%' as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')
 union all select 'CATEGORY' as dimension, date_trunc('month', c.registered_on)::date as period, c.category_code as key, c.seller_region_code like '3702%' as s, c.buyer_region_code like '3702%' as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')
 union all select 'FIELD' as dimension, date_trunc('month', c.registered_on)::date as period, c.field_code as key, c.seller_region_code like '3702%' as s, c.buyer_region_code like '3702%' as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')
 union all select 'SELLER_DISTRICT' as dimension, date_trunc('month', c.registered_on)::date as period, case when c.seller_region_code like '3702%' then c.seller_region_code else '' end as key, c.seller_region_code like '3702%' as s, c.buyer_region_code like '3702%' as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')
 union all select 'BUYER_DISTRICT' as dimension, date_trunc('month', c.registered_on)::date as period, case when c.buyer_region_code like '3702%' then c.buyer_region_code else '' end as key, c.seller_region_code like '3702%' as s, c.buyer_region_code like '3702%' as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')
 union all select 'SELLER_TYPE' as dimension, date_trunc('month', c.registered_on)::date as period, c.seller_party_type::text as key, c.seller_region_code like '3702%' as s, c.buyer_region_code like '3702%' as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')
 union all select 'BUYER_TYPE' as dimension, date_trunc('month', c.registered_on)::date as period, c.buyer_party_type::text as key, c.seller_region_code like '3702%' as s, c.buyer_region_code like '3702%' as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')
 union all select 'SELLER' as dimension, date_trunc('year', c.registered_on)::date as period, c.seller_credit_code as key, c.seller_region_code like '3702%' as s, c.buyer_region_code like '3702%' as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')
 union all select 'BUYER' as dimension, date_trunc('year', c.registered_on)::date as period, c.buyer_credit_code as key, c.seller_region_code like '3702%' as s, c.buyer_region_code like '3702%' as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')
 union all select 'BROKER', date_trunc('year', c.registered_on)::date, cb.broker_id::text, c.seller_region_code like '3702%', c.buyer_region_code like '3702%', c.contract_amount, c.tech_transaction_amount
       from tech_contract c join (select distinct contract_id, broker_id from contract_broker) cb on cb.contract_id = c.id where c.status in ('REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED')) as cells
      group by 1, 2, 3, 4, 5`);

    this.addSql(`drop table if exists "contract_party_rollup_monthly" cascade;`);

    this.addSql(`drop table if exists "contract_rollup_monthly" cascade;`);

  }

  // The monthly tables come back empty: refill them with the previous version's rebuildRollups.
  override async down(): Promise<void> {
    this.addSql(`create table "contract_party_rollup_monthly" ("month" date not null, "side" text not null, "region_code" text not null, "party_type" text not null, "other_in_city" bool not null, "contracts" int4 not null default 0, "contract_amount" numeric(20,2) not null default 0, "tech_transaction_amount" numeric(20,2) not null default 0, constraint "contract_party_rollup_monthly_pkey" primary key ("month", "side", "region_code", "party_type", "other_in_city"));`);

    this.addSql(`create table "contract_rollup_monthly" ("month" date not null, "category_code" text not null, "field_code" text not null, "seller_in_city" bool not null, "buyer_in_city" bool not null, "contracts" int4 not null default 0, "contract_amount" numeric(20,2) not null default 0, "tech_transaction_amount" numeric(20,2) not null default 0, constraint "contract_rollup_monthly_pkey" primary key ("month", "category_code", "field_code", "seller_in_city", "buyer_in_city"));`);

    this.addSql(`drop table if exists "contract_rollup" cascade;`);
  }

}
