import type { ArticleDetail, StoryDetail } from '../api/types.js';
import type { Mark } from '../components/Highlighted.js';
import { entityTypeLabel, eventTypeLabel, grainLabel, modalityLabel, qualifierLabel } from '../format.js';
import type { Lang } from '../i18n.js';
import { href } from '../router.js';

function numberText(n: { value?: number; min?: number; max?: number }, lang: Lang): string {
  const f = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en');
  if (n.value !== undefined) return f.format(n.value);
  if (n.min !== undefined || n.max !== undefined) return `${n.min !== undefined ? f.format(n.min) : '?'}–${n.max !== undefined ? f.format(n.max) : '?'}`;
  return '?';
}

/** The kinds of highlight on the article page (each can be switched off in the legend). */
export type MarkKind = 'entity' | 'date' | 'number' | 'quote' | 'claim' | 'event';

/**
 * The highlights of an article: resolved entity mentions (linking to the entity; unresolved
 * ones from the annotation, typed only), dates with their normalised value, numbers with their
 * value, quotes with their speaker, claims, and event triggers (linking to the story's event
 * when the story is known). Titles carry the normalised values shown on hover.
 */
export function articleMarks(a: ArticleDetail, story: StoryDetail | null, lang: Lang, kinds: ReadonlySet<MarkKind>): Mark[] {
  const marks: Mark[] = [];
  const names = new Map<string, string>(story?.entities.map((e) => [e.id, e.nameLatin ? `${e.name} (${e.nameLatin})` : e.name]) ?? []);
  if (kinds.has('entity')) {
    const resolved = a.corpus?.mentions ?? [];
    for (const m of resolved) {
      const name = names.get(m.entityId) ?? m.entityId;
      marks.push({ start: m.start, end: m.end, cls: `m-entity m-${m.type}`, kind: 'entity', title: `${entityTypeLabel(m.type, lang)}: ${name}`, href: href('entity', m.entityId) });
    }
    const covered = (s: number, e: number) => resolved.some((m) => m.start < e && s < m.end);
    for (const m of a.annotations.entities?.mentions ?? []) {
      if (covered(m.start, m.end)) continue;
      const roles = m.roles?.map((r) => r.text).join('، ');
      marks.push({ start: m.start, end: m.end, cls: `m-entity m-${m.type === 'PERS' ? 'PER' : m.type}`, kind: 'entity', title: `${entityTypeLabel(m.type, lang)}: ${m.text}${roles ? ` — ${roles}` : ''}` });
    }
  }
  if (kinds.has('date')) {
    for (const x of a.annotations.time?.timexes ?? []) {
      const v = x.begin || x.end ? `${x.begin ?? '?'} … ${x.end ?? '?'}` : x.value;
      const extra = [grainLabel(x.grain, lang), x.inferred ? (lang === 'ar' ? 'مستنتج' : 'inferred') : '', x.note ?? ''].filter(Boolean).join(' · ');
      marks.push({ start: x.span[0], end: x.span[1], cls: x.inferred ? 'm-date inferred' : 'm-date', kind: 'date', title: `${v} (${extra})` });
    }
  }
  if (kinds.has('number')) {
    for (const n of a.annotations.numbers ?? []) {
      const q = n.qualifier !== 'exact' ? ` [${qualifierLabel(n.qualifier, lang)}]` : '';
      marks.push({ start: n.start, end: n.end, cls: 'm-number', kind: 'number', title: `${numberText(n, lang)}${n.unit ? ` ${n.unit}` : ''}${q}` });
    }
  }
  if (kinds.has('quote')) {
    for (const q of a.annotations.events?.quotes ?? []) {
      const who = q.speaker?.text ?? (lang === 'ar' ? 'قائل غير مذكور' : 'speaker not stated');
      marks.push({ start: q.start, end: q.end, cls: 'm-quote', kind: 'quote', title: `${lang === 'ar' ? 'اقتباس' : 'quote'} — ${who}`, ...(q.speaker?.entityId ? { href: href('entity', q.speaker.entityId) } : {}) });
    }
  }
  if (kinds.has('claim')) {
    for (const c of a.annotations.events?.claims ?? []) {
      const who = c.attribution?.text ? ` — ${c.attribution.text}` : '';
      marks.push({ start: c.start, end: c.end, cls: 'm-claim', kind: 'claim', title: `${numberText(c, lang)} ${c.what ?? c.unit ?? ''} [${qualifierLabel(c.qualifier, lang)}] (${c.predicate})${who}` });
    }
  }
  if (kinds.has('event')) {
    for (const e of a.annotations.events?.events ?? []) {
      // The story event this mention was merged into: a source in this article overlapping its sentence.
      const storyEvent = story?.events.find((se) => se.sources.some((s) => s.articleId === a.id && s.start < e.sentence.end && e.sentence.start < s.end));
      const when = e.time ? ` · ${e.time.value}${e.time.inferred ? (lang === 'ar' ? ' (مستنتج)' : ' (inferred)') : ''}` : '';
      const target = storyEvent && story ? href('story', story.id, { focus: `event-${storyEvent.id}` }) : story ? href('story', story.id) : undefined;
      marks.push({
        start: e.trigger.start,
        end: e.trigger.end,
        cls: 'm-event',
        kind: 'event',
        title: `${eventTypeLabel(e.type, lang)} · ${modalityLabel(e.modality, lang)}${when}`,
        ...(target ? { href: target } : {}),
      });
    }
  }
  return marks;
}
