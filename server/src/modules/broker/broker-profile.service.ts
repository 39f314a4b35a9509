import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import { afterCursorCondition, toConnection, type ConnectionShape } from '../../graphql/connection';
import { cityToday } from '../contract/contract-dates';
import { assertFieldCodesExist, expandFieldCodes } from '../field/tech-field.service';
import { Membership } from '../organization/membership.entity';
import { User } from '../user/user.entity';
import { BrokerProfile } from './broker-profile.entity';
import { BrokerError } from './broker.errors';
import type { SaveBrokerProfileInput } from './broker.inputs';


export interface BrokerProfileFilter {
  organizationId?: string | null;
  fieldCode?: string | null;
  certifiedYear?: number | null;
}

/** Broker profiles: recorded by the bureau (which certifies brokers), readable by every signed-in user. */
export class BrokerProfileService {
  constructor(private readonly em: EntityManager) {}

  /** Records or updates a broker's profile and grants the BROKER role, in one transaction. Bureau only (resolver). */
  async save(input: SaveBrokerProfileInput): Promise<BrokerProfile> {
    const certificateNumber = input.certificateNumber.trim();
    const fieldCodes = [...new Set(input.fieldCodes.map((code) => code.trim()))];
    if (input.certifiedOn > cityToday()) throw CommonError.badInput('certifiedOn', 'cannot be in the future');
    await assertFieldCodesExist(this.em, fieldCodes);
    try {
      return await this.em.transactional(async (tx) => {
        const user = await tx.findOne(User, { id: input.userId });
        if (!user) throw CommonError.notFound('User', input.userId);
        if (!(await tx.count(Membership, { user: user.id, organization: input.organizationId }))) {
          throw CommonError.badInput('organizationId', 'must be an organization the broker is a member of');
        }
        const taken = await tx.findOne(BrokerProfile, { certificateNumber, user: { $ne: user.id } });
        if (taken) throw BrokerError.certificateTaken(certificateNumber);
        const profile = (await tx.findOne(BrokerProfile, { user: user.id })) ?? tx.create(BrokerProfile, { user, certificateNumber, organization: input.organizationId, certifiedOn: input.certifiedOn });
        profile.certificateNumber = certificateNumber;
        profile.organization = tx.getReference('Organization', input.organizationId) as BrokerProfile['organization'];
        profile.fieldCodes = fieldCodes;
        profile.certifiedOn = input.certifiedOn;
        user.isBroker = true;
        return profile;
      });
    } catch (error) {
      // Two saves racing past the check above: the unique index decides.
      if (error instanceof UniqueConstraintViolationException) throw BrokerError.certificateTaken(certificateNumber);
      throw error;
    }
  }

  /** Brokers, most recently recorded first. */
  async list(filter: BrokerProfileFilter, first: number, after?: string | null): Promise<ConnectionShape<BrokerProfile>> {
    const conditions: FilterQuery<BrokerProfile>[] = [{ user: { isBroker: true } }];
    if (filter.organizationId) conditions.push({ organization: filter.organizationId });
    if (filter.fieldCode) conditions.push({ fieldCodes: { $overlap: await expandFieldCodes(this.em, [filter.fieldCode]) } });
    if (filter.certifiedYear) conditions.push(certifiedInYear(filter.certifiedYear));
    const where = { $and: conditions };
    const [rows, totalCount] = await Promise.all([
      this.em.find(BrokerProfile, { $and: [where, afterCursorCondition(after, 'desc')] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
      this.em.count(BrokerProfile, where),
    ]);
    return toConnection(rows, first, totalCount);
  }

  /** Brokers certified in the year who still hold the role: "new technology-transfer professionals" of that year. */
  async countNewBrokers(year: number): Promise<number> {
    return this.em.count(BrokerProfile, { $and: [{ user: { isBroker: true } }, certifiedInYear(year)] });
  }
}

export function certifiedInYear(year: number): FilterQuery<BrokerProfile> {
  return { certifiedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } };
}
