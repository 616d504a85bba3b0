import { normalizeMatch } from '../arabic/normalize.js';
import type { EventType } from './types.js';

/** Part of speech of a lexicon form: perfect verb, imperfect verb, or noun (masdar, plural). */
export type FormPos = 'perf' | 'impf' | 'noun';

/** A lexicon entry: a lemma with its forms, and an optional context condition. */
export interface LexEntry<T> {
  /** The lemma key (normalised perfect or noun). */
  readonly lemma: string;
  readonly value: T;
  /**
   * When set, the form counts only if a word within the next {@link NEAR_WINDOW} words starts
   * with one of these normalised stems (e.g. `نشر` only with قوات/جنود, not "published").
   */
  readonly near?: readonly string[];
}

/** How many words after a trigger a `near` condition looks. */
export const NEAR_WINDOW = 6;

/** One lexicon spec line: perfect, imperfect and noun forms of a lemma. */
export interface LexSpec<T> {
  readonly value: T;
  readonly perf?: readonly string[];
  readonly impf?: readonly string[];
  readonly noun?: readonly string[];
  readonly near?: readonly string[];
}

/** A compiled form lexicon: normalised surface form → entry and part of speech. */
export type FormLexicon<T> = ReadonlyMap<string, { readonly entry: LexEntry<T>; readonly pos: FormPos }>;

const n = (s: string): string => normalizeMatch(s);

/** Inflect a 3ms perfect stem (normalised): 3fs, 3mp, dual. */
function perfForms(p: string): string[] {
  if (p.endsWith('ي') || p.endsWith('ا')) {
    const b = p.slice(0, -1);
    return [p, b + 'ت', b + 'وا', b + 'يا', b + 'تا', b + 'ا'];
  }
  return [p, p + 'ت', p + 'وا', p + 'ا', p + 'تا', p + 'ن'];
}

/** Inflect a 3ms imperfect stem (normalised, starting with ي): other persons, plurals, duals. */
function impfForms(i: string): string[] {
  const rest = i.slice(1);
  // First person singular (أ + stem) is left out: it collides with nouns (أصل ≠ I arrive) and is rare outside quotes.
  const out = ['ي' + rest, 'ت' + rest, 'ن' + rest, i + 'ون', i + 'ان', 'ت' + rest + 'ان'];
  if (rest.endsWith('ي')) out.push('ي' + rest.slice(0, -1) + 'ون', 'ي' + rest.slice(0, -1) + 'ان');
  return out;
}

/** Compile specs into a form lexicon (first spec wins on a shared form). */
export function compileLexicon<T>(specs: readonly LexSpec<T>[]): FormLexicon<T> {
  const map = new Map<string, { entry: LexEntry<T>; pos: FormPos }>();
  for (const s of specs) {
    const lemma = n(s.perf?.[0] ?? s.noun?.[0] ?? s.impf?.[0] ?? '');
    const entry: LexEntry<T> = s.near ? { lemma, value: s.value, near: s.near.map(n) } : { lemma, value: s.value };
    const add = (f: string, pos: FormPos): void => {
      if (!map.has(f)) map.set(f, { entry, pos });
    };
    for (const p of s.perf ?? []) for (const f of perfForms(n(p))) add(f, 'perf');
    for (const i of s.impf ?? []) for (const f of impfForms(n(i))) add(f, 'impf');
    for (const w of s.noun ?? []) add(n(w), 'noun');
  }
  return map;
}

const MILITARY = ['جند', 'جنود', 'قوات', 'قوه', 'عسكري', 'قطع', 'صواريخ', 'صاروخ', 'اسلح', 'ذخائر', 'مهندس', 'عناصر', 'مقاتل', 'الف', 'الاف', 'كتيب', 'لواء', 'فرق', 'دبابات', 'طائرات', 'بوارج', 'سفن', 'منظوم'];

