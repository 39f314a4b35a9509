import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import { afterCursorCondition, toConnection, type ConnectionShape } from '../../graphql/connection';
import { cleanLabels, containsPattern } from '../../graphql/validation';
import type { Viewer, ViewerMembership } from '../auth/viewer';
import { assertFieldCodesExist, expandFieldCodes } from '../field/tech-field.service';
import { OrganizationKind } from '../organization/organization.entity';
import { Capability } from './capability.entity';
import { CapabilityError } from './capability.errors';
import { normalizePatentNumber, type CapabilityFilter, type CreateCapabilityInput, type PatentInput, type PersonInput, type UpdateCapabilityInput } from './capability.inputs';
import { CapabilityVisibility, type Patent, type Person } from './capability.types';

/** DOMAIN.md: capabilities and achievements are what institutes and universities (the 揭榜方) offer. */
const PUBLISHING_KINDS: ReadonlySet<OrganizationKind> = new Set([OrganizationKind.INSTITUTE, OrganizationKind.UNIVERSITY]);

// Ids reach SQL as uuid parameters; a malformed one would be a database error instead of "not found".
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const trimAll = (items: string[]) => [...new Set(items.map((item) => item.trim()))];
const cleanPerson = (person: PersonInput): Person => ({ name: person.name.trim(), title: person.title.trim() });

function cleanPatents(patents: PatentInput[]): Patent[] {
  const seen = new Set<string>();
  return patents.map((patent) => {
    const number = normalizePatentNumber(patent.number);
    if (seen.has(number)) throw CapabilityError.duplicatePatent(number);
    seen.add(number);
    return { number, title: patent.title.trim(), status: patent.status };
  });
}

/**
 * Which capabilities a viewer may see, as a filter: PUBLIC to everyone, SIGNED_IN to any signed-in user,
 * PRIVATE to the owning organization's members and the bureau. The only definition of visibility: single
 * reads, lists and counts all use it, so they cannot disagree.
 */
export function visibleCapabilities(viewer: Viewer | null): FilterQuery<Capability> {
  if (!viewer) return { visibility: CapabilityVisibility.PUBLIC };
  if (viewer.isBureau) return {};
  const open: FilterQuery<Capability> = { visibility: { $in: [CapabilityVisibility.PUBLIC, CapabilityVisibility.SIGNED_IN] } };
  const own = viewer.memberships.map((m) => m.organizationId);
  return own.length ? { $or: [open, { organization: { $in: own } }] } : open;
}

export class CapabilityService {
  constructor(private readonly em: EntityManager) {}

  /** Publishes a capability for one of the viewer's institutes or universities. */
  async create(viewer: Viewer, input: CreateCapabilityInput): Promise<Capability> {
    const organizationId = this.publishingOrganization(viewer, input.organizationId ?? null);
    const fieldCodes = trimAll(input.fieldCodes);
    await assertFieldCodesExist(this.em, fieldCodes);
    const capability = this.em.create(Capability, {
      organization: organizationId,
      createdBy: viewer.id,
      title: input.title.trim(),
      summary: input.summary.trim(),
      fieldCodes,
      keywords: cleanLabels(input.keywords),
      trl: input.trl,
      kind: input.kind,
      patents: cleanPatents(input.patents),
      teamLead: cleanPerson(input.teamLead),
      teamMembers: input.teamMembers.map(cleanPerson),
      facilities: input.facilities.trim(),
      cooperationModes: [...new Set(input.cooperationModes)],
      visibility: input.visibility,
    });
    await this.em.flush();
    return capability;
  }

  /** Changes the given fields; members of the owning organization and the bureau only. */
  async update(viewer: Viewer, id: string, input: UpdateCapabilityInput): Promise<Capability> {
    const capability = await this.loadForChange(viewer, id);
    // Everything that can fail is checked before the entity is touched.
    const fieldCodes = input.fieldCodes !== undefined ? trimAll(input.fieldCodes) : undefined;
    if (fieldCodes) await assertFieldCodesExist(this.em, fieldCodes);
    const patents = input.patents !== undefined ? cleanPatents(input.patents) : undefined;

    if (input.title !== undefined) capability.title = input.title.trim();
    if (input.summary !== undefined) capability.summary = input.summary.trim();
    if (fieldCodes) capability.fieldCodes = fieldCodes;
    if (input.keywords !== undefined) capability.keywords = cleanLabels(input.keywords);
    if (input.trl !== undefined) capability.trl = input.trl;
    if (input.kind !== undefined) capability.kind = input.kind;
    if (patents) capability.patents = patents;
    if (input.teamLead !== undefined) capability.teamLead = cleanPerson(input.teamLead);
    if (input.teamMembers !== undefined) capability.teamMembers = input.teamMembers.map(cleanPerson);
    if (input.facilities !== undefined) capability.facilities = input.facilities.trim();
    if (input.cooperationModes !== undefined) capability.cooperationModes = [...new Set(input.cooperationModes)];
    if (input.visibility !== undefined) capability.visibility = input.visibility;
    await this.em.flush();
    return capability;
  }

