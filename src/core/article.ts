import type { Message } from './message.js';
import type { Span } from './span.js';
import type { AnnotationMap } from './annotations.js';

/** The kind of input a record came from. */
export type InputKind = 'text' | 'html' | 'json' | 'feed';

/**
 * Structured fields that a container gave for a record (a JSON article's fields, a feed
 * item's elements). All optional: inputs vary. Values are kept as given (strings).
 */
export interface RawFields {
  title?: string;
  content?: string;
  url?: string;
  /** Publisher/site name as given (JSON `source`, feed channel title). */
  publisher?: string;
  /** Publication date as given. */
  date?: string;
  /** When the record was fetched/extracted, as given (JSON `date_extracted`). */
  dateExtracted?: string;
  author?: string;
  /** Category/section as given. */
  category?: string;
  /** Language as given (`xml:lang`, feed `language`). */
  language?: string;
}

/**
 * One input record as received, kept so that it can be re-analysed later.
 * For files the bytes are the file's bytes; for a record inside a JSON/JSONL/zip/feed
 * container they are the record's own serialisation (UTF-8 JSON for JSON records, the
 * item's XML for feed items).
 */
export interface RawInput {
  /** The path or URL exactly as given to ingest (for a record inside a container: the container's path). */
  readonly source: string;
  /** Where inside the container the record sits (`2015-07-21.json[12]`, `item[3]`); absent for plain files. */
  readonly member?: string;
  readonly kind: InputKind;
  /** Bytes as received. */
  readonly bytes: Uint8Array;
  /** Encoding the bytes were decoded with (`utf-8`, `utf-16le`, `windows-1256`, …). */
  readonly encoding: string;
  /** Hex SHA-256 of {@link bytes}. */
  readonly sha256: string;
  /** Fields the container gave. */
  readonly fields: RawFields;
  /** The decoded text of the record: the file's text, or the JSON/feed `content`. */
  readonly decoded: string;
  /** When Marsad received it (ISO 8601). */
  readonly receivedAt?: string;
}

/** How a metadata value was found, and how sure we are. */
export interface MetaField<T> {
  readonly value: T;
  /** Provenance, e.g. `json:title`, `text:first-line`, `jsonld:headline`, `og:title`, `feed:pubDate`. */
  readonly from: string;
  /** Where in the clean text (or raw decoded text, see `from`) it was found, when it was found in text. */
  readonly span?: Span;
  /** 0..1 */
  readonly confidence: number;
}

/** Article metadata; every field carries its provenance. */
export interface ArticleMeta {
  title?: MetaField<string>;
  subtitle?: MetaField<string>;
  url?: MetaField<string>;
  publisher?: MetaField<string>;
  author?: MetaField<string>;
  agency?: MetaField<string>;
  dateline?: MetaField<string>;
  category?: MetaField<string>;
  language?: MetaField<string>;
  /** ISO 8601 date or date-time (local time as written when no zone is known). */
  published?: MetaField<string>;
  modified?: MetaField<string>;
  /** When the input was fetched or extracted (ISO 8601), used as an upper bound and for relative stamps. */
  fetched?: MetaField<string>;
}

/**
 * The record that flows through the pipeline: raw input, clean text, metadata and a typed
 * map of annotations added by stages. The clean text is never rewritten after cleaning;
 * every annotation's offsets point into it.
 */
export interface Article {
  /** Store id, once stored. */
  id?: number;
  readonly raw: RawInput;
  /** The clean text. */
  readonly text: string;
  readonly meta: ArticleMeta;
  /** Annotations by name, attached by the pipeline runner. */
  readonly annotations: Partial<AnnotationMap>;
  /** Data problems found so far. */
  readonly messages: Message[];
}
