import { instantMsOf, offsetMinutes } from '../time/zone';

/**
 * The part of moment-timezone that `date-holidays` uses, on the core's own zone code. The
 * holiday calendars move an instant into a country's zone for an equinox holiday (Japan's
 * equinox days, Chile's June solstice) and give each holiday a start instant; the planner reads
 * only the holiday's own date text, so this replaces moment-timezone's 700 KB of zone data in the
 * bundles with the Intl (or host) offsets the planner uses anyway. Not a general moment: each
 * method is one the holiday code calls (Equinox.inYear, CalDate.toTimezone and fromTimezone).
 * A test compares every public holiday of every country with the real moment-timezone.
 */
const MS_PER_MINUTE = 60_000;
const WALL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** moment-timezone treats a zone it has no data for as UTC; so does this. */
function offsetIn(zone: string, ms: number): number {
  const offset = offsetMinutes(zone, ms);
  return Number.isFinite(offset) ? offset : 0;
}

class ZoneMoment {
  private readonly wall: Date;
  constructor(
    private readonly ms: number,
    private readonly offset: number,
  ) {
    this.wall = new Date(ms + offset * MS_PER_MINUTE);
  }
  year(): number {
    return this.wall.getUTCFullYear();
  }
  month(): number {
    return this.wall.getUTCMonth();
  }
  date(): number {
    return this.wall.getUTCDate();
  }
  hours(): number {
    return this.wall.getUTCHours();
  }
  minutes(): number {
    return this.wall.getUTCMinutes();
  }
  seconds(): number {
    return this.wall.getUTCSeconds();
  }
  /** The same instant in a fixed offset such as `+09:00`. */
  utcOffset(text: string): ZoneMoment {
    const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
    if (!m) throw new Error(`zone-moment: unsupported offset ${text}`);
    return new ZoneMoment(this.ms, (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)));
  }
  /** The same instant on the wall clock of `zone`. */
  tz(zone: string): ZoneMoment {
    return new ZoneMoment(this.ms, offsetIn(zone, this.ms));
  }
  /** The instant as ISO text; `new Date(format())` gives it back. */
  format(): string {
    return new Date(this.ms).toISOString();
  }
}

function instantOfInput(input: unknown): number {
  if (input instanceof Date) return input.getTime();
  if (typeof input === 'number') return input;
  if (typeof input === 'string') return Date.parse(input);
  throw new Error('zone-moment: unsupported input');
}

/** `moment(isoText)`: an instant; only read after `.tz()` or `.utcOffset()` by the holiday code. */
function moment(input: unknown): ZoneMoment {
  return new ZoneMoment(instantOfInput(input), 0);
}

/**
 * `moment.tz(wallText, zone)` reads `YYYY-MM-DD HH:mm:ss` as a wall clock in `zone`;
 * `moment.tz(date, zone)` shows an instant there.
 */
moment.tz = (input: unknown, zone: string): ZoneMoment => {
  const m = typeof input === 'string' ? WALL.exec(input) : null;
  if (m) {
    const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
    const day = Math.floor(Date.UTC(y, mo - 1, d) / 86_400_000);
    const valid = Number.isFinite(offsetMinutes(zone, Date.UTC(y, mo - 1, d)));
    const ms = (valid ? instantMsOf(day, h * 60 + mi, zone) : Date.UTC(y, mo - 1, d, h, mi)) + s * 1000;
    return new ZoneMoment(ms, offsetIn(zone, ms));
  }
  const ms = instantOfInput(input);
  return new ZoneMoment(ms, offsetIn(zone, ms));
};

export default moment;
