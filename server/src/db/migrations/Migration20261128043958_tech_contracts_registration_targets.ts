import { Migration } from '@mikro-orm/migrations';

export class Migration20261128043958_tech_contracts_registration_targets extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "ip_type" as enum ('INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT', 'SOFTWARE_COPYRIGHT', 'IC_LAYOUT', 'PLANT_VARIETY', 'NEW_DRUG', 'KNOW_HOW', 'OTHER', 'NONE');`);
    this.addSql(`create type "plan_source" as enum ('JIEBANG', 'NATIONAL', 'PROVINCIAL', 'CITY', 'OTHER_PLAN', 'NONE');`);
    this.addSql(`create type "party_type" as enum ('ENTERPRISE', 'INSTITUTE', 'UNIVERSITY', 'BROKERAGE', 'GOVERNMENT', 'OTHER');`);
    this.addSql(`create type "contract_status" as enum ('DRAFT', 'SUBMITTED', 'REJECTED', 'REGISTERED', 'CHANGE_SUBMITTED', 'TERMINATION_SUBMITTED', 'TERMINATED');`);
    this.addSql(`create type "registration_kind" as enum ('INITIAL', 'CHANGE', 'TERMINATION');`);
    this.addSql(`create type "registration_status" as enum ('SUBMITTED', 'REGISTERED', 'REJECTED');`);
    this.addSql(`create type "target_metric" as enum ('CONTRACT_TURNOVER', 'NEW_BROKERS');`);
    this.addSql(`create type "amount_basis" as enum ('CONTRACT_AMOUNT', 'TECH_TRANSACTION_AMOUNT');`);
    this.addSql(`create type "flow_basis" as enum ('OUTFLOW', 'INFLOW', 'BOTH');`);
    this.addSql(`create table "contract_category" ("code" text not null, "name" text not null, "parent_code" text null, "sort_order" int not null, constraint "contract_category_pkey" primary key ("code"));`);
    this.addSql(`create index "contract_category_parent_code_index" on "contract_category" ("parent_code");`);
    // The national categories (技术合同认定规则); a city adds its own (e.g. 作价投资) with defineContractCategory.
    this.addSql(`insert into "contract_category" ("code", "name", "parent_code", "sort_order") values
      ('DEVELOPMENT', '技术开发', null, 10),
      ('DEVELOPMENT.COMMISSIONED', '委托开发', 'DEVELOPMENT', 11),
      ('DEVELOPMENT.COOPERATIVE', '合作开发', 'DEVELOPMENT', 12),
      ('TRANSFER', '技术转让', null, 20),
      ('TRANSFER.PATENT', '专利权转让', 'TRANSFER', 21),
      ('TRANSFER.PATENT_APPLICATION', '专利申请权转让', 'TRANSFER', 22),
      ('TRANSFER.KNOW_HOW', '技术秘密转让', 'TRANSFER', 23),
      ('LICENSE', '技术许可', null, 30),
      ('LICENSE.PATENT', '专利实施许可', 'LICENSE', 31),
      ('LICENSE.KNOW_HOW', '技术秘密使用许可', 'LICENSE', 32),
      ('CONSULTING', '技术咨询', null, 40),
      ('SERVICE', '技术服务', null, 50),
      ('SERVICE.GENERAL', '一般技术服务', 'SERVICE', 51),
      ('SERVICE.TRAINING', '技术培训', 'SERVICE', 52),
      ('SERVICE.BROKERAGE', '技术中介', 'SERVICE', 53);`);

    this.addSql(`create table "contract_party_rollup_monthly" ("month" date not null, "side" text not null, "region_code" text not null, "party_type" text not null, "other_in_city" boolean not null, "contracts" int not null default 0, "contract_amount" numeric(20,2) not null default 0, "tech_transaction_amount" numeric(20,2) not null default 0, constraint "contract_party_rollup_monthly_pkey" primary key ("month", "side", "region_code", "party_type", "other_in_city"));`);

    this.addSql(`create table "contract_rollup_monthly" ("month" date not null, "category_code" text not null, "field_code" text not null, "seller_in_city" boolean not null, "buyer_in_city" boolean not null, "contracts" int not null default 0, "contract_amount" numeric(20,2) not null default 0, "tech_transaction_amount" numeric(20,2) not null default 0, constraint "contract_rollup_monthly_pkey" primary key ("month", "category_code", "field_code", "seller_in_city", "buyer_in_city"));`);

    this.addSql(`create table "tech_contract" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" text not null, "description" text not null default '', "category_code" text not null, "field_code" text not null, "ip_type" "ip_type" not null, "plan_source" "plan_source" not null, "challenge_id" uuid null, "bid_id" uuid null, "buyer_organization_id" uuid null, "buyer_name" text not null, "buyer_credit_code" varchar(18) not null, "buyer_region_code" varchar(6) not null, "buyer_party_type" "party_type" not null, "seller_organization_id" uuid null, "seller_name" text not null, "seller_credit_code" varchar(18) not null, "seller_region_code" varchar(6) not null, "seller_party_type" "party_type" not null, "contract_amount" numeric(14,2) not null, "tech_transaction_amount" numeric(14,2) not null, "signed_on" date not null, "valid_from" date not null, "valid_to" date not null, "status" "contract_status" not null default 'DRAFT', "registration_number" varchar(16) null, "registered_on" date null, "registered_version" int not null default 0, "terminated_on" date null, "created_by_id" uuid null, constraint "tech_contract_pkey" primary key ("id"), constraint tech_contract_validity_check check (valid_from <= valid_to), constraint tech_contract_amounts_check check (contract_amount >= 0 and tech_transaction_amount >= 0 and tech_transaction_amount <= contract_amount));`);
    this.addSql(`create index "tech_contract_category_code_index" on "tech_contract" ("category_code");`);
    this.addSql(`create index "tech_contract_field_code_index" on "tech_contract" ("field_code");`);
    this.addSql(`create index "tech_contract_buyer_organization_id_index" on "tech_contract" ("buyer_organization_id");`);
    this.addSql(`create index "tech_contract_seller_organization_id_index" on "tech_contract" ("seller_organization_id");`);
    this.addSql(`create unique index "tech_contract_registration_number_unique" on "tech_contract" ("registration_number") where "registration_number" is not null;`);
    this.addSql(`create unique index "tech_contract_one_per_challenge" on "tech_contract" ("challenge_id") where "challenge_id" is not null;`);
    this.addSql(`create index "tech_contract_buyer_credit_code_index" on "tech_contract" ("buyer_credit_code");`);
    this.addSql(`create index "tech_contract_seller_credit_code_index" on "tech_contract" ("seller_credit_code");`);
    this.addSql(`create index "tech_contract_status_registered_on_index" on "tech_contract" ("status", "registered_on");`);

    this.addSql(`create table "contract_registration" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "contract_id" uuid not null, "kind" "registration_kind" not null, "status" "registration_status" not null default 'SUBMITTED', "version" int null, "contract_amount" numeric(14,2) not null, "tech_transaction_amount" numeric(14,2) not null, "valid_to" date not null, "terminated_on" date null, "milestones" jsonb not null, "reason" text null, "rejection_reason" text null, "registration_number" varchar(16) null, "registered_on" date null, "submitted_by_id" uuid null, "decided_by_id" uuid null, "decided_at" timestamptz null, constraint "contract_registration_pkey" primary key ("id"), constraint contract_registration_amounts_check check (contract_amount >= 0 and tech_transaction_amount >= 0 and tech_transaction_amount <= contract_amount));`);
    this.addSql(`create index "contract_registration_contract_id_index" on "contract_registration" ("contract_id");`);
    this.addSql(`create index "contract_registration_status_created_at_index" on "contract_registration" ("status", "created_at");`);
    this.addSql(`create unique index "contract_registration_one_pending" on "contract_registration" ("contract_id") where "status" = 'SUBMITTED';`);

    this.addSql(`create table "contract_milestone" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "contract_id" uuid not null, "position" smallint not null, "title" text not null, "due_on" date not null, "amount" numeric(14,2) not null, "paid_on" date null, constraint "contract_milestone_pkey" primary key ("id"), constraint contract_milestone_amount_check check (amount >= 0));`);
    this.addSql(`alter table "contract_milestone" add constraint "contract_milestone_contract_id_position_unique" unique ("contract_id", "position");`);

    this.addSql(`create table "contract_broker" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "contract_id" uuid not null, "broker_id" uuid not null, constraint "contract_broker_pkey" primary key ("id"));`);
    this.addSql(`create index "contract_broker_broker_id_index" on "contract_broker" ("broker_id");`);
    this.addSql(`alter table "contract_broker" add constraint "contract_broker_contract_id_broker_id_unique" unique ("contract_id", "broker_id");`);

    this.addSql(`create table "yearly_target" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "year" smallint not null, "metric" "target_metric" not null, "target_value" numeric(20,2) not null, "amount_basis" "amount_basis" not null default 'CONTRACT_AMOUNT', "flow_basis" "flow_basis" not null default 'OUTFLOW', "note" text not null default '', constraint "yearly_target_pkey" primary key ("id"), constraint yearly_target_value_check check (target_value > 0));`);
    this.addSql(`alter table "yearly_target" add constraint "yearly_target_year_metric_unique" unique ("year", "metric");`);

    this.addSql(`alter table "tech_contract" add constraint "tech_contract_category_code_foreign" foreign key ("category_code") references "contract_category" ("code") on update cascade;`);
    this.addSql(`alter table "tech_contract" add constraint "tech_contract_field_code_foreign" foreign key ("field_code") references "tech_field" ("code") on update cascade;`);
    this.addSql(`alter table "tech_contract" add constraint "tech_contract_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "tech_contract" add constraint "tech_contract_bid_id_foreign" foreign key ("bid_id") references "bid" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "tech_contract" add constraint "tech_contract_buyer_organization_id_foreign" foreign key ("buyer_organization_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "tech_contract" add constraint "tech_contract_seller_organization_id_foreign" foreign key ("seller_organization_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "tech_contract" add constraint "tech_contract_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contract_registration" add constraint "contract_registration_contract_id_foreign" foreign key ("contract_id") references "tech_contract" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_registration" add constraint "contract_registration_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contract_registration" add constraint "contract_registration_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contract_milestone" add constraint "contract_milestone_contract_id_foreign" foreign key ("contract_id") references "tech_contract" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contract_broker" add constraint "contract_broker_contract_id_foreign" foreign key ("contract_id") references "tech_contract" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_broker" add constraint "contract_broker_broker_id_foreign" foreign key ("broker_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tech_contract" drop constraint "tech_contract_category_code_foreign";`);

    this.addSql(`alter table "contract_registration" drop constraint "contract_registration_contract_id_foreign";`);

    this.addSql(`alter table "contract_milestone" drop constraint "contract_milestone_contract_id_foreign";`);

    this.addSql(`alter table "contract_broker" drop constraint "contract_broker_contract_id_foreign";`);

    this.addSql(`drop table if exists "contract_category" cascade;`);

    this.addSql(`drop table if exists "contract_party_rollup_monthly" cascade;`);

    this.addSql(`drop table if exists "contract_rollup_monthly" cascade;`);

    this.addSql(`drop table if exists "tech_contract" cascade;`);

    this.addSql(`drop table if exists "contract_registration" cascade;`);

    this.addSql(`drop table if exists "contract_milestone" cascade;`);

    this.addSql(`drop table if exists "contract_broker" cascade;`);

    this.addSql(`drop table if exists "yearly_target" cascade;`);

    this.addSql(`drop type "ip_type";`);
    this.addSql(`drop type "plan_source";`);
    this.addSql(`drop type "party_type";`);
    this.addSql(`drop type "contract_status";`);
    this.addSql(`drop type "registration_kind";`);
    this.addSql(`drop type "registration_status";`);
    this.addSql(`drop type "target_metric";`);
    this.addSql(`drop type "amount_basis";`);
    this.addSql(`drop type "flow_basis";`);
  }

}
