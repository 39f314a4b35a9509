import type { EntityManager } from '@mikro-orm/postgresql';
import type { CapabilityDocument, ChallengeDocument } from '../../search/documents';
import type { Viewer } from '../auth/viewer';
import type { Capability } from '../capability/capability.entity';
import { CapabilityVisibility } from '../capability/capability.types';
import { PUBLIC_STATUSES } from '../challenge/challenge-status';
import { CITY_CODE, CITY_REGIONS, regionPrefix } from '../organization/regions';
import { ExpertAssignment } from '../review/expert-assignment.entity';

/**
 * Meilisearch filter expressions, built only from attribute names fixed in code and values that are quoted
 * and escaped here: user input is never spliced into the filter syntax.
 */
export type ChallengeAttribute = keyof ChallengeDocument & string;
export type CapabilityAttribute = keyof CapabilityDocument & string;

/** A filter string literal: double-quoted, with backslashes and quotes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function finite(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

// Every document has an id, so this matches nothing: what an empty IN list means.
const NOTHING = 'id IS NULL';

/** Builders over one index's attributes; `and`/`or` drop absent parts and parenthesise the rest. */
export function filterBuilder<A extends string>() {
  return {
    eq: (attribute: A, value: string) => `${attribute} = ${quote(value)}`,
    in: (attribute: A, values: readonly string[]) => (values.length ? `${attribute} IN [${values.map(quote).join(', ')}]` : NOTHING),
    gte: (attribute: A, value: number) => `${attribute} >= ${finite(value)}`,
    lte: (attribute: A, value: number) => `${attribute} <= ${finite(value)}`,
    and: (...parts: Array<string | null | undefined>) => join(parts, 'AND'),
    or: (...parts: Array<string | null | undefined>) => join(parts, 'OR'),
  };
}

function join(parts: Array<string | null | undefined>, operator: 'AND' | 'OR'): string | null {
  const present = parts.filter((part): part is string => !!part);
  if (present.length === 0) return null;
  if (present.length === 1) return present[0];
  return present.map((part) => `(${part})`).join(` ${operator} `);
}

export const challengeFilter = filterBuilder<ChallengeAttribute>();
export const capabilityFilter = filterBuilder<CapabilityAttribute>();

/** The ids of the challenges the viewer is assigned to review (experts only). */
export async function assignedChallengeIds(em: EntityManager, viewer: Viewer | null): Promise<string[]> {
  if (!viewer?.user.isExpert) return [];
  const rows = await em.find(ExpertAssignment, { expert: viewer.id }, { fields: ['challenge'] });
  return rows.map((row) => row.challenge.id);
}

/**
 * challenge-access.ts `canSeeChallenge` as an index filter: public states for everyone, plus the viewer's
 * own organizations' challenges and the ones they review; null (no restriction) for the bureau.
 */
export function challengeVisibilityFilter(viewer: Viewer | null, assignedIds: readonly string[]): string | null {
  if (viewer?.isBureau) return null;
  const f = challengeFilter;
  const own = viewer?.memberships.map((m) => m.organizationId) ?? [];
  return f.or(
    f.in('status', PUBLIC_STATUSES),
    own.length ? f.in('ownerOrganizationId', own) : null,
    assignedIds.length ? f.in('id', assignedIds) : null,
  );
}

/** capability.service.ts `visibleCapabilities` as an index filter; null (no restriction) for the bureau. */
export function capabilityVisibilityFilter(viewer: Viewer | null): string | null {
  const f = capabilityFilter;
  if (!viewer) return f.eq('visibility', CapabilityVisibility.PUBLIC);
  if (viewer.isBureau) return null;
  const own = viewer.memberships.map((m) => m.organizationId);
  return f.or(f.in('visibility', [CapabilityVisibility.PUBLIC, CapabilityVisibility.SIGNED_IN]), own.length ? f.in('organizationId', own) : null);
}

/** The same rule in memory, to re-check records loaded from PostgreSQL (the index may lag behind it). */
export function canSeeCapability(viewer: Viewer | null, capability: Capability): boolean {
  if (capability.visibility === CapabilityVisibility.PUBLIC) return true;
  if (!viewer) return false;
  return capability.visibility === CapabilityVisibility.SIGNED_IN || viewer.isBureau || viewer.isMemberOf(capability.organization.id);
}

/**
 * The region codes a (validated) region code stands for: a district is itself; a city (ending in 00) or a
 * province (0000) is every code under it. Meilisearch has no prefix filter, so the prefix becomes a list:
 * the city's districts from regions.ts, or for other cities the codes actually in use in PostgreSQL.
 */
export async function regionCodesFor(em: EntityManager, code: string): Promise<string[]> {
  if (code === CITY_CODE) return CITY_REGIONS.map((region) => region.code);
  const prefix = regionPrefix(code);
  if (!prefix) return [code];
  const rows: Array<{ region_code: string }> = await em.getConnection().execute(
    `select region_code from organization where region_code like ? union select region_code from challenge where region_code like ?`,
    [`${prefix}%`, `${prefix}%`],
  );
  return [...new Set([code, ...rows.map((row) => row.region_code)])];
}
