/**
 * The grammar of Arabic temporal expressions: a small hand-written parser over the tokens of
 * match-normalised text that turns each expression into an unresolved {@link Expr}. Resolution
 * against a reference date is {@link resolveExpr}'s job (resolve.ts).
 */
import { GREGORIAN_MONTH_NAMES } from '../arabic/calendarData.js';
import { hijriMonthNormalized as hijriMonth, weekdayNormalized as weekdayOfName } from '../arabic/calendars.js';
import { normalizeMatch } from '../arabic/normalize.js';
import {
  APPROX,
  DAY_PARTS,
  FEW,
  LAST_WORDS,
  NEXT,
  NOW,
  PAST,
  RECENT,
  TEEN,
  THIS,
  TOMORROW,
  UNIT_WORDS,
  YESTERDAY,
  numberWord,
  tensWord,
  type Unit,
} from './lexicon.js';

/** A token of match-normalised text. */
export interface Tok {
  readonly s: number;
  readonly e: number;
  readonly w: string;
  /** `a` Arabic word, `d` digits, `l` Latin word, `p` punctuation. */
  readonly k: 'a' | 'd' | 'l' | 'p';
}

/** Split match-normalised text into tokens. */
export function lex(t: string): Tok[] {
  const out: Tok[] = [];
  const re = /[\u0621-\u064a]+|\d+|[a-z]+|\S/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    const k = c >= 0x621 && c <= 0x64a ? 'a' : c >= 48 && c <= 57 ? 'd' : (c >= 97 && c <= 122) ? 'l' : 'p';
    out.push({ s: m.index, e: m.index + w.length, w, k });
  }
  return out;
}

/** Time of day as written. */
export interface TimeOfDay {
  h: number;
  min?: number;
  sec?: number;
  part?: 'am' | 'pm' | 'noon' | 'night';
  utc?: boolean;
  approx?: boolean;
  /** `الليلة`/`هذه الليلة` without an hour. */
  tonight?: boolean;
}

/** Calendar parts of a date expression, unresolved. */
export interface DateParts {
  y?: number;
  m?: number;
  d?: number;
  yRel?: number;
  mRel?: number;
  wRel?: number;
  dRel?: number;
  wd?: number;
  /** Explicit direction on a weekday: الماضي (−1), هذا (0), القادم (+1). */
  wdDir?: -1 | 0 | 1;
  /** Explicit direction on a month name: الماضي (−1), الجاري (0), المقبل (+1). */
  mDir?: -1 | 0 | 1;
  /** n-th weekday/day/week of the scope; negative = last. */
  nth?: { n: number; what: 'wd' | 'day' | 'week'; wd?: number };
  part?: 'START' | 'MID' | 'END';
  holiday?: string;
  hijri?: { y?: number; m: number; d?: number };
  /** For "n-th weekday after <holiday>". */
  after?: DateParts;
  now?: boolean;
  /** اليوم التالي: one day after the previous expression. */
  chain?: number;
  /** Day part without an hour (صباح اليوم). */
  dayPart?: string;
  /** Only a year (عام 2000). */
  yearOnly?: boolean;
  /** Quarter 1–4 (الربع الأول من العام). */
  q?: number;
}

/** An unresolved temporal expression. */
export type Expr =
  | { k: 'date'; d: DateParts; t?: TimeOfDay }
  | { k: 'interval'; a: Expr; b: Expr }
  | { k: 'until'; b: Expr }
  | { k: 'since'; a: Expr }
  | { k: 'shift'; n: number; unit: Unit; dir: -1 | 1; approx?: boolean }
  | { k: 'within'; n: number; unit: Unit; dir: -1 | 1 | 0; whole?: boolean }
  | { k: 'duration'; n: number | null; unit: Unit; approx?: boolean }
  | { k: 'set'; unit?: Unit; n?: number; wd?: number }
  | { k: 'decade'; decade: number; rel?: number }
  | { k: 'century'; c: number; rel?: number }
  | { k: 'vague'; dir: -1 | 1; unit?: Unit };

/** A parsed expression with its token range. */
export interface Parsed {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
  readonly expr: Expr;
}

interface R<T> {
  v: T;
  i: number;
}

// --- lexicon maps -------------------------------------------------------------------------

const GMONTH = new Map<string, number>();
for (const [name, m] of GREGORIAN_MONTH_NAMES) GMONTH.set(normalizeMatch(name).replace(/\s+/g, ' '), m);
const GMONTH_FIRST = new Set([...GMONTH.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''));
const HIJRI_FIRST = new Set(['ربيع', 'جمادي', 'ذو', 'ذي', 'ذا']);
/** Short month names that are also common words (أب father, مارس practised, ماي …). */
const AMBIGUOUS_MONTH = new Set(['اب', 'ماي', 'مارس', 'اوت', 'جوان']);

const SETS = new Map<string, ReadonlySet<string>>();
/** A set of match-normalised words from a space-separated list (memoised: used inline in rules). */
const set = (s: string): ReadonlySet<string> => {
  let r = SETS.get(s);
  if (!r) {
    r = new Set(s.split(' ').map((w) => normalizeMatch(w)));
    SETS.set(s, r);
  }
  return r;
};
const normMap = <T>(m: Map<string, T>): ReadonlyMap<string, T> => new Map([...m].map(([k, v]) => [normalizeMatch(k), v]));
const W_DAY = set('يوم اليوم');
/** Words that may follow a bare unit noun (عام واحد); any other word makes it a construct (شهر رمضان، عام 2014). */
const BARE_UNIT_FOLLOWERS = set('واحد واحده فقط تقريبا كامل كامله ونصف الا');
const S_YEAR_PREPS = set('في منذ حتى خلال مطلع بدايه نهايه اواخر اوائل منتصف');
const S_AFTER_YEAR = set('م عندما حين حيث بعد قبل الى الي حتى الماضي');
const SET_ADVERBS = new Map<string, Unit>([
  ['يوميا', 'day'],
  ['اسبوعيا', 'week'],
  ['شهريا', 'month'],
  ['سنويا', 'year'],
]);
const SINGULAR_UNITS = set('ثانيه لحظه دقيقه ساعه يوم اسبوع شهر سنه عام عقد قرن');
const W_MONTH = set('شهر الشهر');
const W_YEAR = set('عام سنه العام السنه');
const W_WEEK = set('اسبوع الاسبوع');
const W_FROM = set('من');
const W_TO = set('الى الي حتى لغايه ولغايه غايه');
const W_HOUR = set('الساعه ساعه');
const W_THIS_M = set('هذا');
const W_THIS_F = set('هذه');
const W_OF = set('من في');
const W_DAYPART_NOUN: ReadonlyMap<string, string> = normMap(new Map([
  ['صباح', 'morning'],
  ['مساء', 'evening'],
  ['ظهر', 'afternoon'],
  ['عصر', 'afternoon'],
  ['ظهيره', 'afternoon'],
  ['ليل', 'night'],
  ['ليله', 'night'],
  ['فجر', 'morning'],
  ['صبيحه', 'morning'],
  ['مطلع', 'morning'],
]));
const PART_WORDS: ReadonlyMap<string, 'START' | 'MID' | 'END'> = normMap(new Map<string, 'START' | 'MID' | 'END'>([
  ['اوائل', 'START'],
  ['مطلع', 'START'],
  ['بدايه', 'START'],
  ['بدايات', 'START'],
  ['مستهل', 'START'],
  ['منتصف', 'MID'],
  ['اواسط', 'MID'],
  ['نص', 'MID'],
  ['نصف', 'MID'],
  ['اواخر', 'END'],
  ['نهايه', 'END'],
  ['ختام', 'END'],
]));
const HOLIDAYS: ReadonlyArray<readonly [string, string]> = [
  ['عيد الميلاد المجيد', 'عيد الميلاد'],
  ['عيد الميلاد', 'عيد الميلاد'],
  ['الكريسماس', 'عيد الميلاد'],
  ['كريسماس', 'عيد الميلاد'],
  ['راس السنه الهجريه', 'رأس السنة الهجرية'],
  ['السنه الهجريه الجديده', 'رأس السنة الهجرية'],
  ['راس السنه الميلاديه', 'رأس السنة الميلادية'],
  ['عيد الفطر المبارك', 'عيد الفطر'],
  ['عيد الفطر', 'عيد الفطر'],
  ['عيد الاضحي المبارك', 'عيد الأضحى'],
  ['عيد الاضحي', 'عيد الأضحى'],
  ['عيد الفصح', 'عيد الفصح'],
  ['عيد العمال', 'عيد العمال'],
  ['يوم عرفه', 'يوم عرفة'],
  ['المولد النبوي', 'المولد النبوي'],
  ['ذكري المولد النبوي', 'المولد النبوي'],
  ['عاشوراء', 'عاشوراء'],
  ['ليله القدر', 'ليلة القدر'],
  ['شهر رمضان المبارك', 'رمضان'],
  ['شهر رمضان', 'رمضان'],
  ['رمضان', 'رمضان'],
];
const HOLIDAY_TOKENS = HOLIDAYS.map(([n, h]) => [normalizeMatch(n).split(' '), h] as const).sort((a, b) => b[0].length - a[0].length);

