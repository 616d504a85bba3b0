import { normalizeMatch } from '../arabic/normalize.js';

const LISTS: Readonly<Record<string, string>> = {
  // Person titles and roles.
  title:
    'الرئيس رئيس الملك ملك الأمير أمير الشيخ شيخ السيد السيدة الوزير وزير وزيرة الجنرال جنرال العقيد العميد اللواء المشير الدكتور الدكتورة د البروفيسور المستشار السفير سفير النائب نائب الزعيم زعيم القائد قائد المتحدث الناطق مدير المدير الأمين أمين المبعوث مبعوث المندوب العاهل ولي الإمام البابا الأسقف الحاخام المدرب اللاعب لاعب مدرب الكاتب الفنان الفنانة المطرب الممثل المخرج الصحفي المراسل المفتي القاضي المحامي السلطان رئيسة المستشارة الجنرالات المرشح المرشحة الرئيسة الملكة الأميرة عضو العضو سمو معالي فخامة',
  // Speech and reporting verbs (often follow a person).
  speech: 'قال قالت أكد أكدت أعلن أعلنت أوضح أوضحت أضاف أضافت صرح صرحت ذكر ذكرت أشار أشارت نفى نفت دعا دعت يقول تقول',
  // Place head words.
  place:
    'مدينة مدينه العاصمة عاصمة بلدة قرية محافظة ولاية مقاطعة إقليم منطقة جزيرة جزر نهر بحر جبل جبال خليج مضيق صحراء شارع ميدان حي مخيم معبر مطار ميناء بلاد دولة جمهورية مملكة إمارة',
  // Organisation head words.
  org:
    'وزارة وكالة منظمة شركة جامعة حزب حركة جمعية مجلس بنك مصرف صحيفة جريدة مجلة قناة إذاعة هيئة اتحاد الاتحاد لجنة جبهة مؤسسة معهد مركز نادي فريق منتخب محكمة برلمان الكونغرس البرلمان الحكومة حكومة جيش الجيش قوات مجموعة تنظيم رابطة نقابة الأمم',
  // Nationality and direction words.
  dir: 'الشمالية الجنوبية الشرقية الغربية الشمالي الجنوبي الشرقي الغربي المتحدة الوسطى الأوسط',
  // Prepositions that introduce places.
  prep: 'في إلى من بين عبر نحو داخل خارج قرب شمال جنوب شرق غرب شمالي جنوبي',
};

/** Trigger word (match-normalised) → class (`title`, `speech`, `place`, `org`, `dir`, `prep`). */
export const TRIGGERS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [cls, words] of Object.entries(LISTS)) for (const w of words.split(' ')) if (w !== '') m.set(normalizeMatch(w), cls);
  return m;
})();

/** Title words (match-normalised) that can head a person's role (`وزير`, `الرئيس`, `السفير`…). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...TRIGGERS].filter(([, c]) => c === 'title').map(([w]) => w));
