import type { Span } from '../core/span.js';
import type { Grain } from '../time/types.js';

/** Entity types accepted from the entity stage (and produced by the fallback heuristics). */
export type EntityType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

/**
 * An entity mention as the events module consumes it: from the `entities` annotation when an
 * entity stage ran, otherwise from {@link findNameMentions}' light heuristics.
 */
export interface EntityMentionInput {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  /** Resolved entity id, when the entity stage resolved the mention. */
  readonly entityId?: string;
}

/** How a mention was found: named entity, title phrase (`وزير الدفاع الروسي`), or an unnamed source (`مصادر`, `تقارير غربية`). */
export type MentionKind = 'named' | 'title' | 'unnamed' | 'place';

/** An argument of an event, a quote's speaker or a claim's source: a span of the clean text. */
export interface Participant {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  readonly type?: EntityType;
  readonly entityId?: string;
}

/**
 * Event types (CAMEO-inspired, coarse). See `src/events/EVENTS.md` for the trigger lexicons.
 * VISIT = VISIT/ARRIVE, MEET = MEET/TALKS, AGREE = AGREE/SIGN, STATE = STATE/ANNOUNCE,
 * ACCUSE = ACCUSE/DENY, DEPLOY = DEPLOY/MILITARY, ATTACK = ATTACK/CLASH, APPOINT = ELECT/APPOINT.
 */
export type EventType = 'VISIT' | 'MEET' | 'AGREE' | 'STATE' | 'ACCUSE' | 'DEPLOY' | 'ATTACK' | 'SANCTION' | 'APPOINT' | 'OTHER';

/** All event types, in documentation order. */
export const EVENT_TYPES: readonly EventType[] = ['VISIT', 'MEET', 'AGREE', 'STATE', 'ACCUSE', 'DEPLOY', 'ATTACK', 'SANCTION', 'APPOINT', 'OTHER'];

/** Long labels of the event types (as in the issue). */
export const EVENT_TYPE_LABELS: Readonly<Record<EventType, string>> = {
  VISIT: 'VISIT/ARRIVE',
  MEET: 'MEET/TALKS',
  AGREE: 'AGREE/SIGN',
  STATE: 'STATE/ANNOUNCE',
  ACCUSE: 'ACCUSE/DENY',
  DEPLOY: 'DEPLOY/MILITARY',
  ATTACK: 'ATTACK/CLASH',
  SANCTION: 'SANCTION',
  APPOINT: 'ELECT/APPOINT',
  OTHER: 'OTHER',
};

/**
 * How the text presents an event: reported as having happened (or happening), planned or
 * expected (`من المتوقع`، `سيزور`، `من المقرر`), denied or negated (`نفى`، `لم`، `لن`), or
 * hypothetical (`قد`، `إذا`، `في حال`).
 */
export type Modality = 'happened' | 'planned' | 'denied' | 'hypothetical';

/** The normalised time of an event or claim, taken from a timex of the `time` annotation. */
export interface EventTime {
  /** Timex value (`2024-11-29`, `2024-06`). */
  readonly value: string;
  readonly begin?: string;
  readonly end?: string;
  readonly grain: Grain;
  /** True when resolved against an inferred publication date. */
  readonly inferred: boolean;
  /** Span of the timex in the text. */
  readonly span: Span;
  readonly text: string;
}

/** An event mention found in one article. */
export interface EventMention {
  readonly type: EventType;
  /** The trigger word's span and text. */
  readonly trigger: Span & { readonly text: string };
  /** The sentence the event was found in. */
  readonly sentence: Span;
  readonly agents: readonly Participant[];
  readonly partners: readonly Participant[];
  readonly place: Participant | null;
  readonly time: EventTime | null;
  readonly modality: Modality;
  /**
   * True when the event is recalled as context rather than reported as news: its time lies well
   * before the article's reference date (a 2019 summit in a 2024 article), or a cue marks it
   * (`سبق أن`، `كان قد`، `منذ زيارته`، `آنذاك`، `زيارته السابقة`).
   */
  readonly background: boolean;
}

/** A quote (direct or reported speech) with its speaker. */
export interface Quote {
  /** Span of the quoted words (without the quotation marks), or of the reported content. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** True for text inside quotation marks. */
  readonly direct: boolean;
  /** Who said it; null when the text does not say (never invented). */
  readonly speaker: Participant | null;
  /**
   * When the speaker is a bare title (`الوزير`), the earlier speaker phrase with that title and a
   * name (`وزير الخارجية فلان`) it refers to, when the article has one.
   */
  readonly speakerRef?: Participant;
  /** The speech verb or attribution phrase that introduced it, when there is one. */
  readonly cue: string | null;
  /** The sentence in which the quote (or its start) lies. */
  readonly sentence: Span;
}

/** What kind of quantity a claim states. */
export type ClaimKind = 'count' | 'money' | 'percent';

/** A numeric claim: a quantity of something, in a context, attributed (or not) to a source. */
export interface NumericClaim {
  /** Span of the number (with its qualifier). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: ClaimKind;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly qualifier: string;
  /** The counted noun as written (`جندي`, `دولار`, `%`), or null. */
  readonly unit: string | null;
  /** What is counted: the unit with its modifiers (`مهندس عسكري`), or null. */
  readonly what: string | null;
  /** The claim's predicate key (`send`, `planned:send`, `kill`, or a normalised context word), used to compare claims. */
  readonly predicate: string;
  /** The context word the predicate was read from, as written. */
  readonly context: string | null;
  /** The source the claim is attributed to, or null. */
  readonly attribution: Participant | null;
  readonly time: EventTime | null;
  readonly sentence: Span;
}

/** Everything the events stage finds in one article. */
export interface EventsAnnotation {
  readonly events: readonly EventMention[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly NumericClaim[];
}
