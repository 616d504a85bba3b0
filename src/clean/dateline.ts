import { scanArabicDates } from '../arabic/calendars.js';
import { agencyName, AGENCY_ALTERNATION, findAgency } from './agencies.js';
import { keyWords, lineKey } from './lineKey.js';
import { PLACE_KEYS, SITE_WORD_KEYS } from './vocabulary.js';
import { decodeEntities } from './htmlToText.js';

/** A dateline at the start of a paragraph: `سيول، كوريا الجنوبية (AP) —`, `الرياض - واس`. */
export interface Dateline {
  /** The place as written (`سيول، كوريا الجنوبية`). */
  readonly place: string;
  /** Canonical agency name, when the dateline credits one. */
  readonly agency?: string;
  /** Publication date written in the dateline (ISO), when present. */
  readonly date?: string;
  /** Offsets in the paragraph: the whole dateline, the place, the agency. */
  readonly start: number;
  readonly end: number;
  readonly placeStart: number;
  readonly placeEnd: number;
  readonly agencyStart?: number;
  readonly agencyEnd?: number;
  readonly confidence: number;
}

const SEP = '[\\s]*[-–—ـ:：|]+[\\s]*';
const AGENCY_RE = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(${AGENCY_ALTERNATION})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');

/** True when some part of a place string is in the gazetteer. */
export function isKnownPlace(place: string): boolean {
  const parts = place
    .split(/[،,/]\s*|\s+و(?=\S)/u)
    .map((p) => lineKey(p))
    .filter((p) => p !== '');
  for (const p of parts) {
    if (PLACE_KEYS.has(p)) return true;
    const w = keyWords(p);
    if (w.length > 1 && (PLACE_KEYS.has(w[0] as string) || PLACE_KEYS.has(w.slice(0, 2).join(' ')))) return true;
  }
  return false;
}

function plausiblePlace(place: string): boolean {
  const words = keyWords(lineKey(place));
  return words.length >= 1 && words.length <= 5 && place.length <= 45 && !/\d/.test(place);
}

/**
 * The dateline at the start of a paragraph, or undefined. Recognised shapes: place then an
 * agency in brackets or after a dash (`سيول، كوريا الجنوبية (AP) —`, `الرياض - واس`), place,
 * date and agency (`جنيف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`), agency then place in
 * brackets (`واس (جدة)`), and a known place followed by a dash or colon (`لندن: …`).
 */