const HOLIDAY_FIRST = new Set(HOLIDAY_TOKENS.map(([t]) => t[0] ?? ''));

const DECADES: Record<string, number> = {
  العشرينيات: 2,
  العشرينات: 2,
  الثلاثينيات: 3,
  الثلاثينات: 3,
  الاربعينيات: 4,
  الاربعينات: 4,
  الخمسينيات: 5,
  الخمسينات: 5,
  الستينيات: 6,
  الستينات: 6,
  السبعينيات: 7,
  السبعينات: 7,
  الثمانينيات: 8,
  الثمانينات: 8,
  التسعينيات: 9,
  التسعينات: 9,
};

const STARTER_WORDS = set(
  'يوم اليوم هذا هذه الاسبوع الشهر العام السنه شهر عام سنه اسبوع من بين حتى منذ قبل بعد خلال غضون طوال طيله لمده مده عند حوالي بحدود حدود قرابه نحو زهاء الساعه ساعه اول القبل الليله مؤخرا الاونه كل يوميا اسبوعيا شهريا سنويا القرن يومي يومى اخر الاخير الاخيره بضعه بضع عده لغايه ولغايه صباح مساء ظهر عصر ظهيره ليل ليله فجر صبيحه مطلع اللحظه الصباح المساء الاونه في الربع',
);

const FUNCTION_STARTERS = set(
  'من بين حتى وحتى منذ قبل بعد خلال غضون طوال طيله لمده مده عند حوالي بحدود حدود قرابه نحو زهاء هذا هذه كل لغايه ولغايه اول في',
);
let STARTERS: ReadonlySet<string> | undefined;
/** True when a word can begin a temporal expression (a cheap filter before parsing). */
function isStarter(f: string): boolean {
  if (!STARTERS) {
    const all = new Set<string>([...STARTER_WORDS, ...GMONTH.keys(), ...GMONTH_FIRST, ...HIJRI_FIRST, ...UNIT_WORDS.keys(), ...PART_WORDS.keys()]);
    for (const x of [NOW, YESTERDAY, TOMORROW, APPROX, FEW, HOLIDAY_FIRST]) for (const w of x) all.add(w);
    for (const k of Object.keys(DECADES)) {
      all.add(k);
      all.add(k.slice(2));
    }
    STARTERS = all;
  }
  return STARTERS.has(f) || hijriMonth(f) !== undefined || weekdayOfName(f) !== undefined || numberWord(f) !== undefined;
}

const DECADE_MAP = new Map<string, number>();
for (const [k, v] of Object.entries(DECADES)) {
  DECADE_MAP.set(k, v);
  DECADE_MAP.set(k.slice(2), v);
}

const NO_FORMS: Array<[string, number]> = [];
/** Candidate readings of a word: itself, and without proclitics (و ف ب ل ك, لل→ال). */
function forms(w: string): Array<[string, number]> {
  const out: Array<[string, number]> = [[w, 0]];
  const strip1 = (x: string, p: number): void => {
    if (x.length < 3) return;
    const c = x[0];
    if (c === 'ب' || c === 'ل' || c === 'ك' || c === 'ف') {
      if (c === 'ل' && x[1] === 'ل' && x.length > 3) out.push(['ا' + x.slice(1), p + 1]);
      out.push([x.slice(1), p + 1]);
    }
  };
  if (w.length >= 3 && (w[0] === 'و' || w[0] === 'ف')) {
    out.push([w.slice(1), 1]);
    strip1(w.slice(1), 1);
  }
  strip1(w, 0);
  return out;
}

// --- parser -----------------------------------------------------------------------------

/** Parses temporal expressions from the tokens of one text. */
// Word sets used by the rules (hoisted).
const S0 = set('م ميلادي ميلاديه');
const S1 = set('العام السنه');
const S2 = set('السنه العام');
const S3 = set('الذي الي اللي');
const S4 = set('قبل اول القبل');
const S5 = set('الاسبوع الشهر العام السنه');
const S6 = set('ه هجري هجريه');
const S7 = set('من في بعد');
const S8 = set('الموافق موافق في');
const S9 = set('بعد قبل');
const S10 = set('عند حوالي بحدود قرابه نحو حدود');
const S11 = set('دقيقه دقائق');
const S12 = set('الا الّا');
const S13 = set('في عند');
const S14 = set('من في');
const S15 = set('يومي يومى');
const S16 = set('منذ قبل بعد خلال غضون طوال طيله لمده مده من');
const S17 = set('مؤخرا مؤخراً');
const S18 = set('منذ حتى لغايه وحتى');

export class TimeParser {
  private readonly t: readonly Tok[];
  /** Proclitic length recorded for tokens matched through a stripped form. */
  readonly clitic = new Map<number, number>();

  /** Candidate readings of each token (see `forms`), computed once. */
  private readonly f: Array<Array<[string, number]> | undefined>;

  constructor(tokens: readonly Tok[]) {
    this.t = tokens;
    this.f = new Array<Array<[string, number]> | undefined>(tokens.length);
  }

  /** Readings of token i, computed on first use. */
  private fo(i: number): Array<[string, number]> {
    let f = this.f[i];
    if (f === undefined) {
      const t = this.t[i];
      f = t && t.k === 'a' ? forms(t.w) : NO_FORMS;
      this.f[i] = f;
    }
    return f;
  }

  /** True when token i is only a preposition or determiner (من، بعد، هذا …): it starts an expression only before another starter. */
  private isFunctionWord(i: number): boolean {
    const t = this.t[i];
    return t !== undefined && t.k === 'a' && FUNCTION_STARTERS.has(t.w);
  }

  /** Cheap test: can token i begin an expression? */
  private starts(i: number): boolean {
    const t = this.t[i];
    if (!t) return false;
    if (t.k === 'd') return true;
    if (t.k !== 'a') return false;
    if (isStarter(t.w)) return true;
    const c = t.w.charCodeAt(0);
    // و ف ب ل ك: a proclitic may hide a starter
    if (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644 && c !== 0x643) return false;
    return this.fo(i).some(([f, p]) => p > 0 && isStarter(f));
  }

  // -- primitives

  private w(i: number): string {
    return this.t[i]?.w ?? '';
  }

  private isP(i: number, p: string): boolean {
    const tok = this.t[i];
    return tok !== undefined && tok.k === 'p' && tok.w === p;
  }

  /** Index after the word if token i is in `s` (possibly behind proclitics), else -1. */
  private word(i: number, s: ReadonlySet<string> | string): number {
    const tok = this.t[i];
    if (!tok || tok.k !== 'a') return -1;
    for (const [f, p] of this.fo(i)) {
      if (typeof s === 'string' ? f === s : s.has(f)) {
        if (p > 0) this.clitic.set(i, p);
        else this.clitic.delete(i);
        return i + 1;
      }
    }
    return -1;
  }

  private lookup<T>(i: number, m: ReadonlyMap<string, T>): R<T> | null {
    const tok = this.t[i];
    if (!tok || tok.k !== 'a') return null;
    for (const [f, p] of this.fo(i)) {
      const v = m.get(f);
      if (v !== undefined) {
        if (p > 0) this.clitic.set(i, p);
        else this.clitic.delete(i);
        return { v, i: i + 1 };
      }
    }
    return null;
  }

  /** Optional word. */
  private opt(i: number, s: ReadonlySet<string> | string): number {
    const j = this.word(i, s);
    return j < 0 ? i : j;
  }

