import { afterEach, describe, expect, it } from 'vitest';
import { intlOffsets, offsetMinutes, useZoneOffsets, zoneDataAgrees, ZONE_DATA_PROBES, type ZoneOffsetSource } from '../../core/time/zone';

/** The offsets a runtime with pre-2022 data gives: Mexico City and Tehran still on daylight saving. */
const before2022: ZoneOffsetSource = (zone, ms) => {
  const summer = new Date(ms).getUTCMonth() >= 4 && new Date(ms).getUTCMonth() <= 8;
  if (zone === 'America/Mexico_City' && summer) return -300;
  if (zone === 'Asia/Tehran' && summer) return 270;
  return intlOffsets(zone, ms);
};

afterEach(() => useZoneOffsets(intlOffsets));

describe('checking the runtime’s time-zone data', () => {
  it('agrees with Node’s Intl data on every probe (the probes are the IANA database’s offsets)', () => {
    for (const p of ZONE_DATA_PROBES) expect([p.zone, intlOffsets(p.zone, Date.parse(p.at))]).toEqual([p.zone, p.minutes]);
    expect(zoneDataAgrees(intlOffsets)).toBe(true);
  });

  it('notices data from before 2022, a zone it lacks, a source that throws, and an offset off by one minute', () => {
    expect(zoneDataAgrees(before2022)).toBe(false);
    expect(zoneDataAgrees((zone, ms) => (zone === 'Europe/Kyiv' ? Number.NaN : intlOffsets(zone, ms)))).toBe(false);
    expect(zoneDataAgrees(() => { throw new Error('no service'); })).toBe(false);
    expect(zoneDataAgrees((zone, ms) => intlOffsets(zone, ms) + (zone === 'Asia/Kolkata' ? 1 : 0))).toBe(false);
  });

  it('takes every offset from the source the host gives, forgetting what the old one answered', () => {
    const july = Date.parse('2026-07-01T12:00:00Z');
    expect(offsetMinutes('America/Mexico_City', july)).toBe(-360);
    useZoneOffsets(before2022);
    expect(offsetMinutes('America/Mexico_City', july)).toBe(-300);
    useZoneOffsets(intlOffsets);
    expect(offsetMinutes('America/Mexico_City', july)).toBe(-360);
  });
});