  /** Deletes a capability; members of the owning organization and the bureau only. Returns its id. */
  async delete(viewer: Viewer, id: string): Promise<string> {
    const capability = await this.loadForChange(viewer, id);
    await this.em.remove(capability).flush();
    return id;
  }

  /** The capability if it exists and the viewer may see it, else null (invisible and missing look alike). */
  async findVisible(viewer: Viewer | null, id: string): Promise<Capability | null> {
    if (!UUID.test(id)) return null;
    return this.em.findOne(Capability, { $and: [{ id }, visibleCapabilities(viewer)] });
  }

  /** Capabilities the viewer may see, oldest first, filtered; visibility is part of the SQL, so counts and pages are exact. */
  async list(viewer: Viewer | null, filter: CapabilityFilter, first: number, after?: string | null): Promise<ConnectionShape<Capability>> {
    if (filter.minTrl != null && filter.maxTrl != null && filter.minTrl > filter.maxTrl) {
      throw CommonError.badInput('minTrl', 'must not be greater than maxTrl');
    }
    let fieldCodes: string[] | null = null;
    if (filter.fieldCodes?.length) {
      await assertFieldCodesExist(this.em, filter.fieldCodes);
      fieldCodes = await expandFieldCodes(this.em, filter.fieldCodes);
    }
    return this.page(() => ({ $and: [visibleCapabilities(viewer), ...this.filterConditions(filter, fieldCodes)] }), first, after);
  }

  /** Every capability of the viewer's organizations, whatever its visibility, oldest first. */
  async listMine(viewer: Viewer, first: number, after?: string | null): Promise<ConnectionShape<Capability>> {
    const own = viewer.memberships.map((m) => m.organizationId);
    return this.page(() => ({ organization: { $in: own } }), first, after);
  }

  private publishingOrganization(viewer: Viewer, organizationId: string | null): string {
    let membership: ViewerMembership | undefined;
    if (organizationId) {
      membership = viewer.memberships.find((m) => m.organizationId === organizationId);
      if (!membership) throw CapabilityError.notAMember();
    } else {
      if (viewer.memberships.length === 0) throw CapabilityError.noOrganization();
      if (viewer.memberships.length > 1) throw CapabilityError.organizationRequired();
      membership = viewer.memberships[0];
    }
    if (!PUBLISHING_KINDS.has(membership.organizationKind)) throw CapabilityError.organizationKind(membership.organizationKind);
    return membership.organizationId;
  }

  private async loadForChange(viewer: Viewer, id: string): Promise<Capability> {
    // Someone who may not even see it learns nothing more than "not found".
    const capability = await this.findVisible(viewer, id);
    if (!capability) throw CommonError.notFound('Capability', id);
    if (!viewer.isBureau && !viewer.isMemberOf(capability.organization.id)) throw CapabilityError.notOwner();
    return capability;
  }

  private filterConditions(filter: CapabilityFilter, fieldCodes: string[] | null): FilterQuery<Capability>[] {
    const conditions: FilterQuery<Capability>[] = [];
    if (fieldCodes) conditions.push({ fieldCodes: { $overlap: fieldCodes } });
    if (filter.kinds?.length) conditions.push({ kind: { $in: filter.kinds } });
    if (filter.minTrl != null) conditions.push({ trl: { $gte: filter.minTrl } });
    if (filter.maxTrl != null) conditions.push({ trl: { $lte: filter.maxTrl } });
    if (filter.organizationId) conditions.push({ organization: filter.organizationId });
    if (filter.cooperationModes?.length) conditions.push({ cooperationModes: { $overlap: filter.cooperationModes } });
    const text = filter.text?.trim();
    if (text) {
      const pattern = containsPattern(text);
      conditions.push({
        $or: [
          { title: { $ilike: pattern } },
          { summary: { $ilike: pattern } },
          // Each keyword on its own, so a search cannot match across two neighbouring keywords.
          { [raw((alias) => `exists (select 1 from unnest(${alias}.keywords) as keyword where keyword ilike ?)`, [pattern])]: [] },
        ],
      });
    }
    return conditions;
  }

  // `where` is a function because raw() fragments are single-use: the page and the count each need their own.
  private async page(where: () => FilterQuery<Capability>, first: number, after?: string | null): Promise<ConnectionShape<Capability>> {
    const [rows, totalCount] = await Promise.all([
      this.em.find(
        Capability,
        { $and: [where(), afterCursorCondition(after) as FilterQuery<Capability>] },
        { orderBy: { createdAt: 'asc', id: 'asc' }, limit: first + 1 },
      ),
      this.em.count(Capability, where()),
    ]);
    return toConnection(rows, first, totalCount);
  }
}
