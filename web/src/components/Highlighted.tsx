import type { ReactNode } from 'react';

/** A highlighted range of a text: `[start, end)` in UTF-16 offsets, as the API gives them. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  /** CSS class (one per kind: `m-entity`, `m-date` …). */
  readonly cls: string;
  /** Shown on hover (normalised value, entity name …). */
  readonly title?: string;
  /** In-app link target on click. */
  readonly href?: string;
  /** Extra data attribute value for tests and styling (`data-kind`). */
  readonly kind?: string;
}

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
}

/**
 * Cut `text` at every mark boundary; each piece carries the marks covering it (marks may nest
 * or overlap: an entity inside a quote, a number inside a claim). Out-of-range marks are clipped.
 */
export function segment(text: string, marks: readonly Mark[]): Segment[] {
  const n = text.length;
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(n, m.start)), end: Math.max(0, Math.min(n, m.end)) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, n]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    out.push({ start: s, end: e, marks: valid.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}

/**
 * Text with highlighted ranges, built from offsets as React elements: the text is only ever a
 * text node (never parsed as HTML), so markup in a hostile article is shown, not run. A piece
 * covered by several marks gets all their classes; its tooltip joins their titles; a click
 * follows the narrowest mark that has a link.
 */
export function HighlightedText({ text, marks, className }: { text: string; marks: readonly Mark[]; className?: string }) {
  const pieces: ReactNode[] = segment(text, marks).map((seg) => {
    const body = text.slice(seg.start, seg.end);
    if (seg.marks.length === 0) return body;
    const byWidth = [...seg.marks].sort((a, b) => a.end - a.start - (b.end - b.start));
    const cls = ['mark', ...new Set(byWidth.map((m) => m.cls))].join(' ');
    const title = [...new Set(byWidth.map((m) => m.title).filter((x): x is string => !!x))].join('\n');
    const link = byWidth.find((m) => m.href)?.href;
    const kinds = [...new Set(byWidth.map((m) => m.kind ?? m.cls))].join(' ');
    const key = `${seg.start}-${seg.end}`;
    return link ? (
      <a key={key} className={cls} href={link} data-kind={kinds} {...(title ? { title } : {})}>
        {body}
      </a>
    ) : (
      <span key={key} className={cls} data-kind={kinds} {...(title ? { title } : {})}>
        {body}
      </span>
    );
  });
  return <span className={className}>{pieces}</span>;
}

/** Text with `[start, end)` ranges shown as `<mark>` elements (built from offsets, never parsed as HTML). */
export function Marked({ text, highlights }: { text: string; highlights: readonly (readonly [number, number])[] }) {
  const marks: Mark[] = highlights.map(([start, end]) => ({ start, end, cls: 'hit' }));
  return (
    <>
      {segment(text, marks).map((seg) => {
        const body = text.slice(seg.start, seg.end);
        return seg.marks.length ? <mark key={seg.start}>{body}</mark> : body;
      })}
    </>
  );
}

/** A search snippet with its highlighted ranges; an ellipsis where the passage was cut. */
export function Snippet({ text, highlights, cutStart, cutEnd }: { text: string; highlights: readonly (readonly [number, number])[]; cutStart?: boolean; cutEnd?: boolean }) {
  return (
    <p className="snippet" lang="ar" dir="rtl">
      {cutStart ? '… ' : null}
      <Marked text={text} highlights={highlights} />
      {cutEnd ? ' …' : null}
    </p>
  );
}
