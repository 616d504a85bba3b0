/** Named character references common in news HTML and feeds (the rest are kept as written). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', hellip: '…', mdash: '—', ndash: '–', minus: '−',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', deg: '°', times: '×', divide: '÷', para: '¶', sect: '§',
  zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  euro: '€', pound: '£', yen: '¥', cent: '¢', dollar: '$', percnt: '%', num: '#', excl: '!', quest: '?',
  colon: ':', comma: ',', period: '.', sol: '/', lpar: '(', rpar: ')', lowbar: '_', hyphen: '‐', dash: '‐',
  agrave: 'à', aacute: 'á', acirc: 'â', auml: 'ä', ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê',
  euml: 'ë', icirc: 'î', iuml: 'ï', ocirc: 'ô', ouml: 'ö', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü',
  Eacute: 'É', Agrave: 'À', Ccedil: 'Ç',
};

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Replace character references (`&amp;`, `&#1575;`, `&#x627;`, common named ones) by their characters. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(ENTITY, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Replace only the five XML references and numeric references (for XML text outside CDATA). */
export function decodeXmlEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);/g, (whole) => decodeEntities(whole));
}
