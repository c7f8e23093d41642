import { describe, expect, it } from 'vitest';
import { sampleWorkbook } from '../../core/sample/sample-workbook';
import { createExcelDeskPort } from '../../excel-addin/port/excel-port';
import { DESK_COLLECTOR_KEY, webUserStore, type UserStore } from '../../excel-addin/port/user-store';
import { FakeWorkbook } from './fake-workbook';

const asOf = new Date('2026-11-23T08:30:00Z');
const book = sampleWorkbook(asOf);

function memoryStore(): UserStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: (k) => map.get(k) ?? null,
    set(k, v) {
      if (v === null) map.delete(k);
      else map.set(k, v);
    },
  };
}

function sampleFirm(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Aging', book.aging);
  wb.addSheet('Call Log', book.callLog);
  wb.addSheet('Settings', book.settings);
  wb.selection = { sheet: 'Aging', row: 0, col: 0 };
  return wb;
}

describe('the collector at the Excel desk', () => {
  it('is remembered for the user: the next task pane follows that collector’s agenda until another name (or none) is given', async () => {
    const wb = sampleFirm();
    const store = memoryStore();
    const port = () => createExcelDeskPort({ host: wb.host, now: () => asOf, chooseAging: async () => null, hostLocale: 'en-GB', hostTimeZone: 'Europe/London', userStore: store });
    expect((await port().getContext()).collector).toBeNull();
    const sam = await port().getContext({ collector: 'Sam' });
    expect(sam.collector).toBe('Sam');
    expect(sam.queue.every((q) => q.time !== null)).toBe(true);
    expect(store.map.get(DESK_COLLECTOR_KEY)).toBe('Sam');
    const later = await port().getContext();
    expect(later.collector).toBe('Sam');
    expect(later.queue).toEqual(sam.queue);
    expect((await port().getContext({ collector: '' })).collector).toBeNull();
    expect(store.map.size).toBe(0);
  });

  it('keeps the name inside the add-in’s storage partition, and a storage that throws remembers nothing without breaking', () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) } as unknown as Storage;
    const store = webUserStore(storage, 'part/');
    store.set(DESK_COLLECTOR_KEY, 'Alex');
    expect([...items.keys()]).toEqual([`part/${DESK_COLLECTOR_KEY}`]);
    expect(store.get(DESK_COLLECTOR_KEY)).toBe('Alex');
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => { throw new Error('blocked'); } } as unknown as Storage;
    const none = webUserStore(broken, null);
    expect(() => none.set(DESK_COLLECTOR_KEY, 'Alex')).not.toThrow();
    expect(none.get(DESK_COLLECTOR_KEY)).toBeNull();
  });
});
