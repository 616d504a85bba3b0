/** A country with its Arabic names, nisba adjectives and capital (written for Marsad). */
export interface CountryInfo {
  /** English short name. */
  readonly latin: string;
  /** Arabic names; the first is canonical. */
  readonly ar: readonly string[];
  /** Masculine nisba adjectives with the article (feminine forms are derived: +ة). */
  readonly nisba: readonly string[];
  /** Capital: Arabic spellings (first canonical) and English name. */
  readonly capital?: { readonly ar: readonly string[]; readonly latin: string };
}

const c = (latin: string, ar: string, nisba: string, capital?: string, capitalLatin?: string): CountryInfo => {
  const out: { latin: string; ar: string[]; nisba: string[]; capital?: { ar: string[]; latin: string } } = {
    latin,
    ar: ar.split('|'),
    nisba: nisba.split('|').filter((s) => s !== ''),
  };
  if (capital !== undefined && capitalLatin !== undefined) out.capital = { ar: capital.split('|'), latin: capitalLatin };
  return out;
};

/**
 * A small hand-written country list (Arab world, neighbours, major powers), used by the
 * gazetteer builder and by entity resolution for nisba → country relations. Spellings joined
 * by `|` are variants.
 */
export const COUNTRIES: readonly CountryInfo[] = [
  c('Saudi Arabia', 'السعودية|المملكة العربية السعودية', 'السعودي', 'الرياض', 'Riyadh'),
  c('Egypt', 'مصر', 'المصري', 'القاهرة', 'Cairo'),
  c('Jordan', 'الأردن', 'الأردني', 'عمان', 'Amman'),
  c('Syria', 'سوريا|سورية', 'السوري', 'دمشق', 'Damascus'),
  c('Lebanon', 'لبنان', 'اللبناني', 'بيروت', 'Beirut'),
  c('Iraq', 'العراق', 'العراقي', 'بغداد', 'Baghdad'),
  c('Kuwait', 'الكويت', 'الكويتي', 'الكويت', 'Kuwait City'),
  c('Qatar', 'قطر', 'القطري', 'الدوحة', 'Doha'),
  c('Bahrain', 'البحرين', 'البحريني', 'المنامة', 'Manama'),
  c('United Arab Emirates', 'الإمارات|الإمارات العربية المتحدة|دولة الإمارات', 'الإماراتي', 'أبوظبي|أبو ظبي', 'Abu Dhabi'),
  c('Oman', 'عمان|سلطنة عمان', 'العماني', 'مسقط', 'Muscat'),
  c('Yemen', 'اليمن', 'اليمني', 'صنعاء', "Sana'a"),
  c('Palestine', 'فلسطين', 'الفلسطيني', 'رام الله', 'Ramallah'),
  c('Israel', 'إسرائيل', 'الإسرائيلي', 'تل أبيب', 'Tel Aviv'),
  c('Libya', 'ليبيا', 'الليبي', 'طرابلس', 'Tripoli'),
  c('Tunisia', 'تونس', 'التونسي', 'تونس', 'Tunis'),
  c('Algeria', 'الجزائر', 'الجزائري', 'الجزائر', 'Algiers'),
  c('Morocco', 'المغرب', 'المغربي', 'الرباط', 'Rabat'),
  c('Mauritania', 'موريتانيا', 'الموريتاني', 'نواكشوط', 'Nouakchott'),
  c('Sudan', 'السودان', 'السوداني', 'الخرطوم', 'Khartoum'),
  c('Somalia', 'الصومال', 'الصومالي', 'مقديشو', 'Mogadishu'),
  c('Iran', 'إيران', 'الإيراني', 'طهران', 'Tehran'),
  c('Turkey', 'تركيا', 'التركي', 'أنقرة', 'Ankara'),
  c('Afghanistan', 'أفغانستان', 'الأفغاني', 'كابول', 'Kabul'),
  c('Pakistan', 'باكستان', 'الباكستاني', 'إسلام آباد', 'Islamabad'),
  c('India', 'الهند', 'الهندي', 'نيودلهي|نيودلهى', 'New Delhi'),
  c('China', 'الصين', 'الصيني', 'بكين', 'Beijing'),
  c('Japan', 'اليابان', 'الياباني', 'طوكيو', 'Tokyo'),
  c('North Korea', 'كوريا الشمالية', 'الكوري الشمالي', 'بيونغ يانغ|بيونج يانج|بيونغيانغ', 'Pyongyang'),
  c('South Korea', 'كوريا الجنوبية', 'الكوري الجنوبي', 'سيول|سول', 'Seoul'),
  c('Russia', 'روسيا|روسيا الاتحادية', 'الروسي', 'موسكو', 'Moscow'),
  c('Ukraine', 'أوكرانيا', 'الأوكراني', 'كييف|كيف', 'Kyiv'),
  c('United States', 'الولايات المتحدة|أمريكا|أميركا|الولايات المتحدة الأمريكية', 'الأمريكي|الأميركي', 'واشنطن', 'Washington'),
  c('Canada', 'كندا', 'الكندي', 'أوتاوا', 'Ottawa'),
  c('Mexico', 'المكسيك', 'المكسيكي', 'مكسيكو سيتي', 'Mexico City'),
  c('Brazil', 'البرازيل', 'البرازيلي', 'برازيليا', 'Brasilia'),
  c('Argentina', 'الأرجنتين', 'الأرجنتيني', 'بوينس آيرس', 'Buenos Aires'),
  c('United Kingdom', 'بريطانيا|المملكة المتحدة', 'البريطاني', 'لندن', 'London'),
  c('France', 'فرنسا', 'الفرنسي', 'باريس', 'Paris'),
  c('Germany', 'ألمانيا', 'الألماني', 'برلين', 'Berlin'),
  c('Italy', 'إيطاليا', 'الإيطالي', 'روما', 'Rome'),
  c('Spain', 'إسبانيا|اسبانيا', 'الإسباني', 'مدريد', 'Madrid'),
  c('Greece', 'اليونان', 'اليوناني', 'أثينا', 'Athens'),
  c('Netherlands', 'هولندا', 'الهولندي', 'أمستردام', 'Amsterdam'),
  c('Belgium', 'بلجيكا', 'البلجيكي', 'بروكسل', 'Brussels'),
  c('Switzerland', 'سويسرا', 'السويسري', 'برن', 'Bern'),
  c('Sweden', 'السويد', 'السويدي', 'ستوكهولم', 'Stockholm'),
  c('Poland', 'بولندا', 'البولندي', 'وارسو', 'Warsaw'),
  c('Ethiopia', 'إثيوبيا', 'الإثيوبي', 'أديس أبابا', 'Addis Ababa'),
  c('Nigeria', 'نيجيريا', 'النيجيري', 'أبوجا', 'Abuja'),
  c('South Africa', 'جنوب أفريقيا|جنوب إفريقيا', '', 'بريتوريا', 'Pretoria'),
  c('Indonesia', 'إندونيسيا', 'الإندونيسي', 'جاكرتا', 'Jakarta'),
  c('Malaysia', 'ماليزيا', 'الماليزي', 'كوالالمبور', 'Kuala Lumpur'),
  c('Australia', 'أستراليا', 'الأسترالي', 'كانبرا', 'Canberra'),
  c('Vietnam', 'فيتنام', 'الفيتنامي', 'هانوي', 'Hanoi'),
  c('Cuba', 'كوبا', 'الكوبي', 'هافانا', 'Havana'),
  c('Venezuela', 'فنزويلا', 'الفنزويلي', 'كاراكاس', 'Caracas'),
  c('Azerbaijan', 'أذربيجان', 'الأذربيجاني', 'باكو', 'Baku'),
  c('Georgia', 'جورجيا', 'الجورجي', 'تبليسي', 'Tbilisi'),
  c('Belarus', 'بيلاروسيا|روسيا البيضاء', 'البيلاروسي', 'مينسك', 'Minsk'),
  c('Serbia', 'صربيا', 'الصربي', 'بلغراد', 'Belgrade'),
];