/** Event trigger lexicon. How it was derived is documented in EVENTS.md. */
export const EVENT_TRIGGER_SPECS: readonly LexSpec<EventType>[] = [
  // VISIT/ARRIVE
  { value: 'VISIT', perf: ['زار'], impf: ['يزور', 'يزر'], noun: ['زيارة', 'زيارات', 'الزيارة'] },
  { value: 'VISIT', perf: ['وصل'], impf: ['يصل'], noun: ['وصول'] },
  { value: 'VISIT', perf: ['توجه', 'اتجه'], impf: ['يتوجه', 'يتجه'], noun: ['توجه'] },
  { value: 'VISIT', perf: ['غادر'], impf: ['يغادر'], noun: ['مغادرة'] },
  { value: 'VISIT', perf: ['حط'], impf: ['يحط'] },
  { value: 'VISIT', noun: ['جولة', 'جولات'] },
  // MEET/TALKS
  { value: 'MEET', perf: ['التقى'], impf: ['يلتقي'], noun: ['لقاء', 'لقاءات', 'ملتقى'] },
  { value: 'MEET', perf: ['اجتمع'], impf: ['يجتمع'], noun: ['اجتماع', 'اجتماعات'] },
  { value: 'MEET', perf: ['استقبل', 'استضاف'], impf: ['يستقبل', 'يستضيف'], noun: ['استقبال', 'استضافة'] },
  { value: 'MEET', perf: ['تفاوض'], impf: ['يتفاوض'], noun: ['تفاوض', 'التفاوض'] },
  { value: 'MEET', perf: ['ناقش'], impf: ['يناقش'], noun: ['مناقشة', 'مناقشات'] },
  { value: 'MEET', perf: ['تباحث', 'بحث'], impf: ['يتباحث', 'يبحث'], noun: ['مباحثات', 'محادثات', 'مشاورات', 'مفاوضات', 'قمة', 'القمة'] },
  // AGREE/SIGN
  { value: 'AGREE', perf: ['وقع'], impf: ['يوقع'], near: ['اتفاق', 'معاهد', 'مذكر', 'علي', 'عقد', 'بروتوكول', 'اعلان', 'وثيق', 'ميثاق'] },
  { value: 'AGREE', noun: ['توقيع', 'اتفاق', 'اتفاقية', 'اتفاقيات', 'معاهدة', 'معاهدات', 'بروتوكول', 'ميثاق'] },
  { value: 'AGREE', noun: ['مذكرة', 'مذكرات'], near: ['تفاهم'] },
  { value: 'AGREE', perf: ['اتفق'], impf: ['يتفق'] },
  { value: 'AGREE', perf: ['صادق', 'أبرم'], impf: ['يصادق', 'يبرم'], noun: ['مصادقة', 'إبرام'] },
  // STATE/ANNOUNCE
  { value: 'STATE', perf: ['أعلن'], impf: ['يعلن'], noun: ['إعلان'] },
  { value: 'STATE', perf: ['أكد'], impf: ['يؤكد'] },
  { value: 'STATE', perf: ['صرح'], impf: ['يصرح'], noun: ['تصريح', 'تصريحات'] },
  { value: 'STATE', perf: ['كشف'], impf: ['يكشف'] },
  { value: 'STATE', perf: ['حذر'], impf: ['يحذر'], noun: ['تحذير', 'تحذيرات'] },
  { value: 'STATE', noun: ['بيان'] },
  // ACCUSE/DENY
  { value: 'ACCUSE', perf: ['اتهم'], impf: ['يتهم'], noun: ['اتهام', 'اتهامات'] },
  { value: 'ACCUSE', perf: ['نفى'], impf: ['ينفي'], noun: ['نفي'] },
  { value: 'ACCUSE', perf: ['أدان', 'ندد', 'استنكر', 'انتقد'], impf: ['يدين', 'يندد', 'يستنكر', 'ينتقد'], noun: ['إدانة', 'تنديد', 'استنكار', 'انتقاد', 'انتقادات'] },
  // DEPLOY/MILITARY
  { value: 'DEPLOY', perf: ['أرسل'], impf: ['يرسل'], noun: ['إرسال'], near: MILITARY },
  { value: 'DEPLOY', perf: ['نشر'], impf: ['ينشر'], noun: ['نشر'], near: MILITARY },
  { value: 'DEPLOY', perf: ['حشد'], impf: ['يحشد'], noun: ['حشد', 'حشود', 'تعزيزات'] },
  { value: 'DEPLOY', perf: ['اعترض', 'طرد'], impf: ['يعترض', 'يطرد'], noun: ['اعتراض', 'طرد'], near: ['طائر', 'مقاتل', 'صاروخ', 'صواريخ', 'مسير', 'قاذف', 'حربي'] },
  { value: 'DEPLOY', noun: ['مناورات', 'تدريبات'], near: ['عسكري', 'مشترك', 'بحري', 'جوي', 'حي'] },
  // ATTACK/CLASH
  { value: 'ATTACK', perf: ['هاجم'], impf: ['يهاجم'], noun: ['هجوم', 'هجمات', 'الهجوم'] },
  { value: 'ATTACK', perf: ['قصف'], impf: ['يقصف'], noun: ['قصف'] },
  { value: 'ATTACK', noun: ['غارة', 'غارات', 'ضربة', 'ضربات', 'اشتباك', 'اشتباكات', 'معارك', 'معركة', 'قتال', 'تفجير', 'انفجار'] },
  { value: 'ATTACK', perf: ['اشتبك', 'استهدف'], impf: ['يشتبك', 'يستهدف'], noun: ['استهداف'] },
  { value: 'ATTACK', perf: ['قتل', 'اغتال'], impf: ['يقتل'], noun: ['مقتل', 'اغتيال'] },
  { value: 'ATTACK', perf: ['أطلق'], impf: ['يطلق'], noun: ['إطلاق'], near: ['صاروخ', 'صواريخ', 'نار', 'النار', 'قذائف', 'قذيف', 'رصاص'] },
  // SANCTION
  { value: 'SANCTION', noun: ['عقوبات', 'العقوبات', 'حظر'] },
  { value: 'SANCTION', perf: ['فرض'], impf: ['يفرض'], noun: ['فرض'], near: ['عقوب', 'حظر', 'قيود'] },
  // ELECT/APPOINT
  { value: 'APPOINT', perf: ['انتخب'], impf: ['ينتخب'], noun: ['انتخاب', 'انتخابات'] },
  { value: 'APPOINT', noun: ['تعيين', 'إقالة', 'استقالة', 'تنصيب'] },
  { value: 'APPOINT', perf: ['عين', 'أقال', 'استقال'], impf: ['يعين', 'يقيل', 'يستقيل'], near: ['منصب', 'رئيس', 'وزير', 'سفير', 'مدير', 'قائد', 'نائب', 'امين', 'مستشار', 'محافظ', 'من', 'في'] },
  // OTHER (selected: openings, launches)
  { value: 'OTHER', perf: ['افتتح', 'دشن'], impf: ['يفتتح', 'يدشن'], noun: ['افتتاح', 'تدشين'] },
  { value: 'OTHER', perf: ['انطلق'], impf: ['ينطلق'], noun: ['انطلاق'] },
];

