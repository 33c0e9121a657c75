// Build progress on stderr: a redrawn bar on a terminal (articles done, articles/s, ETA from the
// share of input bytes done), else one line every `every` articles.
export class Progress {
  private phase = '';
  private count = 0;
  private bytes = 0;
  private totalBytes = 0;
  private started = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly tty: boolean,
    private readonly every = 1000,
  ) {}

  start(phase: string, totalBytes = 0): void {
    this.finish();
    this.phase = phase;
    this.count = 0;
    this.bytes = 0;
    this.totalBytes = totalBytes;
    this.started = Date.now();
    this.lastDraw = 0;
  }

  tick(n: number, bytes = 0): void {
    const before = this.count;
    this.count += n;
    this.bytes += bytes;
    if (this.tty) {
      const now = Date.now();
      if (now - this.lastDraw >= 100) {
        this.lastDraw = now;
        this.draw(now);
      }
    } else if (Math.floor(this.count / this.every) > Math.floor(before / this.every)) {
      const s = (Date.now() - this.started) / 1000;
      this.write(`newskg: ${this.phase}: ${this.count} articles (${s > 0 ? Math.round(this.count / s) : 0}/s)\n`);
    }
  }

  private draw(now: number): void {
    const s = (now - this.started) / 1000;
    const rate = s > 0 ? this.count / s : 0;
    const frac = this.totalBytes > 0 ? Math.min(1, this.bytes / this.totalBytes) : 0;
    const width = 24;
    const full = Math.round(frac * width);
    const bar = this.totalBytes > 0 ? `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(frac * 100)).padStart(3)}% ` : '';
    let eta = '';
    if (frac > 0.01 && frac < 1) {
      const left = Math.round((s * (1 - frac)) / frac);
      eta = ` ETA ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    }
    this.write(`\r\u001b[Knewskg: ${this.phase} ${bar}${this.count} articles ${Math.round(rate)}/s${eta}`);
    this.drawn = true;
  }

  finish(): void {
    if (this.tty && this.drawn) {
      this.draw(Date.now());
      this.write('\n');
    }
    this.drawn = false;
  }
}
