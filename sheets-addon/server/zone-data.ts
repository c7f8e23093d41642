/// <reference types="google-apps-script" />
import { intlOffsets, useZoneOffsets, zoneDataAgrees, type ZoneOffsetSource } from '../../core/time/zone';

/**
 * UTC offsets from Apps Script's own date service. `Utilities.formatDate(date, timeZone, format)`
 * formats as Java's SimpleDateFormat does, and its pattern `Z` is the RFC 822 offset, e.g. `-0800`
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 */
export const utilitiesOffsets: ZoneOffsetSource = (timeZone, ms) => {
  const text = Utilities.formatDate(new Date(ms), timeZone, 'Z');
  const m = /^([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m) return Number.NaN;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
};

let checked = false;

/**
 * Once per execution (each is a fresh global in Apps Script, so once per custom-function call,
 * menu item or sidebar request): checks that the runtime's Intl time-zone data gives the known
 * offsets, and takes them from Utilities.formatDate instead when it does not. Google does not
 * document which ICU data its V8 carries; a plan in a wrong zone would call people at night.
 * When neither agrees, the one that does better on the probes is kept.
 */
export function checkZoneData(): 'intl' | 'utilities' {
  if (checked) return currentSource;
  checked = true;
  if (zoneDataAgrees(intlOffsets)) return (currentSource = 'intl');
  if (zoneDataAgrees(utilitiesOffsets)) {
    useZoneOffsets(utilitiesOffsets);
    return (currentSource = 'utilities');
  }
  return (currentSource = 'intl');
}

let currentSource: 'intl' | 'utilities' = 'intl';
