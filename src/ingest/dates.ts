// Publication dates as written in feeds and pages → ISO 8601 (xsd:date or xsd:dateTime).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Normalizes a date string: ISO 8601 kept as written; anything else Date can read becomes an ISO
 * date (midnight UTC) or date-time; unreadable → undefined.
 */
export function normalizeDate(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s.replace(' ', 'T');
  // Reuters/newswire style: 27-MAR-1987 00:02:59.13 (anything after it ignored)
  const wire = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
  if (wire) {
    const month = MONTHS.indexOf(wire[2].toLowerCase()) + 1;
    if (month > 0) {
      const date = `${wire[3]}-${String(month).padStart(2, '0')}-${wire[1].padStart(2, '0')}`;
      return wire[4] ? `${date}T${wire[4]}:${wire[5]}:${wire[6] ?? '00'}` : date;
    }
  }
  // Read zone-less dates as UTC (not the machine's zone), so the result does not depend on it.
  const zoned = /(?:\b(?:Z|GMT|UTC)\b|[+-]\d{2}:?\d{2}\s*$|\b[A-Z]{2,4}T\s*$)/.test(s);
  let t = zoned ? Date.parse(s) : Date.parse(`${s} UTC`);
  if (Number.isNaN(t)) t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const iso = new Date(t).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
