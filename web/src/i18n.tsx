import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

/** Interface languages. Article text is always shown as written (Arabic), whatever is chosen. */
export type Lang = 'ar' | 'en';

const AR = {
  appName: 'مرصد',
  tagline: 'رصد الأخبار العربية',
  navHome: 'الرئيسية',
  navSearch: 'بحث',
  navEntities: 'الكيانات',
  navTimeline: 'الخط الزمني',
  switchLang: 'English',
  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر التحميل',
  retry: 'إعادة المحاولة',
  empty: 'لا شيء هنا',
  notFound: 'الصفحة غير موجودة',
  latestStories: 'أحدث القصص',
  noStories: 'لا توجد قصص بعد. استورد مقالات ثم شغّل التحليل.',
  storylines: 'المسارات',
  noStorylines: 'لا توجد مسارات.',
  outlets: 'مصادر',
  articles: 'مقالات',
  stories: 'قصص',
  keyEntities: 'أبرز الكيانات',
  dateRange: 'الفترة',
  undated: 'بلا تاريخ',
  corpus: 'المدوّنة',
  summary: 'الملخص',
  noSummary: 'لا ملخص لهذه القصة.',
  memberArticles: 'مقالات القصة حسب المصدر',
  duplicateOf: 'نسخة مكررة من',
  timeline: 'الخط الزمني',
  noTimeline: 'لا أحداث مؤرخة.',
  events: 'الأحداث',
  noEvents: 'لا أحداث.',
  quotes: 'الاقتباسات',
  noQuotes: 'لا اقتباسات.',
  claims: 'الادعاءات الرقمية',
  noClaims: 'لا ادعاءات رقمية.',
  disagreements: 'تباينات بين المصادر',
  noDisagreements: 'لا تباين بين المصادر.',
  disagreement: 'تباين',
  entities: 'الكيانات',
  noEntities: 'لا كيانات.',
  inferredDates: 'تواريخ نشر مستنتجة',
  type: 'النوع',
  agents: 'الفاعلون',
  partners: 'الأطراف',
  place: 'المكان',
  time: 'الزمن',
  modality: 'الصيغة',
  background: 'سياق سابق',
  sources: 'المصادر',
  speaker: 'القائل',
  unknownSpeaker: 'غير مذكور',
  direct: 'مباشر',
  indirect: 'غير مباشر',
  value: 'القيمة',
  what: 'المعدود',
  attribution: 'المنسوب إليه',
  publisher: 'المصدر',
  sentence: 'الجملة',
  kindDate: 'تاريخ',
  kindNumber: 'رقم',
  kindAttribution: 'نسبة القول',
  about: 'بشأن',
  mentions: 'إشارة',
  article: 'المقال',
  metadata: 'البيانات الوصفية',
  field: 'الحقل',
  provenance: 'المصدر',
  confidence: 'الثقة',
  messages: 'ملاحظات',
  noMessages: 'لا ملاحظات.',
  showRaw: 'عرض المُدخل الخام',
  hideRaw: 'إخفاء المُدخل الخام',
  rawInput: 'المُدخل الخام',
  duplicates: 'النسخ المكررة',
  noDuplicates: 'لا نسخ مكررة.',
  story: 'القصة',
  legend: 'الدليل',
  legendEntity: 'كيان',
  legendDate: 'تاريخ',
  legendNumber: 'رقم',
  legendQuote: 'اقتباس',
  legendClaim: 'ادعاء',
  legendEvent: 'حدث',
  version: 'الإصدار',
  latin: 'بالحروف اللاتينية',
  aliases: 'الأسماء البديلة',
  roles: 'الصفات',
  countries: 'الدول',
  network: 'شبكة الظهور المشترك',
  noNetwork: 'لا كيانات مرافقة.',
  graphLoading: 'جارٍ رسم الشبكة…',
  sharedArticles: 'مقالات مشتركة',
  count: 'العدد',
  allTypes: 'كل الأنواع',
  filterEntities: 'تصفية بالاسم',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  zoomReset: 'إعادة الضبط',
  panBack: 'إلى الأقدم',
  panForward: 'إلى الأحدث',
  timelineHelp: 'اليوم نقطة، والشهر أو السنة شريط يمتد من أول يوم محتمل إلى آخره؛ الخط المتقطع تاريخ مستنتج؛ الرمادي سياق سابق.',
  chooseScope: 'اختر مسارًا أو قصة أو كيانًا لعرض خطه الزمني.',
  searchPlaceholder: 'ابحث في الأخبار…',
  search: 'بحث',
  from: 'من',
  to: 'إلى',
  entity: 'الكيان',
  eventType: 'نوع الحدث',
  any: 'الكل',
  groupByStory: 'تجميع حسب القصة',
  results: 'نتيجة',
  noResults: 'لا نتائج.',
  typeQuery: 'اكتب كلمة للبحث.',
  alsoSearched: 'بُحث أيضًا عن',
  prev: 'السابق',
  next: 'التالي',
  page: 'صفحة',
  ungrouped: 'خارج القصص',
  score: 'الدرجة',
  links: 'الروابط بين القصص',
  sharedEntities: 'كيانات مشتركة',
  sharedTerms: 'كلمات مشتركة',
  viewTimeline: 'عرض الخط الزمني',
  close: 'إغلاق',
  openArticle: 'فتح المقال',
  evidence: 'الدليل',
  citation: 'المرجع',
  inferred: 'مستنتج',
  seenAt: 'أين وُجد',
  storyline: 'المسار',
  storiesHeading: 'القصص',
  matchCount: 'مقالات مطابقة',
} as const;

