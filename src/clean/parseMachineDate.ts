/** Parse an ISO-like or RFC 822 date string into ISO 8601 (local time kept as written), or null. */
export function parseMachineDate(s: string): string | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (iso) {
    const [, y, mo, d, h, mi, se, z] = iso;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const zone = z === undefined ? '' : z === 'Z' ? 'Z' : z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${se ?? '00'}${zone}`;
  }
  // RFC 822 / 1123 as used by RSS: "Tue, 03 Dec 2024 06:45:00 +0300"
  if (/^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}/.test(t)) {
    const ms = Date.parse(t);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  return null;
}
