import { Migration } from '@mikro-orm/migrations';

/** Contract registration decisions reach both parties' inboxes, linked to the contract. */
export class Migration20261128060045_notification_contracts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "notification_kind" add value if not exists 'CONTRACT_REGISTERED' after 'CHALLENGE_CANCELLED';`);

    this.addSql(`alter type "notification_kind" add value if not exists 'CONTRACT_REJECTED' after 'CONTRACT_REGISTERED';`);

    this.addSql(`alter table "notification" add column "contract_id" uuid null;`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop enum values; the two kinds stay, unused.
    this.addSql(`alter table "notification" drop column "contract_id";`);
  }

}
