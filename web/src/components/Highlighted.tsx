import type { ReactNode } from 'react';
import { segment } from './segment.js';
import type { Mark } from './segment.js';

export type { Mark } from './segment.js';

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
