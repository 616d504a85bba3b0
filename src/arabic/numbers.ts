import { normalize, normalizeMatch } from './normalize.js';
import { cliticOf, NUMBER_PROCLITICS, readNumberWord, type NumberProclitic, type NumberWordReading } from './numberLexicon.js';
import { numberTokens, type NumberToken } from './numberTokens.js';

/** What a number mention counts. */
export type NumberKind = 'cardinal' | 'ordinal' | 'percent' | 'multiplier' | 'fraction';

/**
 * How exact a number mention is: `approx` (نحو، حوالي، قرابة، زهاء، تقريبا، بضعة، عشرات…),
 * `more-than` (أكثر من، ما يزيد على), `less-than` (أقل من), `at-least` (ما لا يقل عن، على الأقل),
 * `at-most` (ما لا يزيد على، على الأكثر), `between` (ranges: بين … و…، 25-30، 25 إلى 30).
 */
export type NumberQualifier = 'exact' | 'approx' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'between';

/** A number found in running text. Offsets are UTF-16 offsets into the text given to {@link findNumbers}. */
export interface NumberMention {
  /** Offset of the first character (the qualifier's, when there is one; proclitics و/ب/ل… are left out). */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** The original text of `[start, end)`. */
  text: string;
  kind: NumberKind;
  /** The value; absent for ranges and vague amounts (see `min`/`max`) and for digit strings too long for a double. */
  value?: number;
  /** Lower bound of a range or a vague amount (عشرات → 30). */
  min?: number;
  /** Upper bound of a range or a vague amount (عشرات → 90). */
  max?: number;
  qualifier: NumberQualifier;
  /** The counted noun right after the number (as written), or `%` for percentages, or a currency sign. */
  unit?: string;
}

/** Options for {@link findNumbers}. */
export interface FindNumbersOptions {
  /**
   * Also read colloquial number words that are common MSA words when they stand alone
   * (متين 200 / "solid", مية 100 / "water", تمن 8). Inside a compound (متين وعشرة) they are
   * always read. Default false.
   */
  colloquial?: boolean;
}

// --- small helpers ---------------------------------------------------------------------------

/** A parsed quantity (before qualifiers, ranges and units). */
interface Quantity {
  /** Normalised offsets. */
  s: number;
  e: number;
  /** Token index after the quantity. */
  next: number;
  kind: NumberKind;
  value?: number;
  min?: number;
  max?: number;
  /** Vague amounts (عشرات، بضعة) are approximate. */
  approx: boolean;
  /** The last scale word applied (1000 for 30 ألف), 1 when none: used to spread a scale over a range. */
  scale: number;
  /** One plain integer digit token and nothing else. */
  simple: boolean;
  /** The last token is a scale, hundred or vague word (its counted noun may be definite: ملايين الدولارات). */
  construct: boolean;
}

const H = 1;
const U = 2;
const TEEN = 4;
const T = 8;
const DIG = 16;

type SmallCat = typeof H | typeof U | typeof TEEN | typeof T;

interface Small {
  value: number;
  cat: SmallCat;
  next: number;
  colloquial: boolean;
}

interface Atom {
  /** Token index of the atom's word or number. */
  tok: number;
  conj: boolean;
  reading?: NumberWordReading;
  num?: NumberToken;
}

/** A set of words, match-normalised. */
function matchSet(words: string): Set<string> {
  return new Set(normalizeMatch(words).split(' '));
}

/** Qualifier phrases (normalised with `normalizeMatch` when indexed). */
const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, NumberQualifier]> = [
  ['نحو', 'approx'],
  ['حوالي', 'approx'],
  ['قرابه', 'approx'],
  ['زهاء', 'approx'],
  ['تقريبا', 'approx'],
  ['ما يقرب من', 'approx'],
  ['يقرب من', 'approx'],
  ['ما يقارب', 'approx'],
  ['يقارب', 'approx'],
  ['ما يناهز', 'approx'],
  ['يناهز', 'approx'],
  ['في حدود', 'approx'],
  ['اكثر من', 'more-than'],
  ['ازيد من', 'more-than'],
  ['ما يزيد علي', 'more-than'],
  ['ما يزيد عن', 'more-than'],
  ['يزيد علي', 'more-than'],
  ['يزيد عن', 'more-than'],
  ['ما يربو علي', 'more-than'],
  ['يربو علي', 'more-than'],
  ['ما يفوق', 'more-than'],
  ['يفوق', 'more-than'],
  ['اقل من', 'less-than'],
  ['ما يقل عن', 'less-than'],
  ['يقل عن', 'less-than'],
  ['ما لا يقل عن', 'at-least'],
  ['ما لا يقل علي', 'at-least'],
  ['لا يقل عن', 'at-least'],
  ['لا يقل علي', 'at-least'],
  ['علي الاقل', 'at-least'],
  ['ما لا يزيد عن', 'at-most'],
  ['ما لا يزيد علي', 'at-most'],
  ['لا يزيد عن', 'at-most'],
  ['لا يزيد علي', 'at-most'],
  ['ما لا يتجاوز', 'at-most'],
  ['لا يتجاوز', 'at-most'],
  ['علي الاكثر', 'at-most'],
];

/** Qualifiers written after the number (50 تقريبا، 10 على الأقل، 18 فأكثر). */
const POSTFIX_PHRASES: ReadonlyArray<readonly [string, NumberQualifier]> = [
  ['تقريبا', 'approx'],
  ['علي الاقل', 'at-least'],
  ['علي الاكثر', 'at-most'],
  ['فاكثر', 'at-least'],
  ['او اكثر', 'at-least'],
  ['فما فوق', 'at-least'],
  ['فما دون', 'at-most'],
  ['فاقل', 'at-most'],
];

/** Words that open a range: بين 14 و15، ما بين … و…، من 25 إلى 30. */
const RANGE_OPENERS: ReadonlyArray<readonly [string, 'between' | 'from']> = [
  ['بين', 'between'],
  ['ما بين', 'between'],
  ['فيما بين', 'between'],
  ['من', 'from'],
];