/** Message keys of the interface dictionary. */
export type MessageKey = keyof typeof AR;

const EN: Record<MessageKey, string> = {
  appName: 'Marsad',
  tagline: 'Arabic news observatory',
  navHome: 'Home',
  navSearch: 'Search',
  navEntities: 'Entities',
  navTimeline: 'Timeline',
  switchLang: 'العربية',
  loading: 'Loading…',
  errorTitle: 'Could not load',
  retry: 'Retry',
  empty: 'Nothing here',
  notFound: 'Page not found',
  latestStories: 'Latest stories',
  noStories: 'No stories yet. Ingest articles and run the analysis.',
  storylines: 'Storylines',
  noStorylines: 'No storylines.',
  outlets: 'outlets',
  articles: 'articles',
  stories: 'stories',
  keyEntities: 'Key entities',
  dateRange: 'Dates',
  undated: 'undated',
  corpus: 'Corpus',
  summary: 'Summary',
  noSummary: 'No summary for this story.',
  memberArticles: 'Articles by outlet',
  duplicateOf: 'duplicate of',
  timeline: 'Timeline',
  noTimeline: 'No dated events.',
  events: 'Events',
  noEvents: 'No events.',
  quotes: 'Quotes',
  noQuotes: 'No quotes.',
  claims: 'Numeric claims',
  noClaims: 'No numeric claims.',
  disagreements: 'Where sources disagree',
  noDisagreements: 'The sources agree.',
  disagreement: 'disagreement',
  entities: 'Entities',
  noEntities: 'No entities.',
  inferredDates: 'Inferred publication dates',
  type: 'Type',
  agents: 'Agents',
  partners: 'Partners',
  place: 'Place',
  time: 'Time',
  modality: 'Modality',
  background: 'background',
  sources: 'Sources',
  speaker: 'Speaker',
  unknownSpeaker: 'not stated',
  direct: 'direct',
  indirect: 'reported',
  value: 'Value',
  what: 'Counted',
  attribution: 'Attributed to',
  publisher: 'Outlet',
  sentence: 'Sentence',
  kindDate: 'date',
  kindNumber: 'number',
  kindAttribution: 'attribution',
  about: 'about',
  mentions: 'mentions',
  article: 'Article',
  metadata: 'Metadata',
  field: 'Field',
  provenance: 'From',
  confidence: 'Confidence',
  messages: 'Messages',
  noMessages: 'No messages.',
  showRaw: 'Show raw input',
  hideRaw: 'Hide raw input',
  rawInput: 'Raw input',
  duplicates: 'Duplicates',
  noDuplicates: 'No duplicates.',
  story: 'Story',
  legend: 'Legend',
  legendEntity: 'entity',
  legendDate: 'date',
  legendNumber: 'number',
  legendQuote: 'quote',
  legendClaim: 'claim',
  legendEvent: 'event',
  version: 'Version',
  latin: 'Latin name',
  aliases: 'Aliases',
  roles: 'Roles',
  countries: 'Countries',
  network: 'Co-occurrence network',
  noNetwork: 'No co-occurring entities.',
  graphLoading: 'Drawing the network…',
  sharedArticles: 'shared articles',
  count: 'Count',
  allTypes: 'All types',
  filterEntities: 'Filter by name',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset',
  panBack: 'Earlier',
  panForward: 'Later',
  timelineHelp: 'A day is a point; a month or a year is a bar from its first to its last possible day; dashed means the date was inferred; grey is background.',
  chooseScope: 'Pick a storyline, a story or an entity to see its timeline.',
  searchPlaceholder: 'Search the news…',
  search: 'Search',
  from: 'From',
  to: 'To',
  entity: 'Entity',
  eventType: 'Event type',
  any: 'Any',
  groupByStory: 'Group by story',
  results: 'results',
  noResults: 'No results.',
  typeQuery: 'Type something to search.',
  alsoSearched: 'Also searched',
  prev: 'Previous',
  next: 'Next',
  page: 'page',
  ungrouped: 'Not in a story',
  score: 'Score',
  links: 'Links between stories',
  sharedEntities: 'shared entities',
  sharedTerms: 'shared terms',
  viewTimeline: 'View timeline',
  close: 'Close',
  openArticle: 'Open article',
  evidence: 'Evidence',
  citation: 'Source',
  inferred: 'inferred',
  seenAt: 'Seen at',
  storyline: 'Storyline',
  storiesHeading: 'Stories',
  matchCount: 'matching articles',
};

const DICTS: Record<Lang, Record<MessageKey, string>> = { ar: AR, en: EN };

/** The interface language and its translator. */
export interface I18n {
  readonly lang: Lang;
  readonly dir: 'rtl' | 'ltr';
  /** The label for `key` in the current language. */
  readonly t: (key: MessageKey) => string;
  readonly setLang: (lang: Lang) => void;
  /** Format a number for the interface (Arabic-Indic digits are not forced: Latin digits read in both). */
  readonly num: (n: number) => string;
}

const STORAGE_KEY = 'marsad.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ar';
  } catch {
    return 'ar';
  }
}

const I18nContext = createContext<I18n | null>(null);

/** Provide the interface language; the choice is remembered in localStorage. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.title = DICTS[lang].appName;
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const dict = DICTS[lang];
    const fmt = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en');
    return { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', t: (k) => dict[k], setLang, num: (n) => fmt.format(n) };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current interface language and translator. */
export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
