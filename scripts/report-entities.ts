/**
 * Report the biggest canonical entities of a Marsad database, per type, with their aliases — for
 * judging merges by eye (issue 6, "resolution at scale").
 *
 *   npx tsx scripts/report-entities.ts --db PATH [--top 30]
 */
import { parseArgs } from 'node:util';
import { SqliteKnowledge } from '../src/store/sqliteKnowledge.js';
import { openSqliteStore } from '../src/store/sqliteStore.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, top: { type: 'string', default: '30' } } });
if (!values.db) {
  console.error('usage: npx tsx scripts/report-entities.ts --db PATH [--top 30]');
  process.exit(2);
}
const store = openSqliteStore(values.db, { readonly: true });
const kb = new SqliteKnowledge(store.db);
const top = Number(values.top);
const stats = kb.corpusStats();
console.log(`${stats.entities} entities; ${stats.stories} stories; ${stats.storylines} storylines; ${stats.duplicates} duplicate articles`);
for (const type of ['PER', 'LOC', 'ORG', 'MISC'] as const) {
  const page = kb.listEntities({ type, limit: top });
  console.log(`\n## ${type}: ${page.total} entities; top ${top}`);
  page.items.forEach((e, i) => {
    const d = kb.getEntity(e.id, { mentionLimit: 0 });
    const aliases = (d?.aliases ?? [])
      .slice(0, 8)
      .map((a) => `${a.text} (${a.count})`)
      .join('، ');
    const more = (d?.aliases.length ?? 0) > 8 ? ` … +${(d?.aliases.length ?? 0) - 8}` : '';
    console.log(`${String(i + 1).padStart(2)}. ${e.name} — ${e.nameLatin} [${e.id}] ${e.mentionCount} mentions, ${e.articleCount} articles; aliases: ${aliases}${more}`);
  });
}
store.close();
