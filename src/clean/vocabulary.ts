import { lineKey } from './lineKey.js';

/**
 * Vocabularies used by the boilerplate classifier and the metadata finders. Every list is the
 * project's own; keys are compared after {@link lineKey} normalisation so hamza/taa-marbuta/
 * tanwin spellings all match.
 */

function keys(list: readonly string[]): Set<string> {
  return new Set(list.map(lineKey).filter((k) => k !== ''));
}

/** Whole lines that are user-interface chrome (comment forms, share bars, navigation). */
export const CHROME_LINE_KEYS: ReadonlySet<string> = keys([
  // Arabic: comments
  'أضف تعليق', 'أضف تعليقك', 'أضف تعليقا', 'اترك تعليقاً', 'اترك تعليقك', 'اترك رداً', 'إلغاء الرد', 'التعليقات',
  'تعليقات', 'تعليق', 'لا توجد تعليقات', 'كن أول من يعلق', 'أرسل تعليقك', 'إرسال التعليق', 'نشر التعليق',
  // Arabic: navigation
  'زر الذهاب إلى الأعلى', 'العودة إلى الأعلى', 'الذهاب إلى الأعلى', 'إلى الأعلى', 'الرئيسية', 'الصفحة الرئيسية',
  'القائمة', 'القائمة الرئيسية', 'بحث', 'ابحث', 'إغلاق', 'التالي', 'السابق', 'المقال التالي', 'المقال السابق',
  'الخبر التالي', 'الخبر السابق', 'اضغط هنا', 'انقر هنا', 'تحميل', 'تحميل المزيد', 'جار التحميل', 'الرجاء الانتظار',
  // Arabic: related and more
  'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'ذات صلة', 'قد يهمك أيضا', 'قد يعجبك أيضا', 'اقرأ أيضا',
  'اقرأ المزيد', 'اظهر المزيد', 'عرض المزيد', 'المزيد', 'المزيد من الأخبار', 'الأكثر قراءة', 'الأكثر مشاهدة',
  'الأكثر تعليقا', 'آخر الأخبار', 'أحدث الأخبار', 'الأخبار العاجلة', 'عاجل', 'شاهد أيضا', 'شاهد', 'فيديو', 'صور',
  'وسوم', 'الوسوم', 'كلمات مفتاحية', 'الكلمات الدلالية', 'الكلمات المفتاحية', 'مواضيع', 'تصنيفات',
  // Arabic: share and follow
  'شارك', 'شارك المقال', 'شارك هذا المقال', 'شارك الخبر', 'مشاركة', 'مشاركة الخبر', 'شارك على', 'طباعة', 'إرسال',
  'أرسل لصديق', 'نسخ الرابط', 'تم نسخ الرابط', 'تابعنا', 'تابعونا', 'تابعنا على', 'تابعونا على', 'اشترك', 'اشترك الآن',
  'النشرة البريدية', 'اشترك في النشرة البريدية', 'البريد الإلكتروني', 'فيسبوك', 'فيس بوك', 'تويتر', 'واتساب', 'واتس اب',
  'تيليجرام', 'تلغرام', 'لينكدإن', 'إنستغرام', 'يوتيوب',
  // Arabic: legal and ads
  'جميع الحقوق محفوظة', 'حقوق النشر محفوظة', 'إعلان', 'اعلان', 'محتوى إعلاني', 'مساحة إعلانية', 'سياسة الخصوصية',
  'شروط الاستخدام', 'اتصل بنا', 'من نحن', 'أعلن معنا',
  // wire end markers
  'انتهى', 'انتهى الخبر', 'إنتهى', 'ع ع', 'يتبع', 'تابع',
  // English
  'exit mobile version', 'share', 'share this', 'share this article', 'tweet', 'read more', 'read also', 'see also',
  'related', 'related articles', 'related posts', 'related news', 'leave a comment', 'leave a reply', 'comments',
  'add comment', 'cancel reply', 'subscribe', 'newsletter', 'home', 'menu', 'search', 'close', 'skip to content',
  'back to top', 'follow us', 'print', 'email', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'copy link',
  'advertisement', 'loading', 'accept', 'privacy policy', 'terms of use', 'all rights reserved', 'next', 'previous',
  'more', 'show more', 'load more', 'contact us', 'about us', 'sign in', 'log in', 'register',
]);

/** Single words that make up share bars and menus; a short line made only of these is chrome. */
export const UI_WORD_KEYS: ReadonlySet<string> = keys([
  'شارك', 'مشاركة', 'فيسبوك', 'تويتر', 'واتساب', 'تيليجرام', 'تلغرام', 'لينكدإن', 'إنستغرام', 'يوتيوب', 'طباعة',
  'إرسال', 'البريد', 'الإلكتروني', 'نسخ', 'الرابط', 'الرئيسية', 'بحث', 'القائمة', 'إغلاق', 'المزيد', 'التالي',
  'السابق', 'share', 'tweet', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit',
  'messenger', 'email', 'print', 'copy', 'link', 'home', 'menu', 'search', 'close', 'more', 'next', 'previous', 'x',
  'إكس', 'انستغرام', 'إنستغرام', 'سناب', 'سناب شات', 'تيك توك',
]);

