import type { Capability } from '../modules/capability/capability.entity';
import type { Challenge } from '../modules/challenge/challenge.entity';
import { Confidentiality } from '../modules/challenge/challenge.types';

/** A field code and its ancestors: codes are hierarchical (MARINE.EQUIPMENT is under MARINE). */
export function fieldCodeWithAncestors(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

const seconds = (date: Date | null | undefined) => (date ? Math.floor(date.getTime() / 1000) : null);

export interface ChallengeDocument {
  id: string;
  title: string;
  summary: string;
  keywords: string[];
  /** Empty for NDA challenges: confidential details must not be findable (or highlighted) through search. */
  statement: string;
  indicators: string[];
  fieldCode: string;
  fieldCodes: string[];
  regionCode: string;
  status: string;
  confidentiality: string;
  targetTrl: number;
  bounty: number;
  deadline: number;
  publishedAt: number | null;
  createdAt: number;
  ownerOrganizationId: string;
  ownerName: string;
}

export function challengeDocument(challenge: Challenge, ownerName: string): ChallengeDocument {
  const isPublic = challenge.confidentiality === Confidentiality.PUBLIC;
  return {
    id: challenge.id,
    title: challenge.title,
    summary: challenge.summary,
    keywords: challenge.keywords,
    statement: isPublic ? challenge.statement : '',
    indicators: isPublic ? challenge.indicators.map((i) => `${i.name} ${i.target}${i.unit}`) : [],
    fieldCode: challenge.field.code,
    fieldCodes: fieldCodeWithAncestors(challenge.field.code),
    regionCode: challenge.regionCode,
    status: challenge.status,
    confidentiality: challenge.confidentiality,
    targetTrl: challenge.targetTrl,
    // Filtering by a range only; the exact decimal stays in PostgreSQL.
    bounty: Number(challenge.bounty),
    deadline: seconds(challenge.deadline)!,
    publishedAt: seconds(challenge.publishedAt),
    createdAt: seconds(challenge.createdAt)!,
    ownerOrganizationId: challenge.ownerOrganization.id,
    ownerName,
  };
}

export interface CapabilityDocument {
  id: string;
  title: string;
  summary: string;
  keywords: string[];
  patentTitles: string[];
  facilities: string;
  teamLead: string;
  fieldCodes: string[];
  trl: number;
  kind: string;
  cooperationModes: string[];
  visibility: string;
  organizationId: string;
  organizationName: string;
  regionCode: string;
  createdAt: number;
}

export function capabilityDocument(capability: Capability, organization: { name: string; regionCode: string }): CapabilityDocument {
  return {
    id: capability.id,
    title: capability.title,
    summary: capability.summary,
    keywords: capability.keywords,
    patentTitles: capability.patents.map((p) => p.title),
    facilities: capability.facilities,
    teamLead: capability.teamLead.name,
    fieldCodes: [...new Set(capability.fieldCodes.flatMap(fieldCodeWithAncestors))],
    trl: capability.trl,
    kind: capability.kind,
    cooperationModes: capability.cooperationModes,
    visibility: capability.visibility,
    organizationId: capability.organization.id,
    organizationName: organization.name,
    regionCode: organization.regionCode,
    createdAt: seconds(capability.createdAt)!,
  };
}

/** What the matching index (indexes.ts `capabilityMatching`) holds of a capability: what matching reads and filters on. */
export type CapabilityMatchingDocument = Pick<
  CapabilityDocument,
  'id' | 'title' | 'summary' | 'keywords' | 'patentTitles' | 'facilities' | 'fieldCodes' | 'regionCode' | 'visibility' | 'organizationId'
>;

export function capabilityMatchingDocument(d: CapabilityDocument): CapabilityMatchingDocument {
  return {
    id: d.id,
    title: d.title,
    summary: d.summary,
    keywords: d.keywords,
    patentTitles: d.patentTitles,
    facilities: d.facilities,
    fieldCodes: d.fieldCodes,
    regionCode: d.regionCode,
    visibility: d.visibility,
    organizationId: d.organizationId,
  };
}
