/** A news agency and the ways it is written. */
export interface Agency {
  /** Canonical short name (Latin), e.g. `AP`, `Reuters`, `SPA`. */
  readonly name: string;
  /** Spellings in Arabic and Latin script (matched as whole words). */
  readonly forms: readonly string[];
}

/** News agencies commonly credited in Arabic news, with their Arabic and Latin forms. */
export const AGENCIES: readonly Agency[] = [
  { name: 'AP', forms: ['AP', 'أسوشيتد برس', 'أسوشييتد برس', 'اسوشيتد برس', 'أسوشيتدبرس', 'أ ب', 'ا ب', 'أ.ب', 'Associated Press'] },
  { name: 'Reuters', forms: ['رويترز', 'Reuters'] },
  { name: 'AFP', forms: ['أ ف ب', 'ا ف ب', 'أ.ف.ب', 'أ. ف. ب', 'ا.ف.ب', 'فرانس برس', 'فرانس بريس', 'AFP'] },
  { name: 'DPA', forms: ['د ب أ', 'د.ب.أ', 'د. ب. أ', 'د ب ا', 'DPA'] },
  { name: 'SPA', forms: ['واس', 'وكالة الأنباء السعودية', 'SPA'] },
  { name: 'QNA', forms: ['قنا', 'وكالة الأنباء القطرية', 'QNA'] },
  { name: 'WAM', forms: ['وام', 'وكالة أنباء الإمارات', 'WAM'] },
  { name: 'BNA', forms: ['بنا', 'وكالة أنباء البحرين', 'BNA'] },
  { name: 'SANA', forms: ['سانا', 'الوكالة العربية السورية للأنباء', 'SANA'] },
  { name: 'KUNA', forms: ['كونا', 'وكالة الأنباء الكويتية', 'KUNA'] },
  { name: 'ONA', forms: ['العمانية', 'وكالة الأنباء العمانية', 'ONA'] },
  { name: 'MENA', forms: ['أ ش أ', 'أ.ش.أ', 'ا ش ا', 'وكالة أنباء الشرق الأوسط', 'MENA'] },
  { name: 'Petra', forms: ['بترا', 'Petra'] },
  { name: 'INA', forms: ['واع', 'وكالة الأنباء العراقية'] },
  { name: 'WAFA', forms: ['وفا', 'WAFA'] },
  { name: 'Saba', forms: ['سبأ', 'Saba'] },
  { name: 'APS', forms: ['واج', 'وكالة الأنباء الجزائرية', 'APS'] },
  { name: 'MAP', forms: ['لاماب', 'و م ع', 'MAP'] },
  { name: 'TAP', forms: ['وات', 'وكالة تونس إفريقيا للأنباء', 'TAP'] },
  { name: 'SUNA', forms: ['سونا', 'SUNA'] },
  { name: 'NNA', forms: ['الوكالة الوطنية للإعلام', 'NNA'] },
  { name: 'Anadolu', forms: ['الأناضول', 'Anadolu'] },
  { name: 'Xinhua', forms: ['شينخوا', 'شينخوا', 'Xinhua'] },
  { name: 'UPI', forms: ['يو بي آي', 'يو.بي.آي', 'UPI'] },
  { name: 'IRNA', forms: ['إرنا', 'ارنا', 'IRNA'] },
  { name: 'TASS', forms: ['تاس', 'TASS'] },
  { name: 'RIA Novosti', forms: ['نوفوستي', 'ريا نوفوستي', 'RIA Novosti'] },
  { name: 'Sputnik', forms: ['سبوتنيك', 'Sputnik'] },
  { name: 'Yonhap', forms: ['يونهاب', 'Yonhap'] },
  { name: 'KCNA', forms: ['KCNA'] },
  { name: 'agencies', forms: ['الوكالات', 'وكالات', 'وكالات الأنباء'] },
];

function escape(s: string): string {
  // Letter-by-letter abbreviations (أ ف ب) need a space or dot between letters; names may run together.
  const spelled = /^\p{L}(?:[\s.]+\p{L})+\.?$/u.test(s) && s.replace(/[\s.]/g, '').length <= 4;
  const parts = s.split(/[\s.]+/).filter((x) => x !== '').map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return parts.join(spelled ? '[\\s.]+' : '\\s*');
}

const FORM_TO_NAME = new Map<string, string>();
for (const a of AGENCIES) for (const f of a.forms) FORM_TO_NAME.set(f.replace(/[\s.]/g, '').toLowerCase(), a.name);

const ALL_FORMS = AGENCIES.flatMap((a) => a.forms).sort((x, y) => y.length - x.length);
/** Source of a regex alternation matching any agency form (no anchors, no word boundaries). */
export const AGENCY_ALTERNATION = ALL_FORMS.map(escape).join('|');

const ARABIC_OR_WORD = '[\\p{L}\\p{N}\\p{M}]';
/** Matches an agency form as a whole word; group 1 is the form. */
const AGENCY_WORD = new RegExp(`(?<!${ARABIC_OR_WORD})(${AGENCY_ALTERNATION})(?!${ARABIC_OR_WORD})`, 'u');
const AGENCY_ONLY = new RegExp(`^\\s*[(（\\[]?\\s*(${AGENCY_ALTERNATION})\\s*[)）\\]]?\\s*[.:\\-–—]?\\s*$`, 'u');

/** The canonical name of an agency form as written (`رويترز` → `Reuters`), or undefined. */
export function agencyName(form: string): string | undefined {
  return FORM_TO_NAME.get(form.replace(/[\s.]/g, '').toLowerCase());
}

/** The first agency named as a whole word in `s`, with its offset, or undefined. */
export function findAgency(s: string): { name: string; form: string; start: number; end: number } | undefined {
  const m = AGENCY_WORD.exec(s);
  if (!m?.[1]) return undefined;
  const name = agencyName(m[1]);
  return name === undefined ? undefined : { name, form: m[1], start: m.index, end: m.index + m[1].length };
}

/** When `s` is nothing but an agency name (optionally in brackets or with a trailing dash), its canonical name. */
export function agencyOnly(s: string): string | undefined {
  const m = AGENCY_ONLY.exec(s);
  return m?.[1] === undefined ? undefined : agencyName(m[1]);
}