/** Compiled event triggers. */
export const EVENT_TRIGGERS: FormLexicon<EventType> = compileLexicon(EVENT_TRIGGER_SPECS);

/** Speech verbs: value = the complementisers that may introduce the reported content. */
export const SPEECH_VERB_SPECS: readonly LexSpec<string>[] = [
  { value: 'say', perf: ['قال'], impf: ['يقول'] },
  { value: 'stress', perf: ['أكد', 'شدد'], impf: ['يؤكد', 'يشدد'] },
  { value: 'point', perf: ['أشار', 'لفت', 'نوه'], impf: ['يشير', 'يلفت', 'ينوه'] },
  { value: 'participle', noun: ['قائلا', 'قائلة', 'مضيفا', 'مضيفة', 'مشيرا', 'مشيرة', 'مؤكدا', 'مؤكدة', 'واصفا', 'واصفة', 'معتبرا', 'معتبرة', 'موضحا', 'موضحة', 'لافتا', 'لافتة', 'معربا', 'معربة', 'محذرا', 'محذرة', 'مشددا', 'مشددة', 'منوها', 'منوهة', 'متابعا', 'مبينا'] },
  { value: 'declare', perf: ['صرح', 'أعلن', 'أفاد', 'ذكر', 'أوضح', 'أضاف', 'تابع', 'كشف', 'حذر', 'اعتبر', 'رأى', 'زعم', 'ادعى', 'نفى', 'أعرب', 'وصف', 'اتهم', 'أبلغ', 'نقل', 'قالت', 'أورد', 'أردف'], impf: ['يصرح', 'يعلن', 'يفيد', 'يذكر', 'يوضح', 'يضيف', 'يتابع', 'يكشف', 'يحذر', 'يعتبر', 'يرى', 'يزعم', 'يدعي', 'ينفي', 'يعرب', 'يصف', 'يتهم', 'يبلغ', 'ينقل', 'يورد', 'يردف'] },
];