  /** A number: digits or words (ثلاثة، الثالث عشر، خمس وأربعون، الحادي والعشرون). */
  num(i: number, compound = true): R<{ n: number; ord: boolean; digits: boolean }> | null {
    const tok = this.t[i];
    if (!tok) return null;
    if (tok.k === 'd') {
      if (tok.w.length > 4) return null;
      return { v: { n: Number(tok.w), ord: false, digits: true }, i: i + 1 };
    }
    if (tok.k !== 'a') return null;
    for (const [f, p] of this.fo(i)) {
      if (p > 1) continue;
      const nw = numberWord(f);
      if (!nw) continue;
      if (p > 0) this.clitic.set(i, p);
      let n = nw.value;
      let j = i + 1;
      if (n < 10 && TEEN.has(this.w(j))) {
        n += 10;
        j++;
      } else if (n < 10 && compound) {
        const nx = this.t[j];
        if (nx && nx.k === 'a' && nx.w.startsWith('و')) {
          const tens = tensWord(nx.w.slice(1));
          if (tens !== undefined) {
            n += tens;
            j++;
          }
        }
      }
      return { v: { n, ord: nw.ordinal, digits: false }, i: j };
    }
    return null;
  }

  /** A Gregorian month name (one or two tokens), or `تموز/يوليو`. */
  private monthName(i: number): R<number> | null {
    const two = this.t[i + 1];
    const one = this.t[i];
    if (!one || one.k !== 'a') return null;
    let r: R<number> | null = null;
    for (const [f, p] of this.fo(i)) {
      if (two && two.k === 'a' && GMONTH_FIRST.has(f)) {
        const m2 = GMONTH.get(`${f} ${two.w}`);
        if (m2 !== undefined) {
          r = { v: m2, i: i + 2 };
          if (p) this.clitic.set(i, p);
          break;
        }
      }
      const m1 = GMONTH.get(f);
      if (m1 !== undefined) {
        r = { v: m1, i: i + 1 };
        if (p) this.clitic.set(i, p);
        else this.clitic.delete(i);
        break;
      }
    }
    if (!r) return null;
    // combined forms: تموز/يوليو, يوليو (تموز)
    if (this.isP(r.i, '/') || this.isP(r.i, '(') || this.isP(r.i, '-')) {
      const alt = this.t[r.i + 1] ? this.monthNameOnly(r.i + 1) : null;
      if (alt && alt.v === r.v) r = { v: r.v, i: this.isP(alt.i, ')') ? alt.i + 1 : alt.i };
    } else {
      const alt = this.monthNameOnly(r.i);
      if (alt && alt.v === r.v) r = { v: r.v, i: alt.i };
    }
    return r;
  }

  private monthNameOnly(i: number): R<number> | null {
    const one = this.t[i];
    const two = this.t[i + 1];
    if (!one || one.k !== 'a') return null;
    if (two && two.k === 'a' && GMONTH_FIRST.has(one.w)) {
      const m2 = GMONTH.get(`${one.w} ${two.w}`);
      if (m2 !== undefined) return { v: m2, i: i + 2 };
    }
    const m1 = GMONTH.get(one.w);
    return m1 === undefined ? null : { v: m1, i: i + 1 };
  }

  /** True when the month name at i is a short name that is also a common word (آب، ماي، مارس) and no شهر precedes it. */
  private ambiguousMonthAt(i: number): boolean {
    return this.word(i, W_MONTH) < 0 && AMBIGUOUS_MONTH.has(this.fo(i)[0]?.[0] ?? '') && !this.monthNameOnly(i + 1);
  }

  /** A weekday name, optionally after يوم. */
  private weekdayName(i: number): R<number> | null {
    const tok = this.t[i];
    if (!tok || tok.k !== 'a') return null;
    for (const [f, p] of this.fo(i)) {
      const d = weekdayOfName(f);
      if (d !== undefined) {
        if (p) this.clitic.set(i, p);
        else this.clitic.delete(i);
        return { v: d, i: i + 1 };
      }
    }
    return null;
  }

  private dir(i: number): R<-1 | 0 | 1> | null {
    if (this.word(i, PAST) >= 0) return { v: -1, i: i + 1 };
    if (this.word(i, NEXT) >= 0) return { v: 1, i: i + 1 };
    if (this.word(i, THIS) >= 0) return { v: 0, i: i + 1 };
    return null;
  }

  /** A month reference: يوليو, شهر يوليو, شهر 3, شهر ثلاثة, الشهر الثامن, الشهر المقبل, هذا الشهر. */
  private monthRef(i: number): R<DateParts> | null {
    let j = this.opt(i, W_MONTH);
    const hadShahr = j > i;
    const mn = this.monthName(j);
    if (mn) {
      if (!hadShahr && AMBIGUOUS_MONTH.has(this.fo(j)[0]?.[0] ?? '') && mn.i === j + 1) {
        // ambiguous short name: only with a day before or a year/marker after (checked by callers)
        return { v: { m: mn.v }, i: mn.i };
      }
      return { v: { m: mn.v }, i: mn.i };
    }
    if (hadShahr) {
      const n = this.num(j);
      if (n && n.v.n >= 1 && n.v.n <= 12 && (n.v.digits || !n.v.ord || this.w(i) === 'الشهر')) return { v: { m: n.v.n }, i: n.i };
      const d = this.dir(j);
      if (d && this.w(i) === 'الشهر') return { v: { mRel: d.v }, i: d.i };
    }
    j = this.word(i, W_THIS_M);
    if (j > 0 && this.word(j, 'الشهر') > 0) return { v: { mRel: 0 }, i: j + 1 };
    return null;
  }

  /** A year reference: 2014, عام 2014, من عام 2014, لعام 2014, السنة القادمة, هذا العام. */
  private yearRef(i: number, bare = true): R<DateParts> | null {
    let j = this.opt(i, W_OF);
    const k = this.word(j, W_YEAR);
    if (k > 0) j = k;
    if (k > 0 || bare) {
      const tok = this.t[j];
      if (tok && tok.k === 'd' && tok.w.length === 4 && !this.isP(j + 1, ':') && !this.isP(j + 1, '/')) {
        const y = Number(tok.w);
        if (y >= 1000 && y <= 2999) return { v: { y }, i: this.opt(j + 1, S0) };
      }
    }
    // السنة القادمة / العام الماضي / هذا العام
    let r = this.word(i, S1);
    if (r > 0) {
      const d = this.dir(r);
      if (d) return { v: { yRel: d.v }, i: d.i };
    }
    r = this.word(i, W_THIS_F);
    if (r < 0) r = this.word(i, W_THIS_M);
    if (r > 0) {
      const e = this.word(r, S2);
      if (e > 0) return { v: { yRel: 0 }, i: e };
    }
    return null;
  }

  /** Optional year after a date: returns merged parts. */
  private withYear(p: DateParts, i: number): R<DateParts> {
    const y = this.yearRef(i);
    if (y) return { v: { ...p, ...y.v }, i: y.i };
    return { v: p, i };
  }

  // -- dates

  /** Relative day words: اليوم, أمس, غدا, بعد غد, أول أمس … */
  private relDay(i: number): R<DateParts> | null {
    let j = i;
    // optional lead: يوم / اليوم / اليوم الذي|الي|اللي
    const leadYom = this.word(j, W_DAY);
    let k = leadYom > 0 ? leadYom : j;
    if (leadYom > 0 && this.word(k, S3) > 0) k++;
    // بعد غد / بعد الغد / بعد بكره
    if (this.word(k, 'بعد') > 0 && this.word(k + 1, TOMORROW) > 0) return { v: { dRel: 2 }, i: k + 2 };
    // قبل امس / اول امس / اول من امس / القبل البارحه
    if (this.word(k, S4) > 0) {
      let e = k + 1;
      if (this.word(e, 'من') > 0) e++;
      if (this.word(e, YESTERDAY) > 0) return { v: { dRel: -2 }, i: e + 1 };
    }
    if (this.word(k, YESTERDAY) > 0) return { v: { dRel: -1 }, i: k + 1 };
    if (this.word(k, TOMORROW) > 0) return { v: { dRel: 1 }, i: k + 1 };
    if (leadYom > 0 && this.w(i).endsWith('اليوم')) {
      const d = this.dir(leadYom);
      if (d) {
        if (this.w(leadYom) === 'التالي') return { v: { chain: 1 }, i: d.i };
        if (d.v === -1) return { v: { dRel: -1 }, i: d.i };
        if (d.v === 1) return { v: { dRel: 1 }, i: d.i };
      }
      return { v: { dRel: 0 }, i: leadYom };
    }
    j = this.word(i, W_THIS_M);
    if (j > 0 && this.word(j, 'اليوم') > 0) return { v: { dRel: 0 }, i: j + 1 };
    return null;
  }

  private nowExpr(i: number): R<DateParts> | null {
    if (this.word(i, NOW) > 0) return { v: { now: true }, i: i + 1 };
    const j = this.word(i, W_THIS_F);
    if (j > 0 && this.word(j, 'اللحظه') > 0) return { v: { now: true }, i: j + 1 };
    return null;
  }

