import { Migration } from '@mikro-orm/migrations';

export class Migration20261128044553_brokers_deals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "deal_stage" as enum ('LEAD', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'REGISTERED', 'LOST');`);
    this.addSql(`create type "deal_activity_kind" as enum ('NOTE', 'CALL', 'MEETING', 'VISIT', 'EMAIL', 'STAGE_CHANGE', 'CONTRACT_LINKED');`);
    this.addSql(`create table "broker_profile" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "certificate_number" text not null, "organization_id" uuid not null, "field_codes" text[] not null default '{}', "certified_on" date not null, constraint "broker_profile_pkey" primary key ("id"));`);
    this.addSql(`alter table "broker_profile" add constraint "broker_profile_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "broker_profile" add constraint "broker_profile_certificate_number_unique" unique ("certificate_number");`);
    this.addSql(`create index "broker_profile_organization_id_index" on "broker_profile" ("organization_id");`);
    this.addSql(`create index "broker_profile_certified_on_index" on "broker_profile" ("certified_on");`);

    this.addSql(`create table "deal" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "broker_id" uuid not null, "organization_id" uuid not null, "title" text not null, "description" text not null default '', "buyer_id" uuid null, "seller_id" uuid null, "challenge_id" uuid null, "capability_id" uuid null, "stage" "deal_stage" not null default 'LEAD', "stage_changed_at" timestamptz not null default now(), "won_at" timestamptz null, "lost_reason" text null, "expected_value" numeric(14,2) null, "next_action_on" date null, "contract_id" uuid null, "next_action" text null, constraint "deal_pkey" primary key ("id"), constraint deal_lost_reason_check check (stage <> 'LOST' or lost_reason is not null), constraint deal_contract_check check (stage not in ('SIGNED', 'REGISTERED') or contract_id is not null), constraint deal_parties_differ_check check (buyer_id is null or seller_id is null or buyer_id <> seller_id), constraint deal_expected_value_check check (expected_value is null or expected_value >= 0));`);
    this.addSql(`create index "deal_organization_id_index" on "deal" ("organization_id");`);
    this.addSql(`create index "deal_buyer_id_index" on "deal" ("buyer_id");`);
    this.addSql(`create index "deal_seller_id_index" on "deal" ("seller_id");`);
    this.addSql(`create index "deal_challenge_id_index" on "deal" ("challenge_id");`);
    this.addSql(`create index "deal_capability_id_index" on "deal" ("capability_id");`);
    this.addSql(`create index "deal_next_action_on_index" on "deal" ("next_action_on");`);
    this.addSql(`create index "deal_contract_id_index" on "deal" ("contract_id");`);
    this.addSql(`create index "deal_broker_id_stage_index" on "deal" ("broker_id", "stage");`);
    this.addSql(`alter table "deal" add constraint "deal_broker_id_contract_id_unique" unique ("broker_id", "contract_id");`);

    this.addSql(`create table "deal_activity" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deal_id" uuid not null, "author_id" uuid not null, "kind" "deal_activity_kind" not null, "body" text not null, "occurred_at" timestamptz not null, "from_stage" "deal_stage" null, "to_stage" "deal_stage" null, constraint "deal_activity_pkey" primary key ("id"));`);
    this.addSql(`create index "deal_activity_deal_id_occurred_at_index" on "deal_activity" ("deal_id", "occurred_at");`);

    this.addSql(`alter table "broker_profile" add constraint "broker_profile_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "broker_profile" add constraint "broker_profile_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "deal" add constraint "deal_broker_id_foreign" foreign key ("broker_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "deal" add constraint "deal_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "deal" add constraint "deal_buyer_id_foreign" foreign key ("buyer_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "deal" add constraint "deal_seller_id_foreign" foreign key ("seller_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "deal" add constraint "deal_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "deal" add constraint "deal_capability_id_foreign" foreign key ("capability_id") references "capability" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "deal" add constraint "deal_contract_id_foreign" foreign key ("contract_id") references "tech_contract" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "deal_activity" add constraint "deal_activity_deal_id_foreign" foreign key ("deal_id") references "deal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "deal_activity" add constraint "deal_activity_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "deal_activity" drop constraint "deal_activity_deal_id_foreign";`);

    this.addSql(`drop table if exists "broker_profile" cascade;`);

    this.addSql(`drop table if exists "deal" cascade;`);

    this.addSql(`drop table if exists "deal_activity" cascade;`);

    this.addSql(`drop type "deal_stage";`);
    this.addSql(`drop type "deal_activity_kind";`);
  }

}
