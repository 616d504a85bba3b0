import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { TimelineRow } from '../api/types.js';
import { useI18n } from '../i18n.js';
import { eventTypeLabel, grainLabel } from '../format.js';
import { href } from '../router.js';
import { DAY, fullDomain, placeRows, ticks } from './timelineScale.js';

const LANE = 26;
const AXIS = 34;
const LABELS = 230;
const PAD = 12;

/** A row's label: the event type in the interface language, then the summary without its leading type code. */
export function rowLabel(r: TimelineRow, lang: 'ar' | 'en'): string {
  const summary = r.summary.startsWith(r.type) ? r.summary.slice(r.type.length).trim() : r.summary.trim();
  return summary ? `${eventTypeLabel(r.type, lang)}: ${summary}` : eventTypeLabel(r.type, lang);
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/**
 * A zoomable SVG chart of timeline rows. Granularity and uncertainty are drawn as they are: a
 * day is a point; a month, a year or an interval is a bar from its first to its last possible
 * day; rows resting on inferred dates are dashed; background events are grey; opacity follows
 * confidence. Zoom with the buttons or the wheel (around the pointer), pan by dragging or with
 * the arrow buttons. Time runs in the interface's direction (right to left in Arabic).
 */
export function TimelineChart({ rows }: { rows: readonly TimelineRow[] }) {
  const { t, lang, dir } = useI18n();
  const placed = useMemo(() => placeRows(rows), [rows]);
  const all = useMemo(() => fullDomain(placed), [placed]);
  // Start on what the story reports: background events (a war years ago) would squeeze it into a sliver.
  const domain = useMemo(() => {
    const current = placed.filter((p) => !p.row.background);
    return current.length > 0 && current.length < placed.length ? fullDomain(current) : all;
  }, [placed, all]);
  const [view, setView] = useState<[number, number]>(domain);
  useEffect(() => setView(domain), [domain]);
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w && w > 200) setWidth(Math.floor(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const rtl = dir === 'rtl';
  const chartW = Math.max(100, width - LABELS - 2 * PAD);
  const chartX0 = rtl ? PAD : LABELS + PAD;
  const [v0, v1] = view;
  const x = useCallback(
    (ms: number) => {
      const f = (ms - v0) / (v1 - v0);
      return rtl ? chartX0 + chartW - f * chartW : chartX0 + f * chartW;
    },
    [v0, v1, rtl, chartX0, chartW],
  );
  const timeAt = useCallback(
    (px: number) => {
      const f = rtl ? (chartX0 + chartW - px) / chartW : (px - chartX0) / chartW;
      return v0 + f * (v1 - v0);
    },
    [v0, v1, rtl, chartX0, chartW],
  );

  const zoom = useCallback(
    (factor: number, around?: number) => {
      setView(([a, b]) => {
        const c = around ?? (a + b) / 2;
        const span = Math.min(Math.max((b - a) * factor, 2 * DAY), 400 * 365 * DAY);
        const f = (c - a) / (b - a);
        return [c - f * span, c - f * span + span];
      });
    },
    [],
  );
  const pan = useCallback((fraction: number) => {
    setView(([a, b]) => [a + (b - a) * fraction, b + (b - a) * fraction]);
  }, []);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = svg.getBoundingClientRect();
      zoom(e.deltaY > 0 ? 1.25 : 0.8, timeAt(e.clientX - rect.left));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [zoom, timeAt]);

  const drag = useRef<{ px: number; view: [number, number] } | null>(null);
  const onPointerDown = (e: ReactPointerEvent<SVGRectElement>) => {
    drag.current = { px: e.clientX, view };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: ReactPointerEvent<SVGRectElement>) => {
    const d = drag.current;
    if (!d) return;
    const dt = ((e.clientX - d.px) / chartW) * (d.view[1] - d.view[0]) * (rtl ? 1 : -1);
    setView([d.view[0] + dt, d.view[1] + dt]);
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  if (placed.length === 0) return <p className="muted">{t('noTimeline')}</p>;
  const height = AXIS + placed.length * LANE + PAD;
  const labelX = rtl ? width - PAD : PAD;
  const tickList = ticks(v0, v1);
  const clipId = 'tl-clip';

  return (
    <div className="timeline" ref={wrapRef} data-testid="timeline-chart">
      <div className="timeline-tools" role="toolbar">
        <button type="button" onClick={() => zoom(0.66)} aria-label={t('zoomIn')} data-testid="zoom-in">
          +
        </button>
        <button type="button" onClick={() => zoom(1.5)} aria-label={t('zoomOut')} data-testid="zoom-out">
          −
        </button>
        <button type="button" onClick={() => pan(-0.25)}>{t('panBack')}</button>
        <button type="button" onClick={() => pan(0.25)}>{t('panForward')}</button>
        <button type="button" onClick={() => setView(domain)}>{t('zoomReset')}</button>
        {all !== domain ? (
          <button type="button" onClick={() => setView(all)} data-testid="zoom-all">
            {t('zoomAll')}
          </button>
        ) : null}
        <span className="muted timeline-view" dir="ltr" data-testid="timeline-view">
          {new Date(v0).toISOString().slice(0, 10)} … {new Date(v1).toISOString().slice(0, 10)}
        </span>
      </div>
      <svg ref={svgRef} width={width} height={height} className="timeline-svg" role="img" aria-label={t('timeline')}>
        <defs>
          <clipPath id={clipId}>
            <rect x={chartX0} y={0} width={chartW} height={height} />
          </clipPath>
        </defs>
        <rect className="tl-drag" x={chartX0} y={0} width={chartW} height={height} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} />
        <g clipPath={`url(#${clipId})`}>
          {tickList.map((tk) => (
            <g key={tk.t} className={tk.major ? 'tl-tick major' : 'tl-tick'}>
              <line x1={x(tk.t)} x2={x(tk.t)} y1={AXIS - 6} y2={height} />
              <text x={x(tk.t)} y={AXIS - 12} textAnchor="middle" direction="ltr">
                {tk.label}
              </text>
            </g>
          ))}
        </g>
        {placed.map((p, i) => {
          const y = AXIS + i * LANE + LANE / 2;
          const r = p.row;
          const cls = ['tl-item', r.background ? 'background' : '', p.inferred ? 'inferred' : ''].filter(Boolean).join(' ');
          const sources = [...new Set(r.sources.map((s) => s.publisher).filter(Boolean))].join('، ');
          const tip = [
            `${r.time} (${grainLabel(r.grain, lang)})`,
            r.earliest === r.latest ? r.earliest : `${r.earliest} … ${r.latest}`,
            `${eventTypeLabel(r.type, lang)}: ${r.summary}`,
            sources,
            p.inferred ? t('inferred') : '',
            r.background ? t('background') : '',
          ]
            .filter(Boolean)
            .join('\n');
          const link = href('story', r.storyId, { focus: `event-${r.eventId}` });
          const x1 = x(p.from);
          const x2 = x(p.to);
          const left = Math.min(x1, x2);
          const w = Math.max(Math.abs(x2 - x1), 4);
          return (
            <g key={`${r.eventId}-${i}`} className={cls} data-grain={r.grain} data-inferred={p.inferred ? 'true' : 'false'} data-shape={p.point ? 'point' : 'bar'} opacity={0.45 + 0.55 * Math.max(0, Math.min(1, r.confidence))}>
              <a href={link}>
                <title>{tip}</title>
                <text x={labelX} y={y + 5} textAnchor="start" className="tl-label">
                  {truncate(rowLabel(r, lang), 40)}
                </text>
              </a>
              <line className="tl-lane" x1={chartX0} x2={chartX0 + chartW} y1={y} y2={y} />
              <g clipPath={`url(#${clipId})`}>
                <a href={link}>
                  <title>{tip}</title>
                  {p.point ? <circle cx={(x1 + x2) / 2} cy={y} r={6} /> : <rect x={left} y={y - 6} width={w} height={12} rx={3} />}
                </a>
              </g>
            </g>
          );
        })}
      </svg>
      <p className="muted small">{t('timelineHelp')}</p>
    </div>
  );
}