  /** الأسبوع/الشهر/العام الماضي، هذا الأسبوع، السنة الحالية. */
  private relUnit(i: number): R<DateParts> | null {
    const unitOf = (w: string): 'week' | 'month' | 'year' | undefined =>
      w === 'الاسبوع' ? 'week' : w === 'الشهر' ? 'month' : w === 'العام' || w === 'السنه' ? 'year' : undefined;
    const mk = (u: 'week' | 'month' | 'year', n: number): DateParts =>
      u === 'week' ? { wRel: n } : u === 'month' ? { mRel: n } : { yRel: n };
    let j = this.word(i, S5);
    if (j > 0) {
      const u = unitOf(this.fo(i).find(([f]) => unitOf(f))?.[0] ?? '');
      const d = this.dir(j);
      if (u && d) return { v: mk(u, d.v), i: d.i };
      return null;
    }
    j = this.word(i, W_THIS_M);
    if (j < 0) j = this.word(i, W_THIS_F);
    if (j > 0) {
      const u = unitOf(this.w(j));
      if (u) return { v: mk(u, 0), i: j + 1 };
    }
    return null;
  }

  /** Weekday forms. */
  private weekdayExpr(i: number): R<DateParts> | null {
    let j = this.opt(i, W_DAY);
    let wdDir: -1 | 0 | 1 | undefined;
    const th = this.word(j, W_THIS_M);
    if (th > 0) {
      wdDir = 0;
      j = th;
    }
    const wd = this.weekdayName(j);
    if (!wd) return null;
    const definite = this.fo(j).some(([f]) => f.startsWith('ال'));
    const hadYom = j > i && this.word(i, W_DAY) > 0;
    if (!definite && !hadYom && this.word(this.opt(wd.i, 'من'), 'الاسبوع') < 0) return null; // أحد = one, اثنين = two
    j = wd.i;
    const p: DateParts = { wd: wd.v };
    if (wdDir !== undefined) p.wdDir = wdDir;
    // WD (من)? (هذا)? الاسبوع (الماضي|القادم|الحالي)?
    let k = this.opt(j, 'من');
    const thisW = this.word(k, W_THIS_M);
    if (thisW > 0) k = thisW;
    const wk = this.word(k, 'الاسبوع');
    if (wk > 0) {
      const d = this.dir(wk);
      if (d) return { v: { ...p, wRel: d.v }, i: d.i };
      if (thisW > 0) return { v: { ...p, wRel: 0 }, i: wk };
    }
    const d = this.dir(j);
    if (d) return { v: { ...p, wdDir: d.v }, i: d.i };
    return { v: p, i: j };
  }

  /** `<weekday> <nth> of the week` with a leading weekday noun: أحد الأسبوع الماضي، اثنين الاسبوع الحالي. */
  private weekdayOfWeek(i: number): R<DateParts> | null {
    const wd = this.weekdayName(i);
    if (!wd) return null;
    const wk = this.word(wd.i, 'الاسبوع');
    if (wk < 0) return null;
    const d = this.dir(wk);
    if (!d) return null;
    return { v: { wd: wd.v, wRel: d.v }, i: d.i };
  }

  /** Day and month: 3 ديسمبر، الأول من شباط، اليوم الثالث من أكتوبر، ثالث يوم من شهر عشرة، يوليو 13. */
  private dayMonth(i: number): R<DateParts> | null {
    let j = i;
    const yom = this.word(j, W_DAY);
    if (yom > 0) j = yom;
    const n = this.num(j);
    if (n && n.v.n >= 1 && n.v.n <= 31) {
      let k = n.i;
      if (!n.v.ord && !n.v.digits && yom < 0) return null; // cardinal words are not day numbers
      if (yom < 0 && !n.v.digits && this.word(k, 'يوم') > 0) k++; // ثالث يوم من …
      let sep = k;
      if (this.word(sep, 'من') > 0) sep++;
      // feminine ordinals (الأولى) qualify a noun before them, not a day
      if (!n.v.digits && yom < 0 && /^(ال)?اولي$/.test(this.w(j))) return null;
      const mr = this.monthRef(sep);
      if (mr && (mr.v.m !== undefined || mr.v.mRel !== undefined)) {
        const dd = mr.v.m !== undefined ? this.dir(mr.i) : null;
        if (dd) return { v: { ...mr.v, d: n.v.n, mDir: dd.v }, i: dd.i };
        return this.withYear({ ...mr.v, d: n.v.n }, mr.i);
      }
      // day/month(/year) numeric: 21/09
      if (n.v.digits && this.isP(n.i, '/')) {
        const m2 = this.num(n.i + 1);
        if (m2 && m2.v.digits && m2.v.n >= 1 && m2.v.n <= 12 && !this.isP(m2.i, '/')) return { v: { d: n.v.n, m: m2.v.n }, i: m2.i };
      }
      return null;
    }
    // month day: يوليو 13, يوليو 13-15 handled by interval
    const mr = this.ambiguousMonthAt(i) ? null : this.monthRef(i);
    if (mr && mr.v.m !== undefined) {
      const d = this.num(mr.i);
      if (d && d.v.digits && d.v.n >= 1 && d.v.n <= 31 && !(this.t[d.i]?.k === 'd')) {
        const yr = this.isP(d.i, ',') ? this.yearRef(d.i + 1) : this.yearRef(d.i);
        if (yr) return { v: { ...mr.v, d: d.v.n, ...yr.v }, i: yr.i };
        // «يوليو 13» only when nothing follows the number (not «أغسطس 13 سنتا»)
        const nx = this.t[d.i];
        if (!nx || (nx.k === 'p' && nx.w !== '-' && nx.w !== '%')) return { v: { ...mr.v, d: d.v.n }, i: d.i };
      }
    }
    return null;
  }

  /** Month (and year) alone: يونيو الماضي، في يوليو 2000، شهر 3، 2/2013. */
  private monthOnly(i: number): R<DateParts> | null {
    // numeric m/yyyy
    const a = this.t[i];
    if (a && a.k === 'd' && a.w.length <= 2 && this.isP(i + 1, '/')) {
      const b = this.t[i + 2];
      const m = Number(a.w);
      if (b && b.k === 'd' && b.w.length === 4 && m >= 1 && m <= 12 && !this.isP(i + 3, '/'))
        return { v: { m, y: Number(b.w) }, i: i + 3 };
    }
    const mr = this.monthRef(i);
    if (!mr) return null;
    const ambiguous = mr.v.m !== undefined && this.ambiguousMonthAt(i);
    const d = mr.v.m !== undefined ? this.dir(mr.i) : null;
    if (d) return { v: { ...mr.v, mDir: d.v }, i: d.i };
    const y = this.yearRef(mr.i);
    if (y) return { v: { ...mr.v, ...y.v }, i: y.i };
    if (ambiguous) return null;
    return mr;
  }

  /** Year alone: عام 2000، سنة 2014، العام الماضي (handled by relUnit). */
  private yearOnly(i: number): R<DateParts> | null {
    const j = this.word(i, W_YEAR);
    if (j < 0) return null;
    const tok = this.t[j];
    if (tok && tok.k === 'd' && tok.w.length === 4) {
      const y = Number(tok.w);
      if (y >= 1000 && y <= 2999) {
        // a Hijri year: عام 1445 هـ
        if (this.word(j + 1, S6) > 0) return { v: { hijri: { y, m: 1 }, yearOnly: true }, i: j + 2 };
        return { v: { y, yearOnly: true }, i: this.opt(j + 1, S0) };
      }
    }
    return null;
  }