/** Compiled speech verbs. */
export const SPEECH_VERBS: FormLexicon<string> = compileLexicon(SPEECH_VERB_SPECS);

/** Complementisers after a speech verb (normalised): أن، إن، بأن، إلى أن، على أن، عن. */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set(['ان', 'بان', 'بانه', 'بانها', 'انه', 'انها', 'انهم', 'بانهم', 'انهما', 'عن', 'ان']);

/** Attribution phrases introducing a source (`وفقًا لـ`، `بحسب`، `نقلًا عن`، `حسب`), normalised, as one or two words. */
export const SOURCE_PHRASES: readonly (readonly string[])[] = [['وفقا'], ['وفق'], ['طبقا'], ['بحسب'], ['حسب'], ['نقلا', 'عن'], ['استنادا', 'الي'], ['على', 'لسان'], ['علي', 'لسان']];

/** Person titles that introduce a name or stand for a person (normalised). */
export const TITLES: ReadonlySet<string> = new Set(
  [
    'الرئيس', 'رئيس', 'وزير', 'الوزير', 'وزيرة', 'الوزيرة', 'نائب', 'مساعد', 'المتحدث', 'متحدث', 'المتحدثة', 'الناطق', 'ناطق',
    'الجنرال', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المشير', 'الأدميرال', 'الزعيم', 'زعيم', 'الملك', 'الأمير', 'ولي', 'الشيخ',
    'السفير', 'سفير', 'المستشار', 'مستشار', 'المبعوث', 'مبعوث', 'الأمين', 'أمين', 'مدير', 'المدير', 'قائد', 'القائد', 'السيناتور',
    'النائب', 'المحافظ', 'محافظ', 'رئيسة', 'الرئيسة', 'السيد', 'السيدة', 'الدكتور', 'د.', 'المهندس', 'البروفيسور', 'الكاتب',
    'الصحفي', 'المحلل', 'الخبير', 'مسؤول', 'المسؤول', 'مندوب', 'المندوب', 'عضو', 'رئيسي', 'الإمام', 'البابا', 'المرشد', 'الداعية',
    'المدرب', 'مدرب', 'اللاعب', 'لاعب', 'القاضي', 'المفتي', 'الناشط', 'الباحث', 'مستشارة', 'سمو', 'معالي', 'فخامة', 'الحاكم', 'حاكم',
  ].map(n),
);

/** Organisation heads: a word that starts an organisation name (normalised). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  ['وزارة', 'وكالة', 'شبكة', 'صحيفة', 'قناة', 'هيئة', 'مجلس', 'منظمة', 'جامعة', 'حركة', 'حزب', 'الجيش', 'جيش', 'البنك', 'بنك', 'شركة', 'مؤسسة', 'مكتب', 'الكرملين', 'البيت', 'البنتاغون', 'البنتاجون', 'الأمم', 'الاتحاد', 'اتحاد', 'لجنة', 'اللجنة', 'المجلس', 'الوزارة', 'الحكومة', 'حكومة', 'رئاسة', 'مركز', 'المركز', 'إدارة', 'الإدارة', 'موقع', 'مجلة', 'معهد', 'محكمة', 'المحكمة', 'الشرطة', 'شرطة', 'القوات', 'قوات', 'الخارجية', 'الدفاع', 'الولايات', 'المملكة', 'الإمارات', 'روسيا', 'الصين'].map(n),
);

/** Unnamed source heads (`مصادر`، `تقارير`، `مراقبون`…), normalised. */
export const UNNAMED_SOURCES: ReadonlySet<string> = new Set(
  ['مصادر', 'مصدر', 'تقارير', 'تقرير', 'مراقبون', 'مراقبين', 'محللون', 'محللين', 'خبراء', 'مسؤولون', 'مسؤولين', 'دبلوماسيون', 'دبلوماسيين', 'شهود', 'وسائل', 'أوساط', 'مراقبو', 'تسريبات', 'معلومات', 'استخبارات', 'ناشطون', 'ناشطين', 'سكان', 'مسعفون', 'وثائق', 'بيانات'].map(n),
);

