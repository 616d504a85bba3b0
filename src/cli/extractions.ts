import { exportArticleEvents, exportClaims, exportQuotes, formatClaims, formatEvents, formatQuotes } from '../events/exportEvents.js';
import type { ExportClaim, ExportEvent, ExportQuote } from '../events/exportEvents.js';
import { MarsadError } from '../core/errors.js';
import type { StoredArticle } from '../store/store.js';
import { parse } from './args.js';
import { withStore } from './withStore.js';
import type { CliContext, Command } from './context.js';

type Kind = 'events' | 'quotes' | 'claims';

function collect(a: StoredArticle, kind: Kind): (ExportEvent | ExportQuote | ExportClaim)[] {
  const ann = a.annotations.events;
  if (!ann) return [];
  const id = String(a.id);
  if (kind === 'events') return exportArticleEvents(id, a.text, ann.events);
  if (kind === 'quotes') return exportQuotes(id, ann.quotes);
  return exportClaims(id, ann.claims);
}

function command(kind: Kind, summary: string): Command {
  return {
    name: kind,
    summary,
    usage: `marsad ${kind} [--article ID] [--limit N] [--db PATH] [--json]`,
    async run(argv: string[], ctx: CliContext) {
      const { values } = parse(argv, { article: { type: 'string' }, limit: { type: 'string' } }, false);
      if (values.article !== undefined && !/^\d+$/.test(values.article)) throw new MarsadError('USAGE', '--article must be an article id');
      if (values.limit !== undefined && !/^\d+$/.test(values.limit)) throw new MarsadError('USAGE', '--limit must be a number');
      const limit = values.limit === undefined ? Infinity : Number(values.limit);
      return withStore(values, ctx, (store) => {
        const out: (ExportEvent | ExportQuote | ExportClaim)[] = [];
        if (values.article !== undefined) {
          const a = store.getArticle(Number(values.article));
          if (!a) {
            ctx.io.err(`no article with id ${values.article}`);
            return 1;
          }
          out.push(...collect(a, kind));
        } else {
          for (const a of store.iterateArticles()) {
            out.push(...collect(a, kind));
            if (out.length >= limit) break;
          }
        }
        const rows = out.slice(0, limit);
        if (values.json) ctx.io.out(JSON.stringify(rows, null, 2));
        else if (rows.length === 0) ctx.io.out(`no ${kind}`);
        else if (kind === 'events') ctx.io.out(formatEvents(rows as ExportEvent[]));
        else if (kind === 'quotes') ctx.io.out(formatQuotes(rows as ExportQuote[]));
        else ctx.io.out(formatClaims(rows as ExportClaim[]));
        return 0;
      });
    },
  };
}

/** `marsad events`: typed events with arguments, modality, time and their source spans. */
export const eventsCommand = command('events', 'events (visits, meetings, agreements, statements…) with arguments and sources');
/** `marsad quotes`: direct and indirect quotes with their speakers. */
export const quotesCommand = command('quotes', 'direct and indirect quotes with their speakers');
/** `marsad claims`: numeric claims with what is counted, attribution and time. */
export const claimsCommand = command('claims', 'numeric claims: value, what is counted, attribution, time');
