// The timeline over schema:datePublished: statements counted per month (per year when the
// articles span more than three years), as bars a click turns into the view's date range.
// Pure: main.ts draws the buckets.

export interface TimeBucket {
  /** "YYYY-MM" or "YYYY": also the range's both ends when the bar is chosen. */
  key: string;
  label: string;
  count: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Past this many months, bars are years (a bar must stay wide enough to click). */
const MAX_MONTH_BARS = 36;

/** Buckets from the first to the last dated statement, empty ones included (gaps are news too). */
export function timeBuckets(dates: Iterable<string | undefined>): TimeBucket[] {
  const months = new Map<string, number>();
  for (const d of dates) {
    const m = d ? /^(\d{4})-(\d{2})/.exec(d) : null;
    if (m) months.set(`${m[1]}-${m[2]}`, (months.get(`${m[1]}-${m[2]}`) ?? 0) + 1);
  }
  if (!months.size) return [];
  const keys = [...months.keys()].sort();
  const [y0, m0] = keys[0].split('-').map(Number);
  const [y1, m1] = keys[keys.length - 1].split('-').map(Number);
  const span = (y1 - y0) * 12 + (m1 - m0) + 1;
  if (span > MAX_MONTH_BARS) {
    const years: TimeBucket[] = [];
    for (let y = y0; y <= y1; y++) {
      let count = 0;
      for (let m = 1; m <= 12; m++) count += months.get(`${y}-${String(m).padStart(2, '0')}`) ?? 0;
      years.push({ key: String(y), label: String(y), count });
    }
    return years;
  }
  const out: TimeBucket[] = [];
  for (let i = 0; i < span; i++) {
    const y = y0 + Math.floor((m0 - 1 + i) / 12);
    const m = ((m0 - 1 + i) % 12) + 1;
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ key, label: `${MONTHS[m - 1]} ${y}`, count: months.get(key) ?? 0 });
  }
  return out;
}