/** Function words, pronouns, prepositions and time words that never belong to a name (normalised). */
export const STOP: ReadonlySet<string> = new Set(
  [
    'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'حول', 'خلال', 'بعد', 'قبل', 'منذ', 'حتى', 'عند', 'لدى', 'أمام', 'وراء', 'تحت', 'فوق', 'نحو', 'ضد', 'عبر',
    'أن', 'إن', 'بأن', 'أنه', 'إنه', 'لأن', 'كما', 'لكن', 'لكن', 'بل', 'أو', 'أم', 'ثم', 'قد', 'لقد', 'لم', 'لن', 'لا', 'ما', 'إذا', 'لو', 'كان', 'كانت', 'يكون', 'تكون',
    'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'الذي', 'التي', 'الذين', 'اللذين', 'هو', 'هي', 'هم', 'هما', 'نحن', 'أنا', 'كل', 'بعض', 'غير', 'سوى', 'أي', 'عدة',
    'اليوم', 'أمس', 'غدا', 'الأمس', 'الغد', 'يوم', 'صباح', 'مساء', 'ليلة', 'الليلة', 'الماضي', 'المقبل', 'القادم', 'الجاري', 'الحالي', 'عام', 'العام', 'الأسبوع', 'الشهر',
    'السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'حيث', 'بينما', 'وسط', 'إثر', 'عقب', 'أيضا', 'أيضًا', 'فقط', 'وقال', 'وذلك',
    'إياها', 'إياه', 'إياهم', 'إياهما', 'هناك', 'هنا', 'جانب', 'وقت', 'أكثر', 'أقل', 'حوالي', 'قرابة', 'زهاء', 'حرب', 'ساحة', 'زمن', 'كلا', 'مقابلة', 'إعادة', 'عرقلة', 'وقف', 'إرساء', 'مستوى', 'حد', 'درجة', 'نهاية', 'بداية', 'مرحلة', 'حالة', 'عدد', 'أعلى', 'أدنى', 'مختلف', 'جميع', 'عملية', 'سبيل', 'ذات', 'نفس', 'أول', 'آخر', 'إطار', 'ضمن', 'بشكل', 'شكل', 'سابقا', 'سابقًا', 'لاحقا', 'حاليا', 'تعتبر', 'يعتبر', 'ظل', 'إطار', 'سياق', 'مجال', 'حين', 'حال', 'أعقاب', 'ضوء', 'مقابل', 'شأن', 'صدد', 'مواجهة', 'وجه', 'ظروف', 'أجواء', 'خطوة', 'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'رسمية', 'رسمي', 'مؤخرا', 'مؤخرًا',
  ].map(n),
);

/** Words that start a place phrase after a preposition (`مدينة X`، `العاصمة X`). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['مدينة', 'العاصمة', 'عاصمة', 'منطقة', 'ولاية', 'محافظة', 'إقليم', 'جزيرة', 'ميناء', 'مطار', 'قاعدة', 'بلدة', 'قرية', 'مقاطعة'].map(n));

/** Cues before a trigger that make an event planned (normalised; multiword as arrays). */
export const PLANNED_CUES: readonly (readonly string[])[] = [
  ['من', 'المتوقع'], ['من', 'المقرر'], ['من', 'المنتظر'], ['من', 'المرتقب'], ['سوف'], ['يعتزم'], ['تعتزم'], ['يعتزمون'], ['يرتقب'], ['يتوقع'], ['تتوقع'], ['يتوقع'],
  ['ينوي'], ['تنوي'], ['مستعد'], ['مستعده'], ['مستعدون'], ['جاهز'], ['جاهزه'], ['يستعد'], ['تستعد'], ['يخطط'], ['تخطط'], ['خطط'], ['مزمع'], ['المزمع'], ['مقرر'], ['المقرر'],
].map((c) => c.map(n));

