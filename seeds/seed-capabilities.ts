import type { EntityManager } from '@mikro-orm/core';
import { Capability } from '../server/src/modules/capability/capability.entity';
import type {
  CapabilityKind,
  CapabilityVisibility,
  CooperationMode,
  PatentStatus,
} from '../server/src/modules/capability/capability.types';
import { SEED_CAPABILITIES } from './data/capabilities';
import type { SeededAccounts } from './seed-accounts';

/** The capability library (能力/成果) of the institutes and universities. Returns ids by title. */
export async function seedCapabilities(em: EntityManager, accounts: SeededAccounts): Promise<Map<string, string>> {
  const idByTitle = new Map<string, string>();
  for (const seed of SEED_CAPABILITIES) {
    const organization = accounts.organizationIds.get(seed.organizationKey);
    const createdBy = accounts.adminOfOrganization.get(seed.organizationKey);
    if (!organization || !createdBy) throw new Error(`seed capability "${seed.title}": unknown organization ${seed.organizationKey}`);
    const capability = em.create(Capability, {
      organization,
      createdBy,
      title: seed.title,
      summary: seed.summary,
      fieldCodes: seed.fieldCodes,
      keywords: seed.keywords,
      trl: seed.trl,
      kind: seed.kind as CapabilityKind,
      patents: seed.patents.map((p) => ({ ...p, status: p.status as PatentStatus })),
      teamLead: seed.teamLead,
      teamMembers: seed.teamMembers,
      facilities: seed.facilities,
      cooperationModes: seed.cooperationModes as CooperationMode[],
      visibility: seed.visibility as CapabilityVisibility,
    });
    idByTitle.set(seed.title, capability.id);
  }
  await em.flush();
  return idByTitle;
}