export function findDateline(paragraph: string): Dateline | undefined {
  const head = paragraph.slice(0, 180);
  // Agency then place in brackets: "واس (جدة) -"
  const ap = new RegExp(`^(${AGENCY_ALTERNATION})\\s*[(（]([^()（）]{2,40})[)）]\\s*(?:[-–—ـ:：]+\\s*)?`, 'u').exec(head);
  if (ap?.[1] && ap[2] && plausiblePlace(ap[2])) {
    const name = agencyName(ap[1]);
    const placeStart = head.indexOf(ap[2], ap[1].length);
    return {
      place: ap[2].trim(),
      ...(name !== undefined ? { agency: name, agencyStart: 0, agencyEnd: ap[1].length } : {}),
      start: 0,
      end: ap[0].length,
      placeStart,
      placeEnd: placeStart + ap[2].length,
      confidence: 0.85,
    };
  }
  AGENCY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGENCY_RE.exec(head)) !== null) {
    const form = m[1] as string;
    if (m.index > 130) break;
    const name = agencyName(form);
    if (name === undefined) continue;
    const before = head.slice(0, m.index);
    const bracketed = /[(（[]\s*$/u.test(before) && new RegExp(`^[^()（）]{0,3}[)）\\]]`, 'u').test(head.slice(m.index + form.length));
    const dashed = new RegExp(`${SEP}$`, 'u').test(before);
    // The rest of the prefix: place (and maybe a date).
    let prefix = before.replace(/[\s(（[\-–—ـ:：|،,]+$/u, '');
    let date: string | undefined;
    const dates = scanArabicDates(prefix).dates;
    const d = dates[dates.length - 1];
    if (d && prefix.slice(d.end).trim().length <= 2) {
      date = d.value;
      prefix = prefix.slice(0, d.start).replace(/[\s,،\-–—ـ:：]+$/u, '');
    }
    const placeText = prefix.trim();
    if (placeText === '' || !plausiblePlace(placeText)) break;
    if (!(bracketed || dashed || date !== undefined || isKnownPlace(placeText))) break;
    // "الموقع - وكالات": a generic credit needs a known place.
    if (name === 'agencies' && !isKnownPlace(placeText)) break;
    // After the agency: a closing bracket, then a dash/colon, or the end of the line/sentence.
    const after = head.slice(m.index + form.length);
    const tail = /^\s*[)）\]]?\s*(?:[-–—ـ:：]+\s*|$|\n|\s)/u.exec(after);
    if (!tail) break;
    // An agency after a dash with running text after it ("قال مسؤول - رويترز تنقل …") is not a
    // dateline unless the place is known.
    const separatedAfter = /[-–—ـ:：\n]/u.test(tail[0]) || after.slice(tail[0].length).trim() === '';
    if (!bracketed && date === undefined && !separatedAfter && !isKnownPlace(placeText)) break;
    const placeStart = paragraph.indexOf(placeText);
    return {
      place: placeText.replace(/[\s,،]+$/u, ''),
      agency: name,
      ...(date !== undefined ? { date } : {}),
      start: 0,
      end: m.index + form.length + tail[0].length,
      placeStart,
      placeEnd: placeStart + placeText.length,
      agencyStart: m.index,
      agencyEnd: m.index + form.length,
      confidence: bracketed || dashed ? 0.9 : 0.75,
    };
  }
  // Place, dash, a correspondent credit: "الجبايش (جنوب العراق) - مراسل الصحيفة".
  const cm = /^([^\-–—ـ:：|.!?؟\d]{2,60}?)\s*[-–—ـ]+\s*(?:مراسل|مراسلة|مراسلنا|مراسلتنا|مكتب|خاص|متابعات)(?![\p{L}])/u.exec(head);
  if (cm?.[1] && keyWords(lineKey(cm[1])).length <= 5) {
    const placeText = cm[1].trim();
    return { place: placeText, start: 0, end: cm[0].length, placeStart: 0, placeEnd: placeText.length, confidence: 0.7 };
  }
  // A short credit line ending in a known place: "اسم الموقع – الرياض".
  const sl = /^([^\-–—ـ:：|.!?؟\d]{2,30}?)\s+[-–—ـ]\s+([^\-–—ـ:：|.!?؟\d]{2,30})$/u.exec(paragraph.trim());
  if (sl?.[2] && isKnownPlace(sl[2]) && keyWords(lineKey(sl[2])).length <= 3 && !isKnownPlace(sl[1] ?? '')) {
    const placeStart = paragraph.indexOf(sl[2]);
    return { place: sl[2].trim(), start: 0, end: paragraph.length, placeStart, placeEnd: placeStart + sl[2].trim().length, confidence: 0.6 };
  }
  // Known place and a dash/colon: "لندن: …", "الرياض - …".
  const pm = /^([^\-–—ـ:：|.!?؟\d]{2,45}?)\s*[-–—ـ:：]+\s*/u.exec(head);
  if (pm?.[1] && plausiblePlace(pm[1]) && isKnownPlace(pm[1]) && keyWords(lineKey(pm[1])).length <= 4) {
    const placeText = pm[1].trim();
    return { place: placeText, start: 0, end: pm[0].length, placeStart: 0, placeEnd: placeText.length, confidence: 0.7 };
  }
  return undefined;
}

/** What a container's free-form author field says (`جنيف : (رويترز)`, `الرياض - الوئام :`, `لندن: فلان`). */
export interface AuthorFieldParts {
  author?: string;
  place?: string;
  agency?: string;
  /** A part that looks like a publication name. */
  site?: string;
}

/**
 * Split a scraped author field into a person, a place, an agency and a site name. Parts are
 * separated by `:`, `-`, `ـ`, `،` or brackets; a part is an agency when it names one, a place when
 * the gazetteer knows it, a site when it equals `publisherHint`, otherwise a person (2–4 words).
 */
export function parseAuthorField(field: string, publisherHint?: string): AuthorFieldParts {
  const out: AuthorFieldParts = {};
  const cleaned = decodeEntities(field)
    .replace(/\u00a0/g, ' ')
    .replace(/^\s*(?:بواسطة|بقلم|كتب|كتبت|by)\s*[:：\-–]?\s*/iu, '')
    // Photo credits: "… / تصوير - فلان".
    .replace(/(?:^|\s*[/،,]\s*|\s+[-–—ـ]\s+)(?:تصوير|عدسة|photo)(?![\p{L}]).*$/iu, '')
    .trim();
  const parts = cleaned
    .split(/\s*[:：()（）\-–—ـ|]\s*|\s*[،,]\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const hint = publisherHint ? lineKey(publisherHint) : undefined;
  // "محمد علي (صامطة)": a person, then the place in brackets.
  const np = /^([^()]{3,40}?)\s*[(（]([^()（）]{2,30})[)）]\s*[:：]?$/u.exec(cleaned);
  if (np?.[1] && np[2] && findAgency(np[2]) === undefined && findAgency(np[1]) === undefined) {
    const w = keyWords(lineKey(np[1])).length;
    if (w >= 2 && w <= 4) return { author: np[1].trim(), place: np[2].trim() };
  }
  for (const raw of parts) {
    // "«الاقتصادية» من الرياض": a site name, then the place.
    const from = /^(.{2,30}?)\s+من\s+(.{2,30})$/u.exec(raw);
    if (from?.[1] && from[2] && isKnownPlace(from[2])) {
      out.site ??= from[1].replace(/["«»“”]/gu, '').trim();
      out.place ??= from[2];
      continue;
    }
    const p = raw;
    const ag = findAgency(p);
    if (ag && ag.start === 0 && ag.end >= p.length - 1) {
      out.agency ??= ag.name;
      continue;
    }
    const k = lineKey(p);
    if (keyWords(k).some((x) => SITE_WORD_KEYS.has(x)) && keyWords(k).length <= 3) {
      out.site ??= p;
      continue;
    }
    if (isKnownPlace(p) && keyWords(k).length <= 3) {
      out.place = out.place === undefined ? p : `${out.place}، ${p}`;
      continue;
    }
    if (hint !== undefined && k === hint) {
      out.site ??= p;
      continue;
    }
    const w = keyWords(k).length;
    if (w >= 2 && w <= 5 && out.author === undefined) out.author = p;
    else if (w === 1 && out.author === undefined && parts.length === 1 && !SITE_WORD_KEYS.has(k)) out.author = p;
  }
  // "أشيقر - عبدالله المقحم": a short unknown first part before a dash and a person is a place,
  // unless it looks like a site name ("الجزيرة - فلان").
  // The convention is place first: with two unknown parts the first is the place.
  const [first, second] = parts;
  if (out.place === undefined && first !== undefined && second !== undefined && parts.length === 2 && /^[^-–—ـ]+\s*[-–—ـ]/u.test(cleaned)) {
    const words = keyWords(lineKey(first));
    const placeLike = words.length >= 1 && words.length <= 3 && !words.some((x) => SITE_WORD_KEYS.has(x)) && findAgency(first) === undefined;
    const secondWords = keyWords(lineKey(second)).length;
    if (placeLike && (out.author === second || (out.author === first && secondWords >= 2 && secondWords <= 4 && findAgency(second) === undefined))) {
      out.place = first;
      out.author = second;
    }
  }
  return out;
}