  /** n-th weekday / day / week of a month or year: أول ثلاثاء من شهر عشرة، الاثنين الأخير من آذار، آخر أسبوع في سبتمبر. */
  private nthExpr(i: number): R<DateParts> | null {
    // ORD (يوم)? WD | ORD اسبوع | ORD يوم   — or —  WD ORD | الاسبوع ORD | اليوم ORD
    let n: number | undefined;
    let what: 'wd' | 'day' | 'week' | undefined;
    let wd: number | undefined;
    let j = i;
    const ordAt = (k: number): R<number> | null => {
      if (this.word(k, LAST_WORDS) > 0) return { v: -1, i: k + 1 };
      const r = this.num(k);
      if (r && r.v.ord && !r.v.digits && r.v.n >= 1 && r.v.n <= 5) return { v: r.v.n, i: r.i };
      return null;
    };
    const first = ordAt(j);
    if (first) {
      j = first.i;
      n = first.v;
      const yom = this.word(j, 'يوم');
      const w = this.weekdayName(yom > 0 ? yom : j);
      if (w) {
        what = 'wd';
        wd = w.v;
        j = w.i;
      } else if (this.word(j, W_WEEK) > 0) {
        what = 'week';
        j++;
      } else if (yom > 0) {
        what = 'day';
        j = yom;
      } else return null;
    } else {
      const w = this.weekdayName(this.opt(j, W_DAY));
      if (w) {
        const o = ordAt(w.i);
        if (!o) return null;
        what = 'wd';
        wd = w.v;
        n = o.v;
        j = o.i;
      } else if (this.word(j, 'الاسبوع') > 0 || this.word(j, 'اليوم') > 0) {
        const isWeek = this.word(j, 'الاسبوع') > 0;
        const o = ordAt(j + 1);
        if (!o || (!isWeek && o.v !== -1)) return null;
        what = isWeek ? 'week' : 'day';
        n = o.v;
        j = o.i;
      } else return null;
    }
    // scope
    const k = this.word(j, S7) > 0 ? j + 1 : j;
    const after = this.w(j) === 'بعد';
    if (after) {
      const h = this.holiday(k);
      if (h && what === 'wd') return { v: { nth: { n, what, ...(wd !== undefined ? { wd } : {}) }, after: h.v }, i: h.i };
      return null;
    }
    const mr = this.monthRef(k);
    if (mr) {
      const y = this.withYear(mr.v, mr.i);
      return { v: { ...y.v, nth: { n, what, ...(wd !== undefined ? { wd } : {}) } }, i: y.i };
    }
    return null;
  }

  /** Parts of a month or year: أوائل آذار، منتصف شهر مارس، أواخر العام الماضي، مطلع 2024. */
  private partExpr(i: number): R<DateParts> | null {
    const p = this.lookup(i, PART_WORDS);
    if (!p) return null;
    let j = p.i;
    const mr = this.monthOnly(j) ?? this.monthRef(j);
    if (mr) return { v: { ...mr.v, part: p.v }, i: mr.i };
    const ru = this.relUnit(j);
    if (ru && ru.v.wRel === undefined) return { v: { ...ru.v, part: p.v }, i: ru.i };
    const y = this.yearOnly(j) ?? this.yearRef(j);
    if (y) return { v: { ...y.v, part: p.v }, i: y.i };
    j = this.word(j, S1);
    if (j > 0) return { v: { yRel: 0, part: p.v }, i: j };
    return null;
  }

