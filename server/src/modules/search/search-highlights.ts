import type { Hit } from 'meilisearch';
import type { CapabilityDocument, ChallengeDocument } from '../../search/documents';
import type { Challenge } from '../challenge/challenge.entity';
import { Confidentiality } from '../challenge/challenge.types';
import { hasMark, markedToHtml } from './highlight';
import type { CapabilityHighlight, ChallengeHighlight } from './search.types';

// The highlight objects of search hits, from Meilisearch's `_formatted` (marked with highlight.ts's marks).

type Formatted<D> = Partial<Record<keyof D, unknown>>;

const formattedText = (value: unknown): string => (typeof value === 'string' ? value : '');
const formattedList = (value: unknown): string[] => (Array.isArray(value) ? value.map(formattedText) : []);

export function challengeHighlight(hit: Hit<ChallengeDocument>, challenge: Challenge): ChallengeHighlight {
  const formatted = (hit._formatted ?? {}) as Formatted<ChallengeDocument>;
  // documents.ts keeps NDA details out of the index; PostgreSQL's current confidentiality is checked as well,
  // in case the index has not caught up with a switch to NDA yet.
  const detailsPublic = challenge.confidentiality === Confidentiality.PUBLIC;
  const statement = formattedText(formatted.statement);
  return {
    title: markedToHtml(formattedText(formatted.title)),
    summary: markedToHtml(formattedText(formatted.summary)),
    keywords: formattedList(formatted.keywords).map(markedToHtml),
    statement: detailsPublic && hasMark(statement) ? markedToHtml(statement) : null,
    indicators: detailsPublic ? formattedList(formatted.indicators).filter(hasMark).map(markedToHtml) : [],
  };
}

export function capabilityHighlight(hit: Hit<CapabilityDocument>): CapabilityHighlight {
  const formatted = (hit._formatted ?? {}) as Formatted<CapabilityDocument>;
  const facilities = formattedText(formatted.facilities);
  return {
    title: markedToHtml(formattedText(formatted.title)),
    summary: markedToHtml(formattedText(formatted.summary)),
    keywords: formattedList(formatted.keywords).map(markedToHtml),
    patentTitles: formattedList(formatted.patentTitles).filter(hasMark).map(markedToHtml),
    facilities: hasMark(facilities) ? markedToHtml(facilities) : null,
  };
}