/**
 * Patterns that mark a whole line as chrome wherever it sits (comment-form notices, captcha and
 * cookie notices, "read also" links, copyright lines, a paper's own "link to this story" line).
 */
export const CHROME_PATTERNS: readonly { re: RegExp; reason: string }[] = [
  { re: /لن يتم نشر (عنوان )?بريدك/u, reason: 'comment-form' },
  { re: /الحقول الإلزامية مشار إليها/u, reason: 'comment-form' },
  { re: /your email address will not be published/i, reason: 'comment-form' },
  { re: /reCAPTCHA|captcha/i, reason: 'captcha-notice' },
  { re: /\bcookies?\b.*\b(use|accept|policy|consent)|\b(use|accept)\b.*\bcookies?\b/i, reason: 'cookie-notice' },
  { re: /ملفات تعريف الارتباط|الكوكيز|الكوكيز/u, reason: 'cookie-notice' },
  { re: /^(?:اقرأ|إقرأ|اقرا|شاهد|طالع)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد|كذلك)\s*[:：]/u, reason: 'read-also' },
  { re: /^(?:read (?:also|more)|see also|related)\s*:/i, reason: 'read-also' },
  { re: /جميع الحقوق محفوظة|all rights reserved|^©|^copyright\b/iu, reason: 'copyright' },
  { re: /^رابط (?:الخبر|المقال|الموضوع)\b/u, reason: 'story-link' },
  { re: /^(?:تابعونا|تابعنا|تابعوا)\s+(?:على|عبر)\b/u, reason: 'follow-us' },
  { re: /^(?:شارك|شاركوا|مشاركة)\s+(?:على|عبر|هذا|الخبر|المقال)/u, reason: 'share' },
  { re: /^(?:share|follow us|subscribe)\b.{0,40}$/i, reason: 'share' },
  { re: /^(?:شارك|شاركوا|مشاركة|انشر)\s*[:：]/u, reason: 'share' },
  { re: /^(?:https?:\/\/|www\.)\S+$/i, reason: 'bare-url' },
];

/** Section words; a short line made of "أخبار"/"اخبار" plus one or two words, or of one of these, is a category label. */
export const CATEGORY_KEYS: ReadonlySet<string> = keys([
  'أخبار', 'الأخبار', 'سياسة', 'السياسة', 'اقتصاد', 'الاقتصاد', 'اقتصاد وأعمال', 'مال وأعمال', 'رياضة', 'الرياضة',
  'منوعات', 'محليات', 'دوليات', 'عربي ودولي', 'عربي وعالمي', 'عربي', 'دولي', 'العالم', 'عالمي', 'ثقافة', 'الثقافة',
  'ثقافة وفنون', 'فن', 'فنون', 'الفن', 'تكنولوجيا', 'تقنية', 'علوم', 'علوم وتكنولوجيا', 'صحة', 'الصحة', 'مجتمع',
  'حوادث', 'تحقيقات', 'رأي', 'آراء', 'مقالات', 'مقالات الرأي', 'تقارير', 'ملفات', 'أخبار عاجلة', 'سياسي', 'اقتصادي',
  'politics', 'world', 'business', 'economy', 'sports', 'sport', 'news', 'culture', 'opinion', 'technology', 'health',
]);

/** Key prefixes of "news" section labels: `اخبار سياسية`, `الاخبار الاقتصادية`, glued `الاخبارالاقتصادية`. */
export const CATEGORY_HEADS: readonly string[] = ['الاخبار', 'اخبار'];

/** Words that make a short name look like a site or publication rather than a person. */
export const SITE_WORD_KEYS: ReadonlySet<string> = keys([
  'الإخبارية', 'الاخبارية', 'الإخباري', 'نيوز', 'news', 'الآن', 'اليوم', 'بوابة', 'صحيفة', 'جريدة', 'موقع', 'شبكة',
  'قناة', 'تايمز', 'بوست', 'برس', 'أونلاين', 'اونلاين', 'online', 'العربية', 'الجزيرة', 'سكاي', 'times', 'post',
  'press', 'daily', 'tv', 'net', 'com', 'وكالة', 'مجلة', 'الرقمية', 'الإلكترونية', 'نت', 'الحدث', 'الخبر', 'الأنباء',
]);

