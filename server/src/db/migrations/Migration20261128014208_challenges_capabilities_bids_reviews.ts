import { Migration } from '@mikro-orm/migrations';

export class Migration20261128014208_challenges_capabilities_bids_reviews extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "notification_kind" as enum ('CHALLENGE_REVIEWED', 'BIDS_RECEIVED', 'REVIEW_ASSIGNED', 'BID_OUTCOME', 'DEADLINE_APPROACHING', 'CHALLENGE_CANCELLED');`);
    this.addSql(`create type "confidentiality" as enum ('PUBLIC', 'NDA');`);
    this.addSql(`create type "challenge_status" as enum ('DRAFT', 'SUBMITTED', 'REJECTED', 'PUBLISHED', 'EVALUATING', 'AWARDED', 'NO_WINNER', 'CONTRACTED', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "capability_kind" as enum ('PATENT', 'PAPER', 'PROTOTYPE', 'SOFTWARE', 'PROCESS', 'EQUIPMENT', 'SERVICE');`);
    this.addSql(`create type "cooperation_mode" as enum ('LICENCE', 'TRANSFER', 'JOINT_DEVELOPMENT', 'CONSULTING');`);
    this.addSql(`create type "capability_visibility" as enum ('PUBLIC', 'SIGNED_IN', 'PRIVATE');`);
    this.addSql(`create type "bid_status" as enum ('SUBMITTED', 'WITHDRAWN');`);
    this.addSql(`create type "bid_outcome" as enum ('PENDING', 'AWARDED', 'NOT_SELECTED');`);
    this.addSql(`create table "tech_field" ("code" text not null, "name" text not null, "parent_code" text null, "sort_order" int not null, constraint "tech_field_pkey" primary key ("code"));`);
    this.addSql(`create index "tech_field_parent_code_index" on "tech_field" ("parent_code");`);

    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "recipient_id" uuid not null, "kind" "notification_kind" not null, "title" text not null, "body" text not null, "challenge_id" uuid null, "bid_id" uuid null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_unread_index" on "notification" ("recipient_id") where "read_at" is null;`);
    this.addSql(`create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`);

    this.addSql(`create table "challenge" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "owner_organization_id" uuid not null, "created_by_id" uuid not null, "title" text not null, "summary" text not null, "statement" text not null, "indicators" jsonb not null, "ip_terms" text not null default '', "contact" jsonb not null, "bounty" numeric(14,2) not null, "deadline" timestamptz not null, "field_code" text not null, "keywords" text[] not null default '{}', "target_trl" smallint not null, "region_code" varchar(6) not null, "confidentiality" "confidentiality" not null, "status" "challenge_status" not null default 'DRAFT', "criteria" jsonb not null, "published_at" timestamptz null, "bidding_closed_at" timestamptz null, "review_closed_at" timestamptz null, "deadline_reminder_sent_at" timestamptz null, "status_reason" text null, constraint "challenge_pkey" primary key ("id"), constraint challenge_target_trl_check check (target_trl >= 1 and target_trl <= 9), constraint challenge_bounty_check check (bounty >= 0));`);
    this.addSql(`create index "challenge_owner_organization_id_index" on "challenge" ("owner_organization_id");`);
    this.addSql(`create index "challenge_field_code_index" on "challenge" ("field_code");`);
    this.addSql(`create index "challenge_region_code_index" on "challenge" ("region_code");`);
    this.addSql(`create index "challenge_status_deadline_index" on "challenge" ("status", "deadline");`);

    this.addSql(`create table "nda_acceptance" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "challenge_id" uuid not null, "organization_id" uuid not null, "accepted_by_id" uuid not null, constraint "nda_acceptance_pkey" primary key ("id"));`);
    this.addSql(`alter table "nda_acceptance" add constraint "nda_acceptance_challenge_id_organization_id_unique" unique ("challenge_id", "organization_id");`);

    this.addSql(`create table "expert_assignment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "challenge_id" uuid not null, "expert_id" uuid not null, "assigned_by_id" uuid not null, constraint "expert_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "expert_assignment_expert_id_index" on "expert_assignment" ("expert_id");`);
    this.addSql(`alter table "expert_assignment" add constraint "expert_assignment_challenge_id_expert_id_unique" unique ("challenge_id", "expert_id");`);

    this.addSql(`create table "challenge_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "challenge_id" uuid not null, "actor_id" uuid null, "from_status" "challenge_status" null, "to_status" "challenge_status" not null, "reason" text null, constraint "challenge_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "challenge_transition_challenge_id_index" on "challenge_transition" ("challenge_id");`);

    this.addSql(`create table "capability" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "created_by_id" uuid not null, "title" text not null, "summary" text not null, "field_codes" text[] not null, "keywords" text[] not null default '{}', "trl" smallint not null, "kind" "capability_kind" not null, "patents" jsonb not null, "team_lead" jsonb not null, "team_members" jsonb not null, "facilities" text not null default '', "cooperation_modes" "cooperation_mode"[] not null, "visibility" "capability_visibility" not null default 'PUBLIC', constraint "capability_pkey" primary key ("id"), constraint capability_trl_check check (trl >= 1 and trl <= 9));`);
    this.addSql(`create index "capability_organization_id_index" on "capability" ("organization_id");`);

    this.addSql(`create table "bid" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "challenge_id" uuid not null, "organization_id" uuid not null, "submitted_by_id" uuid not null, "approach" text not null, "team_lead" jsonb not null, "team_members" jsonb not null, "price" numeric(14,2) not null, "duration_months" smallint not null, "milestones" jsonb not null, "attachments" jsonb not null, "status" "bid_status" not null default 'SUBMITTED', "outcome" "bid_outcome" not null default 'PENDING', "feedback" text null, "withdrawn_at" timestamptz null, constraint "bid_pkey" primary key ("id"), constraint bid_duration_months_check check (duration_months > 0), constraint bid_price_check check (price >= 0));`);
    this.addSql(`create index "bid_challenge_id_index" on "bid" ("challenge_id");`);
    this.addSql(`create index "bid_organization_id_index" on "bid" ("organization_id");`);
    this.addSql(`create unique index "bid_one_award_per_challenge" on "bid" ("challenge_id") where "outcome" = 'AWARDED';`);
    this.addSql(`alter table "bid" add constraint "bid_challenge_id_organization_id_unique" unique ("challenge_id", "organization_id");`);

    this.addSql(`create table "review_score" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "bid_id" uuid not null, "expert_id" uuid not null, "criterion_key" text not null, "score" smallint not null, "comment" text not null default '', constraint "review_score_pkey" primary key ("id"), constraint review_score_score_check check (score >= 0 and score <= 100));`);
    this.addSql(`create index "review_score_bid_id_index" on "review_score" ("bid_id");`);
    this.addSql(`alter table "review_score" add constraint "review_score_bid_id_expert_id_criterion_key_unique" unique ("bid_id", "expert_id", "criterion_key");`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "challenge" add constraint "challenge_owner_organization_id_foreign" foreign key ("owner_organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "challenge" add constraint "challenge_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "challenge" add constraint "challenge_field_code_foreign" foreign key ("field_code") references "tech_field" ("code") on update cascade;`);

    this.addSql(`alter table "nda_acceptance" add constraint "nda_acceptance_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nda_acceptance" add constraint "nda_acceptance_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "nda_acceptance" add constraint "nda_acceptance_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "expert_assignment" add constraint "expert_assignment_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "expert_assignment" add constraint "expert_assignment_expert_id_foreign" foreign key ("expert_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "expert_assignment" add constraint "expert_assignment_assigned_by_id_foreign" foreign key ("assigned_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "challenge_transition" add constraint "challenge_transition_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_transition" add constraint "challenge_transition_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "capability" add constraint "capability_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "capability" add constraint "capability_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "bid" add constraint "bid_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade;`);
    this.addSql(`alter table "bid" add constraint "bid_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "bid" add constraint "bid_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "review_score" add constraint "review_score_bid_id_foreign" foreign key ("bid_id") references "bid" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "review_score" add constraint "review_score_expert_id_foreign" foreign key ("expert_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "challenge" drop constraint "challenge_field_code_foreign";`);

    this.addSql(`alter table "nda_acceptance" drop constraint "nda_acceptance_challenge_id_foreign";`);

    this.addSql(`alter table "expert_assignment" drop constraint "expert_assignment_challenge_id_foreign";`);

    this.addSql(`alter table "challenge_transition" drop constraint "challenge_transition_challenge_id_foreign";`);

    this.addSql(`alter table "bid" drop constraint "bid_challenge_id_foreign";`);

    this.addSql(`alter table "review_score" drop constraint "review_score_bid_id_foreign";`);

    this.addSql(`drop table if exists "tech_field" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "challenge" cascade;`);

    this.addSql(`drop table if exists "nda_acceptance" cascade;`);

    this.addSql(`drop table if exists "expert_assignment" cascade;`);

    this.addSql(`drop table if exists "challenge_transition" cascade;`);

    this.addSql(`drop table if exists "capability" cascade;`);

    this.addSql(`drop table if exists "bid" cascade;`);

    this.addSql(`drop table if exists "review_score" cascade;`);

    this.addSql(`drop type "notification_kind";`);
    this.addSql(`drop type "confidentiality";`);
    this.addSql(`drop type "challenge_status";`);
    this.addSql(`drop type "capability_kind";`);
    this.addSql(`drop type "cooperation_mode";`);
    this.addSql(`drop type "capability_visibility";`);
    this.addSql(`drop type "bid_status";`);
    this.addSql(`drop type "bid_outcome";`);
  }

}