/** Words after a trigger that make it planned (`الزيارة المرتقبة`، `المقبلة`). */
export const PLANNED_AFTER: ReadonlySet<string> = new Set(['المرتقبة', 'المرتقب', 'المقبلة', 'المقبل', 'القادمة', 'القادم', 'المنتظرة', 'المرتقبه', 'المزمعة', 'المقررة', 'المحتملة'].map(n));

/** Negation particles right before a trigger (denied). */
export const NEGATIONS: ReadonlySet<string> = new Set(['لم', 'لن', 'ما', 'لا', 'ليس', 'عدم', 'دون'].map(n));

/** Denial verbs whose scope covers a later trigger in the clause. */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'نفي', 'كذب', 'كذبت', 'تكذب', 'ينفون'].map(n));

/** Hypothetical cues before a trigger in the clause. */
export const HYPOTHETICAL_CUES: ReadonlySet<string> = new Set(['إذا', 'اذا', 'لو', 'ربما', 'يحتمل', 'احتمال', 'إمكانية', 'امكانية', 'قد', 'لعل', 'حال', 'يمكن', 'قدي'].map(n));

/** Claim predicates: normalised stem → predicate key. */
export const CLAIM_PREDICATE_SPECS: readonly LexSpec<string>[] = [
  { value: 'send', perf: ['أرسل', 'بعث'], impf: ['يرسل', 'يبعث'], noun: ['إرسال'] },
  { value: 'deploy', perf: ['نشر', 'حشد'], impf: ['ينشر', 'يحشد'], noun: ['نشر', 'حشد', 'انتشار'] },
  { value: 'kill', perf: ['قتل', 'لقي'], impf: ['يقتل', 'يلقى'], noun: ['مقتل', 'قتلى', 'قتيل', 'وفاة', 'وفيات', 'ضحايا', 'حصيلة'] },
  { value: 'wound', perf: ['أصيب', 'جرح'], impf: ['يصاب'], noun: ['إصابة', 'إصابات', 'جرحى', 'جريح', 'مصاب', 'مصابين'] },
  { value: 'lose', noun: ['خسائر', 'خسارة'] },
  { value: 'displace', perf: ['نزح', 'هجر'], impf: ['ينزح'], noun: ['نزوح', 'نازح', 'نازحة', 'نازحين', 'تهجير', 'مهجرة'] },
  { value: 'train', perf: ['درب'], impf: ['يدرب'], noun: ['تدريب', 'تأهيل'] },
  { value: 'cost', noun: ['بتكلفة', 'تكلفة', 'كلفة', 'بقيمة', 'قيمة', 'ميزانية', 'بميزانية', 'تمويل', 'بتمويل', 'استثمارات', 'منحة', 'قرض'] },
  { value: 'reach', perf: ['بلغ', 'تجاوز', 'ارتفع', 'انخفض', 'تراجع', 'زاد', 'وصل'], impf: ['يبلغ', 'يتجاوز', 'يرتفع', 'ينخفض', 'يتراجع', 'يزيد', 'يصل'], noun: ['ارتفاع', 'انخفاض', 'تراجع', 'نسبة', 'بنسبة', 'بلغت'] },
  { value: 'attend', perf: ['حضر'], impf: ['يحضر'], noun: ['حضور', 'بحضور', 'متفرج'] },
  { value: 'expel', perf: ['طرد', 'اعترض'], impf: ['يطرد', 'يعترض'], noun: ['طرد', 'اعتراض'] },
  { value: 'fight', perf: ['قاتل', 'شارك'], impf: ['يقاتل', 'يشارك'], noun: ['قتال', 'مشاركة', 'القتال'] },
  { value: 'arrest', perf: ['اعتقل', 'ألقى'], impf: ['يعتقل'], noun: ['اعتقال', 'توقيف', 'معتقل', 'أسرى', 'أسير'] },
];

/** Compiled claim predicates. */
export const CLAIM_PREDICATES: FormLexicon<string> = compileLexicon(CLAIM_PREDICATE_SPECS);

