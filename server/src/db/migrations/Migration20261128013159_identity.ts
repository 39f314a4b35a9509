import { Migration } from '@mikro-orm/migrations';

export class Migration20261128013159_identity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "organization_kind" as enum ('ENTERPRISE', 'INSTITUTE', 'UNIVERSITY', 'BROKERAGE', 'BUREAU');`);
    this.addSql(`create type "membership_role" as enum ('ADMIN', 'MEMBER');`);
    this.addSql(`create table "login_throttle" ("key" text not null, "failures" int not null, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`);

    this.addSql(`create table "organization" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" "organization_kind" not null, "name" text not null, "credit_code" varchar(18) not null, "region_code" varchar(6) not null, "tags" text[] not null default '{}', "description" text not null default '', constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_kind_index" on "organization" ("kind");`);
    this.addSql(`alter table "organization" add constraint "organization_credit_code_unique" unique ("credit_code");`);
    this.addSql(`create index "organization_region_code_index" on "organization" ("region_code");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" text not null, "display_name" text not null, "password_hash" text not null, "is_expert" boolean not null default false, "is_broker" boolean not null default false, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "membership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "user_id" uuid not null, "role" "membership_role" not null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);
    this.addSql(`alter table "membership" add constraint "membership_organization_id_user_id_unique" unique ("organization_id", "user_id");`);

    this.addSql(`alter table "membership" add constraint "membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership" drop constraint "membership_organization_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);

    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop type "organization_kind";`);
    this.addSql(`drop type "membership_role";`);
  }

}