  /** Holidays, with an optional Gregorian or Hijri year. */
  private holiday(i: number): R<DateParts> | null {
    if (!this.fo(i).some(([f]) => HOLIDAY_FIRST.has(f))) return null;
    for (const [toks, name] of HOLIDAY_TOKENS) {
      let ok = true;
      for (let q = 0; q < toks.length; q++) {
        const want = toks[q] ?? '';
        if (q === 0 ? this.word(i, want) < 0 : this.w(i + q) !== want) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const e = i + toks.length;
      const tok = this.t[e];
      if (tok && tok.k === 'd' && tok.w.length === 4) {
        const y = Number(tok.w);
        if (this.word(e + 1, S6) > 0 || (y >= 1300 && y <= 1500))
          return { v: { holiday: name, hijri: { y, m: 0 } }, i: this.word(e + 1, S6) > 0 ? e + 2 : e + 1 };
        return { v: { holiday: name, y }, i: e + 1 };
      }
      const yr = this.yearRef(e, false);
      if (yr && yr.v.y !== undefined) return { v: { holiday: name, y: yr.v.y }, i: yr.i };
      return { v: { holiday: name }, i: e };
    }
    return null;
  }

  /** Hijri day-month(-year): 15 رمضان، 25 شوال 1436 هـ، رمضان 1445 هـ. */
  private hijriExpr(i: number): R<DateParts> | null {
    const hm = (k: number): R<number> | null => {
      for (const [f] of this.fo(k)) {
        if (!HIJRI_FIRST.has(f)) continue;
        const m2 = hijriMonth(`${f} ${this.w(k + 1)}`);
        if (m2 !== undefined) return { v: m2, i: k + 2 };
      }
      for (const [f] of this.fo(k)) {
        const m1 = hijriMonth(f);
        if (m1 !== undefined) return { v: m1, i: k + 1 };
      }
      return null;
    };
    const n = this.num(i);
    let d: number | undefined;
    let j = i;
    if (n && n.v.n >= 1 && n.v.n <= 30 && (n.v.digits || n.v.ord)) {
      d = n.v.n;
      j = this.opt(n.i, 'من');
    }
    const m = hm(j);
    if (!m) return null;
    const tok = this.t[m.i];
    let y: number | undefined;
    let e = m.i;
    if (tok && tok.k === 'd' && tok.w.length >= 3 && tok.w.length <= 4) {
      y = Number(tok.w);
      e = m.i + 1;
      const mark = this.word(e, S6);
      if (mark > 0) e = mark;
      else if (y < 1300 || y > 1500) return d !== undefined ? { v: { hijri: { m: m.v, d } }, i: m.i } : null;
    }
    if (d === undefined && y === undefined) return null; // a bare month name (صفر، رجب) is too ambiguous
    const h: { y?: number; m: number; d?: number } = { m: m.v };
    if (y !== undefined) h.y = y;
    if (d !== undefined) h.d = d;
    return { v: { hijri: h }, i: e };
  }

  /** Any date expression (longest). */
  private readonly memoD: Array<R<DateParts> | null | undefined> = [];
  private readonly memoT: Array<R<TimeOfDay> | null | undefined> = [];
  private readonly memoX: Array<R<Expr> | null | undefined> = [];

  /** Any date expression at token i (longest), memoised. */
  dateCore(i: number): R<DateParts> | null {
    let r = this.memoD[i];
    if (r === undefined) {
      r = this.dateCoreRaw(i);
      this.memoD[i] = r;
    }
    return r;
  }

  private dateCoreRaw(i: number): R<DateParts> | null {
    const cands = [
      this.nowExpr(i),
      this.relDay(i),
      this.relUnit(i),
      this.nthExpr(i),
      this.weekdayOfWeek(i),
      this.weekdayDate(i),
      this.dayMonth(i),
      this.monthOnly(i),
      this.yearOnly(i),
      this.partExpr(i),
      this.holiday(i),
      this.hijriExpr(i),
      this.dayPartDate(i),
      this.quarterExpr(i),
    ];
    let best: R<DateParts> | null = null;
    for (const c of cands) if (c && (!best || c.i > best.i)) best = c;
    return best;
  }

  /** الربع الأول من العام الحالي، الربع الثالث من 2024. */
  private quarterExpr(i: number): R<DateParts> | null {
    if (this.word(i, 'الربع') < 0) return null;
    const n = this.num(i + 1);
    if (!n || !n.v.ord || n.v.n < 1 || n.v.n > 4) return null;
    const j = this.opt(n.i, 'من');
    const y = this.yearRef(j);
    if (y) return { v: { ...y.v, q: n.v.n }, i: y.i };
    const k = this.word(j, S1);
    if (k > 0) return { v: { yRel: 0, q: n.v.n }, i: k };
    return null;
  }

  /** صباح اليوم، مساء أمس، صباح الخميس. */
  private dayPartDate(i: number): R<DateParts> | null {
    const p = this.lookup(i, W_DAYPART_NOUN);
    if (!p) return null;
    const d = this.relDay(p.i) ?? this.weekdayExpr(p.i) ?? this.dayMonth(p.i);
    if (!d) return null;
    return { v: { ...d.v, dayPart: p.v }, i: d.i };
  }

  /** A weekday followed by a date (redundant weekday), a weekday with a day ordinal, or a weekday alone. */
  private weekdayDate(i: number): R<DateParts> | null {
    const w = this.weekdayExpr(i);
    if (!w) return null;
    let j = w.i;
    if (this.isP(j, ',')) j++;
    const mw = this.word(j, S8);
    if (mw > 0) j = mw;
    const dm = this.dayMonth(j);
    if (dm) return { v: { ...dm.v, wd: w.v.wd ?? 0 }, i: dm.i };
    // WD + day ordinal ≥ 6 (or after الموافق): day of month, optionally من هذا الشهر
    const n = this.num(j);
    if (n && !n.v.digits && n.v.ord && n.v.n >= 1 && n.v.n <= 31 && (n.v.n > 5 || mw > 0) && w.v.wdDir === undefined) {
      let e = n.i;
      const mr = this.monthRef(this.opt(e, 'من'));
      const p: DateParts = { wd: w.v.wd ?? 0, d: n.v.n };
      if (mr) {
        e = mr.i;
        Object.assign(p, mr.v);
      }
      return { v: p, i: e };
    }
    return w;
  }

  // -- times

  /** Day part words after a time: صباحا، الصبح، بعد الظهر، قبل المغرب، هذه الليلة. */
  private dayPart(i: number): R<'am' | 'pm' | 'noon' | 'night'> | null {
    const a = this.word(i, S9);
    if (a > 0) {
      const which = this.w(a);
      const before = this.w(i).endsWith('قبل');
      if (which === 'الظهر' || which === 'الظهيره') return { v: before ? 'am' : 'pm', i: a + 1 };
      if (which === 'العصر' || which === 'المغرب' || which === 'العشاء') return { v: 'pm', i: a + 1 };
      if (which === 'منتصف' && this.w(a + 1) === 'الليل') return { v: before ? 'night' : 'am', i: a + 2 };
      return null;
    }
    const th = this.word(i, W_THIS_F) > 0 ? i + 1 : this.word(i, W_THIS_M) > 0 ? i + 1 : i;
    if (this.w(th) === 'الليله') return { v: 'night', i: th + 1 };
    if (this.w(th) === 'الصباح' || this.w(th) === 'المساء') return { v: this.w(th) === 'الصباح' ? 'am' : 'pm', i: th + 1 };
    if (th > i) return null;
    const dp = this.lookup(i, DAY_PARTS);
    if (dp) {
      // `م`/`ص` only right after a number
      if ((this.w(i) === 'م' || this.w(i) === 'ص') && this.t[i - 1]?.k !== 'd') return null;
      return dp;
    }
    return null;
  }

  /** A time of day: الساعة 3 صباحا، 15:15، الثالثة وربع بعد الظهر، الساعة 12 إلا ربع … */
  timeExpr(i: number): R<TimeOfDay> | null {
    let r = this.memoT[i];
    if (r === undefined) {
      r = this.timeExprRaw(i);
      this.memoT[i] = r;
    }
    return r;
  }

  private timeExprRaw(i: number): R<TimeOfDay> | null {
    let j = i;
    let approx = false;
    const lead = this.word(j, S10);
    if (lead > 0) {
      approx = this.w(j) !== 'عند';
      j = lead;
    }
    const saa = this.word(j, W_HOUR);
    const hasSaa = saa > 0;
    if (hasSaa) j = saa;
    const tod: TimeOfDay = { h: 0 };
    if (approx) tod.approx = true;
    const a = this.t[j];
    let colon = false;
    if (a && a.k === 'd' && a.w.length <= 2 && this.isP(j + 1, ':') && this.t[j + 2]?.k === 'd' && this.t[j + 2]?.w.length === 2) {
      tod.h = Number(a.w);
      tod.min = Number(this.t[j + 2]?.w);
      j += 3;
      colon = true;
      if (this.isP(j, ':') && this.t[j + 1]?.k === 'd' && this.t[j + 1]?.w.length === 2) {
        tod.sec = Number(this.t[j + 1]?.w);
        j += 2;
      }
      if (tod.h > 24 || (tod.min ?? 0) > 59 || (tod.sec ?? 0) > 59) return null;
    } else {
      const n = this.num(j, false);
      if (!n || n.v.n > 24 || n.v.n < 0) return null;
      if (!hasSaa && n.v.digits) return null;
      tod.h = n.v.n;
      j = n.i;
    }
    // minutes
    if (!colon) {
      const waw = this.w(j) === 'و' ? j + 1 : -1;
      const tok = this.t[j];
      const frac = (w: string): number | undefined =>
        w === 'ربع' || w === 'ربعا' ? 15 : w === 'نصف' || w === 'نص' ? 30 : w === 'ثلث' ? 20 : undefined;
      if (waw > 0) {
        const m = this.num(waw);
        if (m && m.v.n < 60) {
          tod.min = m.v.n;
          j = this.opt(m.i, S11);
        }
      } else if (tok && tok.k === 'a' && tok.w.startsWith('و')) {
        const rest = tok.w.slice(1);
        const f = frac(rest);
        if (f !== undefined) {
          tod.min = f;
          j++;
        } else if (numberWord(rest)) {
          const save = this.t;
          void save;
          const m = this.numFromWaw(j);
          if (m && m.v < 60) {
            tod.min = m.v;
            j = this.opt(m.i, S11);
          }
        }
      } else if (this.word(j, S12) > 0) {
        const k = j + 1;
        const f = frac(this.w(k));
        let sub: number | undefined;
        let e = k + 1;
        if (f !== undefined) sub = f;
        else {
          const m = this.num(k);
          if (m && m.v.n < 60) {
            sub = m.v.n;
            e = this.opt(m.i, S11);
          }
        }
        if (sub !== undefined) {
          tod.h = tod.h === 0 ? 23 : tod.h - 1;
          tod.min = 60 - sub;
          j = e;
        }
      }
    }
    const dp = this.dayPart(j);
    if (dp) {
      tod.part = dp.v;
      j = dp.i;
    }
    if (this.word(j, 'بتوقيت') > 0 || this.word(j, 'توقيت') > 0) {
      const z = this.w(j + 1);
      if (z === 'gmt' || z === 'utc' || z === 'غرينتش' || z === 'جرينتش' || z === 'غرينيتش') {
        tod.utc = true;
        j += 2;
      }
    }
    if (!hasSaa && !colon && !tod.part) return null; // a bare ordinal is not a time
    if (tod.h > 12 && tod.part) delete tod.part;
    return { v: tod, i: j };
  }

  private numFromWaw(i: number): R<number> | null {
    const r = this.num(i);
    if (!r) return null;
    return { v: r.v.n, i: r.i };
  }

  /** Date and/or time: الخميس الساعة 8، يوم السبت 21/09 الساعة 1:30 بعد الظهر، الثامنة هذه الليلة. */
  dateTime(i: number): R<Expr> | null {
    let r = this.memoX[i];
    if (r === undefined) {
      r = this.dateTimeRaw(i);
      this.memoX[i] = r;
    }
    return r;
  }

  private dateTimeRaw(i: number): R<Expr> | null {
    const d = this.dateCore(i);
    if (d) {
      let j = d.i;
      if (this.isP(j, ',') || this.isP(j, '-')) j++;
      j = this.opt(j, S13);
      const t = this.timeExpr(j);
      const monthOnly = d.v.m !== undefined && d.v.d === undefined && d.v.nth === undefined;
      if (t && !d.v.yearOnly && !monthOnly && d.v.yRel === undefined && d.v.mRel === undefined) return { v: { k: 'date', d: d.v, t: t.v }, i: t.i };
      return { v: { k: 'date', d: d.v }, i: d.i };
    }
    const t = this.timeExpr(i);
    if (t) {
      let j = t.i;
      if (this.isP(j, ',')) j++;
      j = this.opt(j, S14);
      const d2 = this.dateCore(j);
      if (d2 && !d2.v.yearOnly) return { v: { k: 'date', d: d2.v, t: t.v }, i: d2.i };
      return { v: { k: 'date', d: {}, t: t.v }, i: t.i };
    }
    // منتصف الليل (optionally of a day: منتصف ليل الأحد)
    if (this.word(i, 'منتصف') > 0 && (this.w(i + 1) === 'الليل' || this.w(i + 1) === 'ليل')) {
      const d2 = this.w(i + 1) === 'ليل' ? this.dateCore(i + 2) : null;
      if (d2) return { v: { k: 'date', d: d2.v, t: { h: 24 } }, i: d2.i };
      if (this.w(i + 1) === 'الليل') return { v: { k: 'date', d: {}, t: { h: 24 } }, i: i + 2 };
    }
    // الليلة / هذه الليلة
    const th = this.word(i, W_THIS_F) > 0 ? i + 1 : i;
    if (this.word(th, 'الليله') > 0) {
      const d2 = this.dir(th + 1);
      if (d2 && d2.v === -1) return { v: { k: 'date', d: { dRel: -1 }, t: { h: 18, tonight: true } }, i: d2.i };
      return { v: { k: 'date', d: {}, t: { h: 18, tonight: true } }, i: th + 1 };
    }
    return null;
  }

  // -- intervals, relative spans, durations, sets

  /** A bare day number or ordinal that can be the left side of "13 الى 15 تموز". */
  private bareDay(i: number): R<number> | null {
    const n = this.num(i);
    if (!n || n.v.n < 1 || n.v.n > 31) return null;
    if (!n.v.digits && !n.v.ord) return null;
    return { v: n.v.n, i: n.i };
  }

  /** Intervals: من … إلى …، بين … و …، 13-15 تموز، يوليو 13-15، يومي الثلاثاء والأربعاء. */
  interval(i: number): R<Expr> | null {
    let j = i;
    // a date before a time interval: الخميس من الساعة 9 حتى 11
    const lead = this.dateCore(j);
    let leadDate: DateParts | undefined;
    if (lead && (lead.v.wd !== undefined || lead.v.dRel !== undefined || lead.v.d !== undefined) && this.word(lead.i, 'من') > 0) {
      leadDate = lead.v;
      j = lead.i;
    }
    const between = this.word(j, 'بين') > 0;
    const from = between || this.word(j, W_FROM) > 0;
    if (from) j++;
    // يومي WD و WD
    if (!from && this.word(j, S15) > 0) {
      const a = this.weekdayName(j + 1);
      if (a) {
        const b = this.t[a.i]?.w.startsWith('و') ? this.weekdayName(a.i) : null;
        if (b) return { v: { k: 'interval', a: { k: 'date', d: { wd: a.v } }, b: { k: 'date', d: { wd: b.v } } }, i: b.i };
      }
      return null;
    }
    // month first: يوليو 13-15 / تموز 13 الى 15
    const mFirst = !from && !this.ambiguousMonthAt(j) ? this.monthRef(j) : null;
    if (mFirst && mFirst.v.m !== undefined) {
      const a = this.bareDay(mFirst.i);
      if (a) {
        const c = this.isP(a.i, '-') ? a.i + 1 : this.word(a.i, W_TO);
        const b = c > 0 ? this.bareDay(c) : null;
        if (b && b.v >= a.v) {
          const y = this.withYear({}, b.i);
          return { v: { k: 'interval', a: { k: 'date', d: { ...mFirst.v, d: a.v, ...y.v } }, b: { k: 'date', d: { ...mFirst.v, d: b.v, ...y.v } } }, i: y.i };
        }
      }
    }
    // left side
    const leftDT = this.dateTime(j);
    const leftDay = this.bareDay(j);
    const leftT = this.timeExpr(j);
    let aExpr: Expr | null = null;
    let k = -1;
    let aBareDay: number | undefined;
    if (leftDT && (!leftDay || leftDT.i >= leftDay.i)) {
      aExpr = leftDT.v;
      k = leftDT.i;
    }
    if (leftDay && (!leftDT || leftDay.i > leftDT.i || (leftDT.v.k === 'date' && leftDT.v.t !== undefined && leftDT.i === leftDay.i && !leftT))) {
      aBareDay = leftDay.v;
      k = leftDay.i;
      aExpr = null;
    }
    if (k < 0) return null;
    // connector
    let c = -1;
    if (between) {
      if (this.w(k) === 'و') c = k + 1;
      else if (this.t[k]?.w.startsWith('و')) c = k; // و15: digits are a separate token; words keep و
    } else if (this.isP(k, '-') && (aBareDay !== undefined || from)) c = k + 1;
    else {
      const w1 = this.word(k, W_TO);
      if (w1 > 0) c = w1;
    }
    if (c < 0) return null;
    if (c === k && this.t[k]?.k === 'a') {
      // و + word (between … والخامس عشر)
      const tok = this.t[k];
      if (tok) this.clitic.set(k, 1);
    }
    const rightDT = this.dateTime(c);
    const rightDay = this.bareDay(c);
    let bExpr: Expr | null = null;
    let e = -1;
    if (aBareDay !== undefined) {
      // 13 الى 15 تموز / 13-15 تموز / من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر
      if (rightDT && rightDT.v.k === 'date' && rightDT.v.d.d !== undefined && (rightDT.v.d.m !== undefined || rightDT.v.d.mRel !== undefined)) {
        const rd = rightDT.v.d;
        bExpr = rightDT.v;
        aExpr = { k: 'date', d: { ...rd, d: aBareDay } };
        delete (aExpr.d as DateParts).wd;
        e = rightDT.i;
      } else if (rightDay) {
        let q = rightDay.i;
        q = this.opt(q, 'من');
        const mr = this.monthRef(q);
        if (!mr) return null;
        const y = this.withYear(mr.v, mr.i);
        aExpr = { k: 'date', d: { ...y.v, d: aBareDay } };
        bExpr = { k: 'date', d: { ...y.v, d: rightDay.v } };
        e = y.i;
      } else return null;
    } else if (aExpr) {
      if (rightDT) {
        bExpr = rightDT.v;
        e = rightDT.i;
      } else if (rightDay && aExpr.k === 'date' && aExpr.d.m !== undefined) {
        bExpr = { k: 'date', d: { ...aExpr.d, d: rightDay.v } };
        e = rightDay.i;
      } else return null;
    }
    if (!aExpr || !bExpr || aExpr.k !== 'date' || bExpr.k !== 'date') return null;
    // share time parts and dates
    const ta = aExpr.t;
    const tb = bExpr.t;
    if (ta && tb) {
      if (!ta.part && tb.part) aExpr = { ...aExpr, t: { ...ta, part: tb.part } };
      if (!tb.part && ta.part) bExpr = { ...bExpr, t: { ...tb, part: ta.part } };
    }
    const emptyA = Object.keys(aExpr.d).length === 0;
    const emptyB = Object.keys(bExpr.d).length === 0;
    if (leadDate) {
      if (emptyA) aExpr = { ...aExpr, d: leadDate };
      if (emptyB) bExpr = { ...bExpr, d: leadDate };
    } else if (emptyA && !emptyB) aExpr = { ...aExpr, d: bExpr.d };
    else if (emptyB && !emptyA) bExpr = { ...bExpr, d: aExpr.d };
    if (!from && aBareDay === undefined && !leadDate) return null; // "X الى Y" between two full expressions needs من
    return { v: { k: 'interval', a: aExpr, b: bExpr }, i: e };
  }

  /** A count and a unit: ثلاثة أيام، 24 عامًا، يومين، بضعة أسابيع، عام. */
  quantity(i: number, allowBare: boolean): R<{ n: number | null; unit: Unit; approx?: boolean }> | null {
    let j = i;
    let approx = false;
    const ap = this.word(j, APPROX);
    if (ap > 0) {
      approx = true;
      j = ap;
    }
    const u0 = this.lookup(j, UNIT_WORDS);
    if (u0 && u0.v.n !== undefined) return { v: { n: u0.v.n, unit: u0.v.unit, ...(approx ? { approx } : {}) }, i: u0.i };
    const nextTok = this.t[j + 1];
    const bareEnds = !nextTok || nextTok.k === 'p' || this.word(j + 1, BARE_UNIT_FOLLOWERS) > 0;
    if (u0 && (allowBare || approx) && bareEnds) {
      const bare = this.fo(j).find(([f]) => UNIT_WORDS.has(f))?.[0] ?? '';
      if (SINGULAR_UNITS.has(bare)) return { v: { n: 1, unit: u0.v.unit, ...(approx ? { approx } : {}) }, i: u0.i };
    }
    if (this.word(j, FEW) > 0) {
      const u = this.lookup(j + 1, UNIT_WORDS);
      if (u) return { v: { n: null, unit: u.v.unit }, i: u.i };
      return null;
    }
    const n = this.num(j);
    if (!n || n.v.ord) return null;
    if (n.v.digits && this.t[j]?.w.length === 4 && n.v.n > 1900) return null;
    let k = n.i;
    k = this.opt(k, 'من');
    const u = this.lookup(k, UNIT_WORDS);
    if (!u || u.v.n !== undefined) return null;
    const w = this.fo(k).find(([f]) => UNIT_WORDS.has(f))?.[0] ?? '';
    if (w.startsWith('ال') && k === n.i) return null;
    return { v: { n: n.v.n, unit: u.v.unit, ...(approx ? { approx } : {}) }, i: u.i };
  }

  /** منذ/قبل/بعد/خلال + quantity; الأسابيع الثلاثة القادمة; في الأسابيع الأخيرة. */
  relative(i: number): R<Expr> | null {
    const p = this.word(i, S16);
    if (p > 0) {
      const prep = this.fo(i).find(([f]) => /^(منذ|قبل|بعد|خلال|غضون|طوال|طيله|لمده|مده|من)$/.test(f))?.[0] ?? '';
      const j = prep === 'غضون' ? p : this.w(i) === 'في' ? p : p;
      const q = this.quantity(j, true);
      if (q && q.v.n !== null) {
        // خلال N … الماضية/القادمة
        const d = this.dir(q.i);
        if (prep === 'منذ' || prep === 'قبل' || prep === 'من') {
          if (prep === 'من' && !(i === 0 && q.i === this.t.length && q.v.n === 1)) return null; // «من اسبوع» alone = a week ago
          return { v: { k: 'shift', n: q.v.n, unit: q.v.unit, dir: -1, ...(q.v.approx ? { approx: true } : {}) }, i: q.i };
        }
        if (prep === 'بعد') return { v: { k: 'shift', n: q.v.n, unit: q.v.unit, dir: 1, ...(q.v.approx ? { approx: true } : {}) }, i: q.i };
        if (prep === 'خلال' || prep === 'غضون')
          return { v: { k: 'within', n: q.v.n, unit: q.v.unit, dir: d ? (d.v === -1 ? -1 : 1) : 0 }, i: d ? d.i : q.i };
        return { v: { k: 'duration', n: q.v.n, unit: q.v.unit, ...(q.v.approx ? { approx: true } : {}) }, i: q.i };
      }
      if (!q && (prep === 'منذ' || prep === 'قبل' || prep === 'بعد')) {
        // منذ ساعات، قبل أيام: a plural unit without a number
        const u = this.lookup(p, UNIT_WORDS);
        const uw = this.fo(p).find(([f]) => UNIT_WORDS.has(f))?.[0] ?? '';
        if (u && u.v.n === undefined && !uw.startsWith('ال') && !SINGULAR_UNITS.has(uw))
          return { v: { k: 'vague', dir: prep === 'بعد' ? 1 : -1, unit: u.v.unit }, i: u.i };
      }
      if (q && q.v.n === null) {
        if (prep === 'منذ' || prep === 'قبل') return { v: { k: 'vague', dir: -1, unit: q.v.unit }, i: q.i };
        if (prep === 'بعد') return { v: { k: 'vague', dir: 1, unit: q.v.unit }, i: q.i };
        return { v: { k: 'duration', n: null, unit: q.v.unit }, i: q.i };
      }
    }
    // الأسابيع الثلاثة القادمة / الأيام الماضية / الأسابيع الأخيرة
    const u = this.lookup(i, UNIT_WORDS);
    const uw = this.fo(i).find(([f]) => UNIT_WORDS.has(f))?.[0] ?? '';
    if (u && uw.startsWith('ال') && (u.v.n !== undefined || /(ايام|اسابيع|اشهر|شهور|سنوات|اعوام|ساعات|دقائق|دقايق|عقود)$/.test(uw))) {
      let j = u.i;
      let n: number | undefined = u.v.n;
      const num = this.num(j);
      if (num && !num.v.digits && n === undefined) {
        n = num.v.n;
        j = num.i;
      }
      if (this.word(j, RECENT) > 0 && n === undefined) return { v: { k: 'vague', dir: -1, unit: u.v.unit }, i: j + 1 };
      const d = this.dir(j);
      if (d && d.v !== 0) {
        if (n === undefined) return { v: { k: 'vague', dir: d.v, unit: u.v.unit }, i: d.i };
        return { v: { k: 'within', n, unit: u.v.unit, dir: d.v, whole: true }, i: d.i };
      }
    }
    if (this.word(i, S17) > 0) return { v: { k: 'vague', dir: -1 }, i: i + 1 };
    if (this.word(i, 'الاونه') > 0 && this.word(i + 1, RECENT) > 0) return { v: { k: 'vague', dir: -1 }, i: i + 2 };
    return null;
  }

  /** Sets: كل يوم، كل أسبوع، كل جمعة، يوميا، أسبوعيا. */
  setExpr(i: number): R<Expr> | null {
    for (const [f] of this.fo(i)) {
      const u = SET_ADVERBS.get(f);
      if (u) return { v: { k: 'set', unit: u, n: 1 }, i: i + 1 };
    }
    if (this.word(i, 'كل') < 0) return null;
    let j = i + 1;
    const yom = this.word(j, 'يوم');
    const wd = this.weekdayName(yom > 0 ? yom : j);
    if (wd) return { v: { k: 'set', wd: wd.v }, i: wd.i };
    const n = this.num(j);
    if (n && !n.v.ord) j = n.i;
    const u = this.lookup(j, UNIT_WORDS);
    if (u && !(this.fo(j)[0]?.[0] ?? '').startsWith('ال')) return { v: { k: 'set', unit: u.v.unit, n: u.v.n ?? (n ? n.v.n : 1) }, i: u.i };
    return null;
  }

  /** Decades and centuries: التسعينيات، تسعينيات القرن الماضي، القرن العشرين، القرن الحادي والعشرين. */
  eraExpr(i: number): R<Expr> | null {
    for (const [f] of this.fo(i)) {
      const dd = DECADE_MAP.get(f);
      if (dd !== undefined) {
        let j = i + 1;
        let century = 19;
        if (this.w(j) === 'القرن') {
          const c = this.centuryOf(j + 1);
          if (c) {
            century = c.v;
            j = c.i;
          }
        } else if (this.w(j) === 'من' && this.w(j + 1) === 'القرن') {
          const c = this.centuryOf(j + 2);
          if (c) {
            century = c.v;
            j = c.i;
          }
        }
        if (century < 0) return { v: { k: 'decade', decade: dd, rel: -1 }, i: j };
        return { v: { k: 'decade', decade: century * 10 + dd }, i: j };
      }
    }
    if (this.word(i, 'القرن') > 0) {
      const c = this.centuryOf(i + 1);
      if (c) return { v: { k: 'century', c: c.v }, i: c.i };
      const d = this.dir(i + 1);
      if (d) return { v: { k: 'century', c: 0, rel: d.v }, i: d.i };
    }
    return null;
  }

  /** Century number after القرن: العشرين → 19 (the years 19xx). */
  private centuryOf(i: number): R<number> | null {
    const n = this.num(i);
    if (n && n.v.n >= 1 && n.v.n <= 21) return { v: n.v.n - 1, i: n.i };
    const d = this.dir(i);
    if (d && d.v === -1) return { v: -1, i: d.i };
    return null;
  }

  /** The longest expression starting at token i. */
  parseAt(i: number): R<Expr> | null {
    const cands: Array<R<Expr> | null> = [this.interval(i), this.dateTime(i), this.relative(i), this.setExpr(i), this.eraExpr(i)];
    // since/until: منذ فبراير 2022، حتى 13 يوليو
    const su = this.word(i, S18);
    if (su > 0) {
      const dt = this.dateTime(su);
      if (dt) {
        const isSince = this.fo(i).some(([f]) => f === 'منذ');
        cands.push({ v: isSince ? { k: 'since', a: dt.v } : { k: 'until', b: dt.v }, i: dt.i });
      }
    }
    // a bare year after a preposition: في 2024، منذ 2011
    if (this.word(i, S_YEAR_PREPS) > 0) {
      const y = this.t[i + 1];
      const after = this.t[i + 2];
      if (y && y.k === 'd' && y.w.length === 4 && Number(y.w) >= 1900 && Number(y.w) <= 2100) {
        const ok = !after || after.k === 'p' || (after.k === 'a' && (after.w.startsWith('و') || S_AFTER_YEAR.has(after.w)));
        if (ok) {
          const d: Expr = { k: 'date', d: { y: Number(y.w), yearOnly: true } };
          const since = this.fo(i).some(([f]) => f === 'منذ');
          cands.push({ v: since ? { k: 'since', a: d } : d, i: i + 2 });
        }
      }
    }
    // standalone durations: a count and a unit, or a bare unit as the whole text
    const q = this.quantity(i, this.t.length - i === 1 && i === 0);
    if (q) cands.push({ v: { k: 'duration', n: q.v.n, unit: q.v.unit, ...(q.v.approx ? { approx: true } : {}) }, i: q.i });
    let best: R<Expr> | null = null;
    for (const c of cands) if (c && c.i > i && (!best || c.i > best.i)) best = c;
    return best;
  }

  /** All non-overlapping expressions, left to right, longest first. */
  parseAll(): Parsed[] {
    const out: Parsed[] = [];
    let i = 0;
    while (i < this.t.length) {
      const tok = this.t[i];
      if (tok && tok.k === 'p') {
        i++;
        continue;
      }
      const r = this.starts(i) && (!this.isFunctionWord(i) || this.starts(i + 1) || this.starts(i + 2)) ? this.parseAt(i) : null;
      if (r) {
        out.push({ from: i, to: r.i, expr: r.v });
        i = r.i;
      } else i++;
    }
    return out;
  }
}