interface Phrase<V> {
  words: string[];
  value: V;
}

/** Phrases by their first word, with the endings of the first words for a quick filter. */
interface PhraseIndex<V> {
  readonly byFirst: Map<string, Phrase<V>[]>;
  /** The last two code units of every first word (as one number). */
  readonly tails: Set<number>;
}

const tail2 = (w: string): number => w.charCodeAt(w.length - 2) * 0x10000 + w.charCodeAt(w.length - 1);

function phraseIndex<V>(rows: ReadonlyArray<readonly [string, V]>): PhraseIndex<V> {
  const byFirst = new Map<string, Phrase<V>[]>();
  const tails = new Set<number>();
  for (const [p, v] of rows) {
    const words = normalizeMatch(p).split(' ');
    const first = words[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push({ words, value: v });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(first, list);
    tails.add(tail2(first));
  }
  return { byFirst, tails };
}

const QUALIFIERS = phraseIndex(QUALIFIER_PHRASES);
const POSTFIXES = phraseIndex(POSTFIX_PHRASES);
const OPENERS = phraseIndex(RANGE_OPENERS);

/** Proclitics a qualifier's or range opener's first word may carry (بنحو، لأكثر، وبين). */
const PHRASE_PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل']);

/** Words after which a bare ضعف means "double" rather than "weakness". */
const MULTIPLIER_TRIGGERS = matchSet('بمقدار نحو حوالي قرابة زهاء');

/** The percent words after a number: بالمئة، بالمائة، (في) المئة. */
const PERCENT_ONE = matchSet('بالمئة بالمائة بالمية');
const PERCENT_AFTER_FI = matchSet('المئة المائة المية');

/** Function words that are never the counted noun after a number. */
const NOT_UNITS = matchSet(
  'في من على إلى عن مع أو أم ثم قد لقد أن إن أنه أنها لأن لكن كان كانت يكون تكون كما ما لا لم لن هو هي هم هن ' +
    'هذا هذه ذلك تلك هؤلاء التي الذي الذين بعد قبل منذ خلال عند لدى حتى حين حيث بين بينما إذا إذ أي كل بعض ' +
    'غير فقط أيضا قال قالت يقول تقول أكثر أقل نحو حوالي تقريبا عبر ضد دون تحت فوق أمام خلف وفق حسب بحسب ' +
    'إلا أما إنما مقابل نتيجة ضمن مثل لكي كي اليوم أمس غدا يوم بنسبة عام سنة شهر لصالح ' +
    'منها منهم منه منهن عليه عليها عليهم فيه فيها فيهم له لها لهم به بها بهم عنه عنها عنهم إليه إليها إليهم',
);

/** Words before a year after which the next word is not its counted noun (عام 2024 أعلنت…). */
const YEAR_CONTEXT = matchSet('عام العام لعام سنة السنة منذ في حتى مطلع نهاية بداية منتصف خلال أواخر أوائل');

/** Words before a d/m token that make it a date. */
const DATE_CUES = matchSet('يوم اليوم الموافق تاريخ بتاريخ التاريخ من منذ إلى حتى في قبل بعد الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت أحد اثنين ثلاثاء أربعاء خميس جمعة سبت');
/** Words after a d/m token that make it a date. */
const DATE_AFTER = matchSet('الجاري المقبل الماضي القادم المنصرم هـ');
/** Words after نصف/ربع that make a compound, not a fraction (ربع النهائي، نصف سنوي، نصف قطر). */
const FRACTION_COMPOUNDS = matchSet('النهائي نهائي النهائية نهائية سنوي السنوي سنوية السنوية شهري الشهري شهرية الشهرية قطر القطر');

/** The conjunction و as a proclitic. */
const CONJ = NUMBER_PROCLITICS.find((p) => p.letters === 'و') as NumberProclitic;

const CURRENCY = new Set(['$', '€', '£', '¥']);
const DASHES = new Set(['-', '–', '—', '−']);

// --- the parser ------------------------------------------------------------------------------

class NumberParser {
  private readonly toks: NumberToken[];
  private readonly colloquial: boolean;
  /** The original character (UTF-16 code) a normalised offset came from. */
  readonly origAt: (offset: number) => number;

  constructor(toks: NumberToken[], options: FindNumbersOptions | undefined, origAt: (offset: number) => number) {
    this.toks = toks;
    this.colloquial = options?.colloquial === true;
    this.origAt = origAt;
  }

  /** The number of tokens. */
  get count(): number {
    return this.toks.length;
  }

  tok(i: number): NumberToken | undefined {
    return this.toks[i];
  }

  /** The word form at `i` (or '' when `i` is not a word). */
  form(i: number): string {
    const t = this.toks[i];
    return t !== undefined && t.kind === 'w' ? t.form : '';
  }

  /** A word on the same line as the token before it. */
  sameLineWord(i: number): NumberToken | undefined {
    const t = this.toks[i];
    return t !== undefined && t.kind === 'w' && !t.newline ? t : undefined;
  }

  reading(i: number): NumberWordReading | null {
    const t = this.sameLineWord(i);
    return t ? readNumberWord(t.form) : null;
  }

  /** A phrase from `index` at token `i`; the first word may carry a proclitic (up to two letters). */
  phrase<V>(index: PhraseIndex<V>, i: number, firstClitics: boolean): { value: V; next: number; skip: number } | null {
    const t = this.toks[i];
    if (t === undefined || t.kind !== 'w' || t.form.length < 2 || !index.tails.has(tail2(t.form))) return null;
    const f = t.form;
    for (let k = 0; k <= (firstClitics ? 2 : 0) && k < f.length; k++) {
      const list = index.byFirst.get(k === 0 ? f : f.slice(k));
      if (!list || (k > 0 && !PHRASE_PROCLITICS.has(f.slice(0, k)))) continue;
      for (const ph of list) {
        let ok = true;
        for (let w = 1; w < ph.words.length; w++) {
          const wt = this.sameLineWord(i + w);
          if (!wt || wt.form !== ph.words[w]) {
            ok = false;
            break;
          }
        }
        if (ok) return { value: ph.value, next: i + ph.words.length, skip: k };
      }
    }
    return null;
  }

  /** The next atom of a compound at token `k`: a number word (maybe after و) or a digit number after و. */
  atom(k: number): Atom | null {
    const t = this.toks[k];
    if (t === undefined || t.newline) return null;
    if (t.kind === 'w' && t.form === 'و') {
      const t2 = this.toks[k + 1];
      if (t2 === undefined || t2.newline) return null;
      if (t2.kind === 'n') return { tok: k + 1, conj: true, num: t2 };
      if (t2.kind !== 'w') return null;
      const r = readNumberWord(t2.form);
      if (!r || (r.clitic !== null && r.clitic.letters !== 'ال')) return null;
      return { tok: k + 1, conj: true, reading: r };
    }
    if (t.kind === 'w') {
      const r = readNumberWord(t.form);
      if (!r) return null;
      const c = r.clitic?.letters ?? '';
      if (c !== '' && c !== 'و' && c !== 'ال' && c !== 'وال') return null;
      return { tok: k, conj: c.startsWith('و'), reading: r };
    }
    if (t.kind === 'n') return { tok: k, conj: false, num: t };
    return null;
  }

  /** Read a unit/teen/tens/hundred word at `k`, joining a following عشر (teens) or مئة (ثلاث مئة). */
  small(k: number, r: NumberWordReading): Small | null {
    const e = r.entry;
    const colloquial = e.colloquial === true;
    switch (e.kind) {
      case 'unit': {
        if (e.value >= 1 && e.value <= 9) {
          const r2 = this.reading(k + 1);
          if (r2 && r2.clitic === null) {
            if (r2.entry.tail) return { value: e.value + 10, cat: TEEN, next: k + 2, colloquial: false };
            if (r2.entry.hundredWord && e.value >= 3) return { value: e.value * 100, cat: H, next: k + 2, colloquial: false };
          }
        }
        return { value: e.value, cat: U, next: k + 1, colloquial };
      }
      case 'teenHead': {
        const r2 = this.reading(k + 1);
        if (r2 && r2.clitic === null && r2.entry.tail) return { value: e.value + 10, cat: TEEN, next: k + 2, colloquial: false };
        return null;
      }
      case 'teen':
        return { value: e.value, cat: TEEN, next: k + 1, colloquial };
      case 'tens':
        return { value: e.value, cat: T, next: k + 1, colloquial };
      case 'hundred':
        return { value: e.value, cat: H, next: k + 1, colloquial };
      default:
        return null;
    }
  }

  /** A quantity at token `i`: a cardinal, ordinal, fraction, multiplier or percentage, without qualifier or range. */
  quantity(i: number, trigger: boolean): Quantity | null {
    const t = this.toks[i];
    if (t === undefined) return null;
    if (t.kind === 'p') {
      const nt = this.toks[i + 1];
      if (nt === undefined || nt.kind !== 'n' || nt.gap) return null;
      const prev = this.toks[i - 1];
      const detached = i === 0 || t.gap || (prev !== undefined && prev.kind === 'p');
      if (DASHES.has(t.form) && detached) {
        const q = this.cardinal(i + 1, false);
        if (!q || (q.kind !== 'cardinal' && q.kind !== 'fraction')) return null;
        this.percentSuffix(q);
        const neg = (x: number | undefined): number | undefined => (x === undefined ? undefined : x === 0 ? 0 : -x);
        const out: Quantity = { ...q, s: t.start, simple: false };
        const v = neg(q.value);
        if (v === undefined) delete out.value;
        else out.value = v;
        return out;
      }
      if (t.form === '%' && detached) {
        const q = this.cardinal(i + 1, false);
        if (!q || q.kind !== 'cardinal') return null;
        return { ...q, s: t.start, kind: 'percent', simple: false };
      }
      return null;
    }
    if (t.kind !== 'n' && t.kind !== 'w') return null;
    const q = this.cardinal(i, trigger);
    if (q && q.kind === 'cardinal') this.percentSuffix(q);
    return q;
  }

  /** Turn a cardinal into a percentage when % / في المئة / بالمئة follows. */
  percentSuffix(q: Quantity): void {
    const t = this.toks[q.next];
    if (t === undefined || t.newline) return;
    if (t.kind === 'p' && t.form === '%') {
      q.kind = 'percent';
      q.e = t.end;
      q.next++;
    } else if (t.kind === 'w' && PERCENT_ONE.has(t.form)) {
      q.kind = 'percent';
      q.e = t.end;
      q.next++;
    } else if (t.kind === 'w' && t.form === 'في') {
      const t2 = this.sameLineWord(q.next + 1);
      if (t2 && PERCENT_AFTER_FI.has(t2.form)) {
        q.kind = 'percent';
        q.e = t2.end;
        q.next += 2;
      }
    }
  }

  /** A cardinal (or the ordinal, fraction, multiplier or vague amount a number word starts). */
  cardinal(i: number, trigger: boolean): Quantity | null {
    const t = this.toks[i];
    if (t === undefined) return null;
    let total = 0;
    let group = 0;
    let gs = 0;
    let lastScale = 0;
    let lastUnit = 0;
    let atoms = 0;
    let onlyColloquial = false;
    let headDef = false;
    let headStem = '';
    let firstCat = 0;
    let start = t.start;
    let j = i;
    let kind: NumberKind = 'cardinal';
    let construct = false;
    let defTensAfterUnit = false;

    if (t.kind === 'n') {
      if (t.fraction && this.looksLikeDayMonth(i)) return null;
      const q: Quantity = { s: t.start, e: t.end, next: i + 1, kind: t.fraction ? 'fraction' : 'cardinal', approx: false, scale: 1, simple: t.plainInt === true, construct: false };
      if (t.value === undefined) return q;
      q.value = t.value;
      if (t.fraction) return q;
      group = t.value;
      gs = DIG;
      atoms = 1;
      j = i + 1;
    } else {
      if (t.kind !== 'w') return null;
      let r = readNumberWord(t.form);
      if (!r) return null;
      // وأحد / وإحدى ("and one of") normalise to واحد / واحدي: the hamza tells them apart. They
      // are و + a teen head (وأحد عشر), or not a number at all.
      if (r.clitic === null && r.stem.startsWith('واحد') && (this.origAt(t.start + 1) === 0x0623 || this.origAt(t.start + 1) === 0x0625)) {
        const head = readNumberWord(t.form.slice(1));
        if (!head || head.entry.kind !== 'teenHead') return null;
        r = { entry: head.entry, stem: head.stem, clitic: CONJ };
      }
      const c = cliticOf(r);
      const e = r.entry;
      headDef = c.def;
      headStem = r.stem;
      start = t.start + c.skip;
      switch (e.kind) {
        case 'ordinal':
        case 'ordinalHead':
          return this.ordinal(i, r, start);
        case 'multiplier': {
          if (e.form === 'pl' || e.form === 'acc') return null;
          // A bare ضعف is usually ضَعف "weakness": "double" only after a qualifier or بمقدار,
          // before ما (ضعف ما كان), or as الضعف after إلى/حتى (ارتفع إلى الضعف).
          if (e.form === 'sg' && !(trigger || this.form(i + 1) === 'ما' || (headDef && (this.form(i - 1) === 'الي' || this.form(i - 1) === 'حتي')))) {
            return null;
          }
          return { s: start, e: t.end, next: i + 1, kind: 'multiplier', value: 2, approx: false, scale: 1, simple: false, construct: false };
        }
        case 'few':
          return this.few(i, start);
        case 'vague':
          return headDef ? null : this.vague(i, e.value, start);
        case 'fraction': {
          if (headDef || FRACTION_COMPOUNDS.has(this.form(i + 1))) return null;
          const a = this.atom(i + 1);
          const se = a?.reading?.entry;
          if (a && !a.conj && se?.kind === 'scale' && (se.form === 'sg' || se.form === 'acc') && a.reading?.clitic === null) {
            const st = this.toks[a.tok] as NumberToken;
            return { s: start, e: st.end, next: a.tok + 1, kind: 'cardinal', value: e.value * se.value, approx: false, scale: se.value, simple: false, construct: true };
          }
          return { s: start, e: t.end, next: i + 1, kind: 'fraction', value: e.value, approx: false, scale: 1, simple: false, construct: false };
        }
        case 'scale': {
          if (headDef) return null;
          if (e.form === 'pl') return this.vague(i, e.value, start);
          // ألفا alone is more often "alpha"; ألفا وخمسمائة is a number.
          if (e.form === 'acc' && e.value === 1000 && !(this.atom(i + 1)?.conj ?? false)) return null;
          total = e.form === 'dual' ? 2 * e.value : e.value;
          lastScale = e.value;
          atoms = 1;
          construct = true;
          j = i + 1;
          break;
        }
        case 'unit':
        case 'teenHead':
        case 'teen':
        case 'tens':
        case 'hundred': {
          const sm = this.small(i, r);
          if (!sm) return null;
          group = sm.value;
          gs = sm.cat;
          firstCat = sm.cat;
          if (sm.cat === U) lastUnit = sm.value;
          onlyColloquial = sm.colloquial;
          atoms = 1;
          j = sm.next;
          construct = sm.cat === H;
          if (sm.value === 0 && headDef) return null; // الصفر: "the zero point", or الصُّفر "the yellow ones"
          if (sm.value === 0) return { s: start, e: (this.toks[j - 1] as NumberToken).end, next: j, kind: 'cardinal', value: 0, approx: false, scale: 1, simple: false, construct: false };
          break;
        }
        default:
          return null;
      }
    }

    // Continue the compound.
    let done = false;
    while (!done) {
      const a = this.atom(j);
      if (!a) break;
      if (a.num) {
        // و + digits after a scale: مليون و200 ألف.
        if (a.conj && gs === 0 && total > 0 && a.num.plainInt && a.num.value !== undefined && a.num.value < lastScale) {
          group = a.num.value;
          gs = DIG;
          atoms++;
          j = a.tok + 1;
          construct = false;
          continue;
        }
        break;
      }
      const r = a.reading as NumberWordReading;
      const e = r.entry;
      const def = cliticOf(r).def;
      const at = this.toks[a.tok] as NumberToken;
      if (def && !headDef) break;
      if (e.kind === 'unit' || e.kind === 'teenHead' || e.kind === 'teen' || e.kind === 'tens' || e.kind === 'hundred') {
        if (gs & DIG) break;
        const sm = this.small(a.tok, r);
        if (!sm) break;
        if (!smallFits(sm.cat, a.conj, gs, total, lastUnit)) break;
        if (sm.cat === T && def && firstCat === U && gs === U) defTensAfterUnit = true;
        group += sm.value;
        gs |= sm.cat;
        if (sm.cat === U) lastUnit = sm.value;
        atoms++;
        onlyColloquial = false;
        construct = sm.cat === H;
        j = sm.next;
        continue;
      }
      switch (e.kind) {
        case 'scale': {
          if (def) {
            done = true;
            break;
          }
          if (a.conj) {
            if (gs === 0 && total > 0 && (e.form === 'sg' || e.form === 'dual') && e.value < lastScale) {
              total += (e.form === 'dual' ? 2 : 1) * e.value;
              lastScale = e.value;
              atoms++;
              j = a.tok + 1;
              construct = true;
              continue;
            }
            done = true;
            break;
          }
          if (gs === 0 || e.form === 'dual') {
            done = true;
            break;
          }
          if (lastScale > 0 && e.value >= lastScale) total = (total + group) * e.value;
          else total += group * e.value;
          lastScale = e.value;
          group = 0;
          gs = 0;
          atoms++;
          onlyColloquial = false;
          construct = true;
          j = a.tok + 1;
          continue;
        }
        case 'fraction': {
          if (!a.conj || def) {
            done = true;
            break;
          }
          if (gs !== 0) group += e.value;
          else if (lastScale > 0) total += e.value * lastScale;
          else {
            done = true;
            break;
          }
          atoms++;
          onlyColloquial = false;
          construct = false;
          j = a.tok + 1;
          // مليون ونصف المليون: the definite scale after the fraction repeats it.
          const again = this.reading(j);
          if (lastScale > 0 && gs === 0 && again?.clitic?.letters === 'ال' && again.entry.kind === 'scale' && again.entry.value === lastScale) j++;
          done = true;
          break;
        }
        case 'fractionPlural': {
          if (!a.conj && gs === U && total === 0 && atoms === 1 && group >= 1 && group <= 9) {
            return { s: start, e: at.end, next: a.tok + 1, kind: 'fraction', value: group / e.value, approx: false, scale: 1, simple: false, construct: false };
          }
          done = true;
          break;
        }
        case 'multiplier': {
          if (!a.conj && (gs !== 0 || total > 0)) {
            return { s: start, e: at.end, next: a.tok + 1, kind: 'multiplier', value: total + group, approx: false, scale: 1, simple: false, construct: false };
          }
          done = true;
          break;
        }
        case 'point': {
          if (a.conj || total > 0 || lastScale > 0 || gs === 0 || (gs & DIG && (this.toks[i]?.plainInt !== true))) {
            done = true;
            break;
          }
          const dec = this.decimals(a.tok + 1);
          if (!dec) {
            done = true;
            break;
          }
          group += Number(`0.${dec.digits}`);
          gs = DIG;
          atoms++;
          onlyColloquial = false;
          construct = false;
          j = dec.next;
          continue;
        }
        default:
          done = true;
      }
    }

    if (onlyColloquial && atoms === 1 && !this.colloquial) return null;
    const last = this.toks[j - 1] as NumberToken;
    const value = total + group;
    // Definite forms: Duckling reads الأحد عشر، الاثنا عشر، الواحد والعشرون and a definite tens
    // word alone (التسعون) as ordinals.
    if (headDef && kind === 'cardinal') {
      if (atoms === 1 && firstCat === T) kind = 'ordinal';
      else if (atoms === 1 && firstCat === TEEN && (headStem === 'احد' || headStem === 'احدي' || headStem.startsWith('اثن'))) kind = 'ordinal';
      else if (defTensAfterUnit && headStem.startsWith('واحد')) kind = 'ordinal';
      else if (atoms === 1 && firstCat === U && lastUnit === 2) return null; // الاثنين: Monday
      else if (atoms === 1 && firstCat === H) return null; // المئة alone: في المئة without a number
    }
    return {
      s: start,
      e: last.end,
      next: j,
      kind,
      value,
      approx: false,
      scale: lastScale > 0 ? lastScale : 1,
      simple: atoms === 1 && t.kind === 'n' && t.plainInt === true,
      construct: construct && kind === 'cardinal',
    };
  }

  /**
   * A fraction token d/m (day ≤ 31, month ≤ 12) in a date context: after يوم, الموافق, a weekday,
   * من/إلى/حتى/منذ/في…, or before هـ/م or الجاري/المقبل/الماضي. Alone (as in Duckling's
   * ١١/١٠) it stays a fraction.
   */
  looksLikeDayMonth(i: number): boolean {
    const t = this.toks[i] as NumberToken;
    const [a, b] = t.form.split('/').map(Number);
    if (a === undefined || b === undefined || !(a >= 1 && a <= 31 && b >= 1 && b <= 12)) return false;
    const prev = this.form(i - 1);
    if (prev !== '' && (DATE_CUES.has(prev) || (prev.length > 3 && 'وبل'.includes(prev[0] ?? '') && DATE_CUES.has(prev.slice(1))))) return true;
    const next = this.toks[i + 1];
    if (next?.kind === 'w' && ((!next.gap && (next.form === 'ه' || next.form === 'م')) || DATE_AFTER.has(next.form))) return true;
    return false;
  }

  /** Decimal digits after فاصلة: a digit number or a small number in words. */
  decimals(k: number): { digits: string; next: number } | null {
    const t = this.toks[k];
    if (t === undefined || t.newline) return null;
    if (t.kind === 'n') return t.plainInt && t.digits !== '' ? { digits: t.digits, next: k + 1 } : null;
    const r = this.reading(k);
    if (!r || r.clitic !== null) return null;
    const sm = this.small(k, r);
    if (!sm) return null;
    let value = sm.value;
    let gs: number = sm.cat;
    let lastUnit = sm.cat === U ? sm.value : 0;
    let next = sm.next;
    for (;;) {
      const a = this.atom(next);
      if (!a?.reading) break;
      const s2 = this.small(a.tok, a.reading);
      if (!s2 || !smallFits(s2.cat, a.conj, gs, 0, lastUnit)) break;
      value += s2.value;
      gs |= s2.cat;
      if (s2.cat === U) lastUnit = s2.value;
      next = s2.next;
    }
    return { digits: String(value), next };
  }

  /** An ordinal: الأول … العاشر، الحادي عشر، الخامس والعشرون. */
  ordinal(i: number, r: NumberWordReading, start: number): Quantity | null {
    const e = r.entry;
    const def = cliticOf(r).def;
    const stem = r.stem;
    const q = (value: number, endTok: number): Quantity => ({
      s: start,
      e: (this.toks[endTok - 1] as NumberToken).end,
      next: endTok,
      kind: 'ordinal',
      value,
      approx: false,
      scale: 1,
      simple: false,
      construct: false,
    });
    if (stem === 'اول' && !def) {
      // أول أمس / أول من أمس: the day before yesterday (a date, not an ordinal).
      if (this.form(i + 1) === 'امس' || (this.form(i + 1) === 'من' && this.form(i + 2) === 'امس')) return null;
    }
    if (stem === 'اول' && def && this.form(i - 1) === 'امس') return null; // أمس الأول: the same
    // أولي / الأولي written with a final ي is mostly the adjective أوّلي "preliminary" (مسح أولي);
    // the ordinal is written أولى.
    if (stem === 'اولي' && this.origAt((this.toks[i] as NumberToken).end - 1) === 0x064a) return null;
    if ((stem === 'ثاني' || stem === 'ثان') && !def && this.form(i - 1) === 'ال') return null; // آل ثاني (a family name)
    if (stem === 'ثانيه' && !def && this.form(i + 1) === 'واحده') return null; // ثانية واحدة: one second
    if (e.value <= 9) {
      const r2 = this.reading(i + 1);
      if (r2 && r2.clitic === null && r2.entry.tail) return q(e.value + 10, i + 2);
    }
    const a = this.atom(i + 1);
    if (a?.reading && a.conj && a.reading.entry.kind === 'tens' && cliticOf(a.reading).def === def) {
      return q(e.value + a.reading.entry.value, a.tok + 1);
    }
    if (e.kind === 'ordinalHead') return null;
    return q(e.value, i + 1);
  }

  /** بضع/بضعة: three to nine, times a following scale (بضعة آلاف) or plus ten (بضعة عشر). */
  few(i: number, start: number): Quantity {
    let min = 3;
    let max = 9;
    let next = i + 1;
    const r2 = this.reading(i + 1);
    if (r2 && r2.clitic === null) {
      const e2 = r2.entry;
      if (e2.tail) {
        min = 13;
        max = 19;
        next++;
      } else if ((e2.kind === 'scale' && e2.form !== 'dual') || e2.kind === 'vague' || (e2.kind === 'hundred' && e2.hundredWord)) {
        min *= e2.value;
        max *= e2.value;
        next++;
      }
    }
    return { s: start, e: (this.toks[next - 1] as NumberToken).end, next, kind: 'cardinal', min, max, approx: true, scale: 1, simple: false, construct: next > i + 1 };
  }

  /** عشرات، مئات، آلاف، ملايين alone: three to nine times the base, times a following definite plural scale (عشرات الآلاف). */
  vague(i: number, base: number, start: number): Quantity {
    let min = 3 * base;
    let max = 9 * base;
    let next = i + 1;
    const r2 = this.reading(i + 1);
    if (r2 && r2.clitic?.letters === 'ال' && r2.entry.kind === 'scale' && r2.entry.form === 'pl' && r2.entry.value > base) {
      min *= r2.entry.value;
      max *= r2.entry.value;
      next++;
    }
    return { s: start, e: (this.toks[next - 1] as NumberToken).end, next, kind: 'cardinal', min, max, approx: true, scale: 1, simple: false, construct: true };
  }
}

/** Can a unit/teen/tens/hundred join the group built so far? */
function smallFits(cat: SmallCat, conj: boolean, gs: number, total: number, lastUnit: number): boolean {
  if (gs === 0) return total > 0 && conj; // a new group after a scale: خمسة آلاف وثلاثمائة
  switch (cat) {
    case H:
      return false;
    case U:
    case TEEN:
      return (gs & (U | TEEN | T | DIG)) === 0; // after hundreds, with or without و (متين واحد وعشرين)
    case T:
      if (gs & (T | TEEN | DIG)) return false;
      if (gs & U) return conj && lastUnit >= 1 && lastUnit <= 9;
      return true;
  }
  return false;
}

// --- mentions --------------------------------------------------------------------------------

interface Draft {
  s: number;
  e: number;
  next: number;
  kind: NumberKind;
  value?: number;
  min?: number;
  max?: number;
  qualifier: NumberQualifier;
  unitTok?: number;
  unitText?: string;
  /** Skip the unit token (ثانية after a number is its unit, not an ordinal). */
  skipUnit?: boolean;
}

function tryMention(p: NumberParser, i: number): Draft | null {
  const qual = p.phrase(QUALIFIERS, i, true);
  let j = i;
  let qs: number | undefined;
  if (qual) {
    j = qual.next;
    qs = (p.tok(i) as NumberToken).start + qual.skip;
  }
  const trigger = qual !== null || MULTIPLIER_TRIGGERS.has(p.form(i - 1));

  // Ranges opened by بين / ما بين / من.
  const opener = p.phrase(OPENERS, j, true);
  if (opener) {
    const q1 = p.quantity(opener.next, false);
    if (q1 && (q1.kind === 'cardinal' || q1.kind === 'percent') && q1.value !== undefined) {
      const conn = connector(p, q1.next, opener.value);
      if (conn !== null) {
        const q2 = p.quantity(conn, false);
        if (q2) {
          const os = (p.tok(j) as NumberToken).start + opener.skip;
          const d = range(q1, q2, opener.value);
          if (d) return finish(p, { ...d, s: qs ?? os, qualifier: qual?.value ?? 'between' });
        }
      }
    }
  }

  const q1 = p.quantity(j, trigger);
  if (!q1) return null;
  if ((q1.kind === 'cardinal' || q1.kind === 'percent') && q1.value !== undefined) {
    const c = p.tok(q1.next);
    let conn: number | null = null;
    let how: 'dash' | 'to' = 'to';
    if (c && !c.newline && c.kind === 'p' && (DASHES.has(c.form) || (c.form === '/' && q1.simple))) {
      // A dash range joins digits (25-30, 25-30 ألف); a slash only joins two years (1436/1437).
      const nt = p.tok(q1.next + 1);
      const firstIsDigits = p.tok(j)?.kind === 'n' || p.tok(j)?.kind === 'p';
      if (nt && !nt.newline && nt.kind === 'n' && firstIsDigits && (c.form !== '/' || isYearPair(q1, nt))) {
        conn = q1.next + 1;
        how = 'dash';
      }
    } else if (c && !c.newline && c.kind === 'w' && (c.form === 'الي' || c.form === 'حتي')) conn = q1.next + 1;
    if (conn !== null) {
      const q2 = p.quantity(conn, false);
      if (q2) {
        const d = range(q1, q2, how);
        if (d) return finish(p, { ...d, s: qs ?? d.s, qualifier: qual?.value ?? 'between' });
      }
    }
  }
  const d: Draft = { s: qs ?? q1.s, e: q1.e, next: q1.next, kind: q1.kind, qualifier: qual?.value ?? (q1.approx ? 'approx' : 'exact') };
  if (q1.value !== undefined && q1.min === undefined) d.value = q1.value;
  if (q1.min !== undefined) d.min = q1.min;
  if (q1.max !== undefined) d.max = q1.max;
  return finish(p, d, q1);
}

/** Two plain four-digit years, the second after the first (2015/2016, 1436 / 1437). */
function isYearPair(q1: Quantity, t: NumberToken): boolean {
  const a = q1.value ?? 0;
  const b = t.value ?? 0;
  return q1.simple && t.plainInt && t.digits.length === 4 && a >= 1000 && a <= 9999 && b > a && b - a <= 5;
}

/** The token where the second number of a range starts, after q1 ends at `k`. */
function connector(p: NumberParser, k: number, opener: 'between' | 'from'): number | null {
  const t = p.tok(k);
  if (t === undefined || t.newline) return null;
  if (t.kind === 'w') {
    if (t.form === 'الي' || t.form === 'حتي') return k + 1;
    if (opener === 'between') {
      if (t.form === 'و') return k + 1;
      const r = readNumberWord(t.form);
      if (r?.clitic?.letters === 'و') return k; // و + number word: the quantity parser strips it
    }
    return null;
  }
  if (t.kind === 'p' && DASHES.has(t.form)) return k + 1;
  return null;
}

/** Build a range from two quantities, or null when they do not make one (a score 2-1, a fall from 30 to 25). */
function range(q1: Quantity, q2: Quantity, how: 'between' | 'from' | 'dash' | 'to'): Draft | null {
  if (q2.value === undefined || q1.value === undefined) return null;
  if ((q2.kind !== 'cardinal' && q2.kind !== 'percent') || q2.min !== undefined || q1.min !== undefined) return null;
  let a = q1.value;
  let b = q2.value;
  // 1.3 بالمئة إلى 598.50: a percentage going to an amount is a change, not a range.
  if (q1.kind === 'percent' && q2.kind !== 'percent') return null;
  let spread = false;
  if (q1.scale === 1 && q2.scale > 1 && q1.kind !== 'percent' && a * q2.scale <= b) {
    a *= q2.scale;
    spread = true;
  }
  // Without من/بين, "X إلى Y" is a range only when the two are of a size (25 إلى 30, not 9.3 إلى 7 تريليونات).
  if (how === 'to' && !spread && (a <= 0 || b > 20 * a)) return null;
  if (how === 'dash' && q1.simple && q2.simple && a >= b) {
    // 2014-15: a season; anything else (2-1, 3-3) is a score or a code, not a range.
    const yearLen = Math.floor(Math.log10(Math.max(1, a))) + 1;
    if (yearLen === 4 && b < 100 && b > a % 100) b = a - (a % 100) + b;
    else return null;
  }
  if (a === b) return null;
  if (a > b) {
    if (how === 'between') [a, b] = [b, a];
    else return null;
  }
  const kind: NumberKind = q1.kind === 'percent' || q2.kind === 'percent' ? 'percent' : 'cardinal';
  return { s: q1.s, e: q2.e, next: q2.next, kind, min: a, max: b, qualifier: 'between' };
}

/** A qualifier written after the number (50 تقريبا) at token `k`: extends the draft. */
function postfix(p: NumberParser, d: Draft, k: number): boolean {
  if (d.qualifier !== 'exact') return false;
  const t = p.tok(k);
  if (t === undefined || t.newline) return false;
  const ph = p.phrase(POSTFIXES, k, false);
  if (!ph) return false;
  d.qualifier = ph.value;
  d.e = (p.tok(ph.next - 1) as NumberToken).end;
  d.next = ph.next;
  return true;
}

/** Postfix qualifier, unit and percent sign for a draft. */
function finish(p: NumberParser, d: Draft, q?: Quantity): Draft {
  if (postfix(p, d, d.next)) return d;
  if (d.kind === 'percent') {
    d.unitText = '%';
    return d;
  }
  if (d.kind !== 'cardinal') return d;
  // Currency signs before or after the number.
  const before = p.tok(firstTokenAt(p, d.s) - 1);
  const after = p.tok(d.next);
  if (after && after.kind === 'p' && CURRENCY.has(after.form) && !after.newline) {
    d.unitText = after.form;
    return d;
  }
  if (before && before.kind === 'p' && CURRENCY.has(before.form)) {
    d.unitText = before.form;
    return d;
  }
  if (!after || after.kind !== 'w' || after.newline) return d;
  const f = after.form;
  const simpleYear = q?.simple === true && d.value !== undefined && d.value >= 1900 && d.value <= 2100;
  if (simpleYear && YEAR_CONTEXT.has(p.form(firstTokenAt(p, d.s) - 1))) return d;
  if (f.length < 2 || NOT_UNITS.has(f)) return d;
  if ((f.startsWith('و') || f.startsWith('ف')) && NOT_UNITS.has(f.slice(1))) return d;
  const definite = f.startsWith('ال') || f.startsWith('لل');
  if (definite && !(q?.construct ?? false)) return d;
  const r = readNumberWord(f);
  if (r) {
    // ثانية after a number is the unit "second", not the ordinal.
    if (!(r.stem === 'ثانيه' && r.clitic === null)) return d;
    d.skipUnit = true;
  }
  d.unitTok = d.next;
  // خمس سنوات ونصف: a fraction after the counted noun adds to the number.
  const fr = p.reading(d.next + 1);
  if (d.value !== undefined && fr?.entry.kind === 'fraction' && fr.clitic?.letters === 'و') {
    d.value += fr.entry.value;
    d.e = (p.tok(d.next + 1) as NumberToken).end;
    d.next += 2;
    // أربع ساعات ونصف الساعة: the definite noun after the fraction repeats the unit.
    const again = p.form(d.next);
    if (again.startsWith('ال') && sharesRoot(f, again.slice(2))) {
      d.e = (p.tok(d.next) as NumberToken).end;
      d.next++;
    }
    return d;
  }
  postfix(p, d, d.next + 1);
  return d;
}

/** Rough test that a plural and a singular are the same noun (ساعات/ساعه, سنوات/سنه, اشهر/شهر). */
function sharesRoot(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const b2 = b.slice(0, 2);
  return a.startsWith(b2) || a.slice(1).startsWith(b2);
}

/** The index of the token starting at normalised offset `s` (or the first after it). */
function firstTokenAt(p: NumberParser, s: number): number {
  // Tokens are few per mention; walk from a binary search.
  let lo = 0;
  let hi = p.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = p.tok(mid) as NumberToken;
    if (t.end <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Can a mention start at this word (a number word, a qualifier or a range opener)? A cheap filter. */
function mayStart(form: string): boolean {
  if (form.length < 2) return false;
  const t2 = tail2(form);
  return QUALIFIERS.tails.has(t2) || OPENERS.tails.has(t2) || readNumberWord(form) !== null;
}

/**
 * Find the numbers in a running Arabic text: digits in any digit system (with separators,
 * decimals, fractions a/b, negative signs, the newspaper decimal ٥ر٢ = 2.5), number words
 * (واحد … تسعة عشر، عشرون … تسعون، مئة … تسعمئة، ألف/آلاف/ألفين، مليون، مليار، compounds like
 * خمسة آلاف وثلاثمائة, mixed 10 آلاف / 2.5 مليون, نصف/ربع/ثلث, مليون ونصف), ordinals (الأول …
 * العاشر، الحادي عشر، الخامس والعشرون), multipliers (ضعفين، ثلاثة أضعاف), percentages (%، في
 * المئة، بالمئة), vague amounts (عشرات، مئات الآلاف، بضعة آلاف: `approx` with `min`/`max` of 3–9
 * times the base), ranges (25-30، 25 الى 30 ألف، بين 14 و15، ما بين … و…، من … إلى …) and
 * qualifiers (نحو، حوالي، قرابة، زهاء، تقريبا، أكثر من، أقل من، ما يزيد على، ما لا يقل عن…).
 * Proclitics on number words and qualifiers (وثلاثة، بخمسة، والعشرين، بأكثر من) are handled and
 * left out of the span.
 *
 * Decisions (see the tests):
 * - Not returned: dates and times written with digits (2024-12-03، 03/12/2024، 19 / 10 /
 *   1436هـ، 12/2024، 10:30), a d/m in a date context (يوم الاثنين 11/9، من 30/12), phone numbers
 *   (+966…، 0501234567), digits glued to Latin letters or after a word and a hyphen (F16،
 *   كوفيد-19), URL paths, أول أمس / أمس الأول, آل ثاني, الاثنين/الأحد alone (weekdays), ربع
 *   النهائي, أولي with a final ي (the adjective "preliminary"), bare ضعف (usually "weakness").
 *   Years and day numbers are returned: the time stage decides which numbers are dates.
 * - A bare d/m without date context stays a fraction (Duckling: ١١/١٠ = 1.1).
 * - A score 2-1 (first ≥ second), a fall من 30 إلى 25, and "X إلى Y" of very different sizes
 *   are two numbers, not a range; 2014-15 is the range 2014–2015.
 * - Definite tens alone (العشرين) and الواحد والعشرون / الأحد عشر / الاثنا عشر are ordinals
 *   (Duckling's convention: القرن العشرين، اليوم الحادي والعشرين).
 * - الثانية is the ordinal 2 (also "two o'clock"); ثانية right after a number is its unit
 *   ("seconds").
 * - ضعف/ضعفين are ×2, ثلاثة أضعاف ×3.
 * - The unit is the word right after the number when it is not a function word and not
 *   definite (definite only after scale, hundred and vague words: ملايين الدولارات).
 *
 * Runs in time linear in the text; never throws on any string. Offsets are UTF-16 offsets into
 * `text`, mapped back through match normalisation.
 */
export function findNumbers(text: string, options?: FindNumbersOptions): NumberMention[] {
  if (text.length === 0) return [];
  const norm = normalize(text, 'match');
  const s = norm.text;
  const toks = numberTokens(s, (off) => text.charCodeAt(norm.toOriginal(off)) === 0x060c);
  const p = new NumberParser(toks, options, (off) => text.charCodeAt(norm.toOriginal(off)));
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as NumberToken;
    if (t.kind === 'w' ? mayStart(t.form) : t.kind === 'n' || (t.kind === 'p' && (DASHES.has(t.form) || t.form === '%'))) {
      const d = tryMention(p, i);
      if (d) {
        const span = norm.toOriginalSpan({ start: d.s, end: d.e });
        const m: NumberMention = { start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: d.kind, qualifier: d.qualifier };
        if (d.value !== undefined) m.value = d.value;
        if (d.min !== undefined) m.min = d.min;
        if (d.max !== undefined) m.max = d.max;
        if (d.unitText !== undefined) m.unit = d.unitText;
        else if (d.unitTok !== undefined) {
          const ut = toks[d.unitTok] as NumberToken;
          const us = norm.toOriginalSpan({ start: ut.start, end: ut.end });
          m.unit = text.slice(us.start, us.end);
        }
        out.push(m);
        i = d.skipUnit && d.unitTok !== undefined ? Math.max(d.next, d.unitTok + 1) : Math.max(d.next, i + 1);
        continue;
      }
    }
    i++;
  }
  return out;
}