/** Modal words before a claim predicate that turn it into a planned/capacity claim (`مستعدة لإرسال`). */
export const CLAIM_MODALS: ReadonlySet<string> = new Set(['مستعد', 'مستعده', 'مستعدون', 'جاهز', 'جاهزه', 'استعداد', 'يستعد', 'تستعد', 'سوف', 'المقرر', 'المتوقع', 'يعتزم', 'تعتزم', 'ينوي', 'تنوي', 'تخطط', 'يخطط', 'قادره', 'قادر', 'يمكن', 'ستتسلم'].map(n));

/** Time units: a number counting these is a duration or age, not a claim. */
export const TIME_UNITS: ReadonlySet<string> = new Set(
  ['عام', 'عاما', 'عامًا', 'أعوام', 'سنة', 'سنوات', 'سنين', 'عامين', 'سنتين', 'شهر', 'شهرا', 'أشهر', 'شهور', 'شهرين', 'يوم', 'يوما', 'أيام', 'يومين', 'أسبوع', 'أسابيع', 'أسبوعين', 'ساعة', 'ساعات', 'ساعتين', 'دقيقة', 'دقائق', 'ثانية', 'ثوان', 'ثواني', 'عقد', 'عقود', 'قرن', 'قرون', 'الساعة', 'مساء', 'صباحا', 'صباح', 'هـ', 'ه', 'م'].map(n),
);

/** Words right before a number that make it part of a name or a reference (`مجموعة العشرين`، `المادة 5`، `القرار 2231`). */
export const NAME_NUMBER_HEADS: ReadonlySet<string> = new Set(
  ['مجموعة', 'رقم', 'المادة', 'مادة', 'القرار', 'قرار', 'البند', 'الفقرة', 'فرقة', 'الفرقة', 'اللواء', 'لواء', 'الطريق', 'طريق', 'الفصل', 'الجزء', 'النسخة', 'الدورة', 'الجولة', 'الأسبوع', 'المرحلة', 'كوفيد', 'الطراز', 'طراز', 'موديل', 'بطولة', 'العدد', 'الكيلو', 'كيلو', 'المنطقة', 'الساعة', 'عام', 'العام', 'سنة', 'لعام', 'عامي', 'شارع', 'الشارع', 'مبنى', 'قاعة', 'الصفحة', 'صفحة', 'القسم', 'الكتيبة', 'رمز', 'تحت', 'فئة', 'المجموعة'].map(n),
);

/** Currencies (normalised prefixes of the written unit). */
export const CURRENCIES: readonly string[] = ['دولار', 'يورو', 'ريال', 'دينار', 'جنيه', 'درهم', 'ليره', 'روبل', 'ين', 'يوان', 'وون', 'فرنك', 'استرليني', 'شيكل', 'روبيه', '$', '€', '£'].map(n);

/** Unit synonyms and plurals folded to one key for comparison (normalised). */
export const UNIT_KEYS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['جنود', 'جندي'], ['جندي', 'جندي'], ['عسكري', 'جندي'], ['عسكريين', 'جندي'], ['مقاتل', 'جندي'], ['مقاتلين', 'جندي'],
      ['قتلى', 'قتيل'], ['قتيل', 'قتيل'], ['جرحى', 'جريح'], ['جريح', 'جريح'], ['مصابين', 'جريح'], ['مصاب', 'جريح'],
      ['أسرة', 'عائلة'], ['أسر', 'عائلة'], ['عائلات', 'عائلة'], ['عائلة', 'عائلة'], ['عوائل', 'عائلة'],
      ['طائرات', 'طائرة'], ['طائرة', 'طائرة'], ['مهندسين', 'مهندس'], ['مهندسا', 'مهندس'], ['مهندس', 'مهندس'],
      ['أشخاص', 'شخص'], ['شخصا', 'شخص'], ['شخص', 'شخص'], ['مواطن', 'شخص'], ['مواطنين', 'شخص'],
      ['متفرج', 'متفرج'], ['مشجع', 'متفرج'], ['متفرجين', 'متفرج'], ['مشجعين', 'متفرج'],
    ] as const
  ).map(([a, b]) => [n(a), n(b)]),
);