/** A place gazetteer for datelines (capitals, large cities, Saudi and Gulf cities, regions). */
export const PLACE_NAMES: readonly string[] = [
  'الرياض', 'جدة', 'مكة المكرمة', 'مكة', 'المدينة المنورة', 'المدينة', 'الدمام', 'الخبر', 'الظهران', 'الطائف',
  'أبها', 'تبوك', 'حائل', 'جازان', 'جيزان', 'نجران', 'القصيم', 'بريدة', 'عنيزة', 'الأحساء', 'الجبيل', 'ينبع',
  'الباحة', 'عرعر', 'سكاكا', 'الجوف', 'القطيف', 'خميس مشيط', 'الحد الجنوبي', 'المنطقة الشرقية', 'الخرج', 'الدرعية',
  'أبوظبي', 'أبو ظبي', 'دبي', 'الشارقة', 'عجمان', 'رأس الخيمة', 'الفجيرة', 'العين', 'الدوحة', 'المنامة', 'الكويت',
  'مسقط', 'صلالة', 'صنعاء', 'عدن', 'تعز', 'الحديدة', 'مأرب', 'صعدة', 'حضرموت', 'المكلا', 'بغداد', 'البصرة',
  'الموصل', 'أربيل', 'كركوك', 'النجف', 'كربلاء', 'الفلوجة', 'الرمادي', 'دمشق', 'حلب', 'حمص', 'حماة', 'إدلب',
  'اللاذقية', 'درعا', 'دير الزور', 'الرقة', 'بيروت', 'طرابلس', 'صيدا', 'صور', 'عمان', 'عمّان', 'إربد', 'الزرقاء',
  'القدس', 'رام الله', 'غزة', 'نابلس', 'الخليل', 'جنين', 'بيت لحم', 'تل أبيب', 'القاهرة', 'الإسكندرية', 'الجيزة',
  'أسوان', 'الأقصر', 'بورسعيد', 'السويس', 'الإسماعيلية', 'سيناء', 'العريش', 'الخرطوم', 'أم درمان', 'جوبا',
  'بنغازي', 'مصراتة', 'سرت', 'تونس', 'صفاقس', 'الجزائر', 'وهران', 'قسنطينة', 'الرباط', 'الدار البيضاء', 'مراكش',
  'فاس', 'طنجة', 'نواكشوط', 'مقديشو', 'جيبوتي', 'موروني', 'طهران', 'مشهد', 'أنقرة', 'إسطنبول', 'اسطنبول', 'كابول',
  'إسلام أباد', 'كراتشي', 'لاهور', 'نيودلهي', 'مومباي', 'بكين', 'شنغهاي', 'هونغ كونغ', 'طوكيو', 'سيول', 'سول',
  'بيونغ يانغ', 'بيونغيانغ', 'بيونج يانج', 'موسكو', 'سان بطرسبرغ', 'كييف', 'مينسك', 'وارسو', 'برلين', 'باريس',
  'لندن', 'مدريد', 'روما', 'الفاتيكان', 'جنيف', 'زيورخ', 'فيينا', 'بروكسل', 'لاهاي', 'أمستردام', 'أثينا', 'لشبونة',
  'ستوكهولم', 'أوسلو', 'كوبنهاغن', 'هلسنكي', 'دبلن', 'بودابست', 'براغ', 'بوخارست', 'صوفيا', 'بلغراد', 'واشنطن',
  'نيويورك', 'لوس أنجلوس', 'شيكاغو', 'أوتاوا', 'تورونتو', 'مكسيكو', 'برازيليا', 'ساو باولو', 'بوينس آيرس', 'كاراكاس',
  'هافانا', 'سيدني', 'كانبرا', 'جاكرتا', 'كوالالمبور', 'سنغافورة', 'مانيلا', 'بانكوك', 'هانوي', 'دكا', 'كولومبو',
  'أديس أبابا', 'نيروبي', 'لاغوس', 'أبوجا', 'داكار', 'باماكو', 'جوهانسبرغ', 'بريتوريا', 'كيب تاون', 'الأمم المتحدة',
  'نيقوسيا', 'باكو', 'يريفان', 'تبليسي', 'طشقند', 'أستانا', 'الفلبين', 'اليمن', 'سوريا', 'لبنان', 'العراق', 'ليبيا',
  'مصر', 'السودان', 'فلسطين', 'الأردن', 'السعودية', 'قطر', 'البحرين', 'الإمارات', 'عُمان', 'المغرب', 'موريتانيا',
  'كوريا الجنوبية', 'كوريا الشمالية', 'روسيا', 'أوكرانيا', 'الصين', 'اليابان', 'الهند', 'باكستان', 'أفغانستان',
  'إيران', 'تركيا', 'فرنسا', 'ألمانيا', 'بريطانيا', 'إيطاليا', 'إسبانيا', 'الولايات المتحدة', 'كندا',
];

/** Keys of {@link PLACE_NAMES}. */
export const PLACE_KEYS: ReadonlySet<string> = keys(PLACE_NAMES);
