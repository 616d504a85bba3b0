import type { Lang } from './i18n.js';
import type { DateRange, TimeValue } from './api/types.js';

type Labels = Readonly<Record<string, { readonly ar: string; readonly en: string }>>;

const ENTITY_TYPES: Labels = {
  PER: { ar: 'شخص', en: 'person' },
  PERS: { ar: 'شخص', en: 'person' },
  LOC: { ar: 'مكان', en: 'place' },
  ORG: { ar: 'منظمة', en: 'organisation' },
  MISC: { ar: 'أخرى', en: 'other' },
};

/** Event types the API filters on, in documentation order. */
export const EVENT_TYPES = ['VISIT', 'MEET', 'AGREE', 'STATE', 'ACCUSE', 'DEPLOY', 'ATTACK', 'SANCTION', 'APPOINT', 'OTHER'] as const;

const EVENT_TYPE_LABELS: Labels = {
  VISIT: { ar: 'زيارة/وصول', en: 'visit/arrive' },
  MEET: { ar: 'لقاء/محادثات', en: 'meet/talks' },
  AGREE: { ar: 'اتفاق/توقيع', en: 'agree/sign' },
  STATE: { ar: 'تصريح/إعلان', en: 'state/announce' },
  ACCUSE: { ar: 'اتهام/نفي', en: 'accuse/deny' },
  DEPLOY: { ar: 'انتشار عسكري', en: 'deploy/military' },
  ATTACK: { ar: 'هجوم/اشتباك', en: 'attack/clash' },
  SANCTION: { ar: 'عقوبات', en: 'sanction' },
  APPOINT: { ar: 'انتخاب/تعيين', en: 'elect/appoint' },
  OTHER: { ar: 'أخرى', en: 'other' },
};

const MODALITIES: Labels = {
  happened: { ar: 'وقع', en: 'happened' },
  planned: { ar: 'مُخطَّط', en: 'planned' },
  denied: { ar: 'منفي', en: 'denied' },
  hypothetical: { ar: 'افتراضي', en: 'hypothetical' },
};

const GRAINS: Labels = {
  second: { ar: 'ثانية', en: 'second' },
  minute: { ar: 'دقيقة', en: 'minute' },
  hour: { ar: 'ساعة', en: 'hour' },
  day: { ar: 'يوم', en: 'day' },
  week: { ar: 'أسبوع', en: 'week' },
  month: { ar: 'شهر', en: 'month' },
  quarter: { ar: 'ربع سنة', en: 'quarter' },
  year: { ar: 'سنة', en: 'year' },
  decade: { ar: 'عقد', en: 'decade' },
  century: { ar: 'قرن', en: 'century' },
};

const META_FIELDS: Labels = {
  title: { ar: 'العنوان', en: 'title' },
  subtitle: { ar: 'العنوان الفرعي', en: 'subtitle' },
  url: { ar: 'الرابط', en: 'URL' },
  publisher: { ar: 'الناشر', en: 'publisher' },
  author: { ar: 'الكاتب', en: 'author' },
  agency: { ar: 'الوكالة', en: 'agency' },
  dateline: { ar: 'مكان النشر', en: 'dateline' },
  category: { ar: 'القسم', en: 'category' },
  language: { ar: 'اللغة', en: 'language' },
  published: { ar: 'تاريخ النشر', en: 'published' },
  modified: { ar: 'تاريخ التعديل', en: 'modified' },
  fetched: { ar: 'تاريخ الجلب', en: 'fetched' },
};

const QUALIFIERS: Labels = {
  exact: { ar: 'بالضبط', en: 'exact' },
  approx: { ar: 'نحو', en: 'approx.' },
  'more-than': { ar: 'أكثر من', en: 'more than' },
  'less-than': { ar: 'أقل من', en: 'less than' },
  'at-least': { ar: 'على الأقل', en: 'at least' },
  'at-most': { ar: 'على الأكثر', en: 'at most' },
  between: { ar: 'بين', en: 'between' },
};

function label(labels: Labels, key: string, lang: Lang): string {
  return labels[key]?.[lang] ?? key;
}

/** Entity type label (`PER` → شخص / person). */
export const entityTypeLabel = (type: string, lang: Lang): string => label(ENTITY_TYPES, type, lang);
/** Event type label. */
export const eventTypeLabel = (type: string, lang: Lang): string => label(EVENT_TYPE_LABELS, type, lang);
/** Modality label. */
export const modalityLabel = (m: string, lang: Lang): string => label(MODALITIES, m, lang);
/** Grain label. */
export const grainLabel = (g: string, lang: Lang): string => label(GRAINS, g, lang);
/** Number qualifier label (`approx` → نحو). */
export const qualifierLabel = (q: string, lang: Lang): string => label(QUALIFIERS, q, lang);
/** Metadata field label. */
export const metaFieldLabel = (f: string, lang: Lang): string => label(META_FIELDS, f, lang);

/** `YYYY-MM-DD` of an ISO date or date-time (the part as written; no time-zone shifting). */
export function isoDay(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** A date range for display (`2025-03-05 – 2025-03-07`, or a single day). */
export function formatDateRange(r: DateRange | null | undefined): string {
  if (!r) return '';
  return r.start === r.end ? r.start : `${r.start} – ${r.end}`;
}

/** A normalised time value for display: `2025-03-05`, `2025-03 (month)`, `2025-03-05 … 2025-03-07`, with `inferred`. */
export function formatTimeValue(v: TimeValue | null | undefined, lang: Lang): string {
  if (!v) return '';
  const core = v.value ?? (v.begin || v.end ? `${v.begin ?? '?'} … ${v.end ?? '?'}` : '');
  const grain = v.grain && v.grain !== 'day' ? ` (${grainLabel(v.grain, lang)})` : '';
  const inferred = v.inferred ? (lang === 'ar' ? ' · مستنتج' : ' · inferred') : '';
  return `${core}${grain}${inferred}`;
}

/** A claim's value for display: a number, a `min–max` range, or an em dash. */
export function formatClaimValue(value: number | readonly [number, number] | null | undefined, lang: Lang): string {
  const f = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en');
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return f.format(value);
  return `${f.format(value[0])}–${f.format(value[1])}`;
}

/** Confidence 0..1 as a percentage. */
export function formatConfidence(c: number): string {
  return `${Math.round(c * 100)}%`;
}
