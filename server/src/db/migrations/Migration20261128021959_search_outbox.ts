import { Migration } from '@mikro-orm/migrations';

export class Migration20261128021959_search_outbox extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "search_outbox" ("id" bigserial primary key, "entity_type" text not null, "entity_id" uuid not null, "created_at" timestamptz not null default clock_timestamp(), "attempts" int not null default 0, "next_attempt_at" timestamptz not null default clock_timestamp(), "last_error" text null);`);
    this.addSql(`create index "search_outbox_next_attempt_at_id_index" on "search_outbox" ("next_attempt_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_outbox" cascade;`);
  }

}
