/** Development helper: print the index term and name key of words. `npx tsx scripts/search-terms.ts WORD...` */
import { tokenKey } from '../src/arabic/nameKey.js';
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';

const res = createArabicResources(loadArabicLexicon());
for (const w of process.argv.slice(2)) {
  const t = res.term(w);
  console.log(`${w}\t${t}\t${t === null ? '' : tokenKey(t)}`);
}
