/**
 * A small per-user store for what the desk remembers about the person using it (who sits at the
 * desk). Excel has no roaming settings for task panes (Office.context.roamingSettings is Outlook's
 * alone, and document settings are shared by everyone who opens the workbook), so the task pane
 * keeps it in the add-in's own local storage, per user and machine.
 */
export interface UserStore {
  get(key: string): string | null;
  /** Null forgets the key. */
  set(key: string, value: string | null): void;
}

/** The key of the collector's name. */
export const DESK_COLLECTOR_KEY = 'calldesk.collector';

/**
 * A UserStore over Web Storage, keyed inside the add-in's partition when Office gives one (Office
 * on the web partitions storage per host document origin). Storage that throws (private mode, a
 * blocked origin) remembers nothing rather than breaking the desk.
 */
export function webUserStore(storage: Storage | null, partition: string | null): UserStore {
  const key = (k: string) => (partition ? `${partition}${k}` : k);
  return {
    get(k) {
      try {
        return storage?.getItem(key(k)) ?? null;
      } catch {
        return null;
      }
    },
    set(k, value) {
      try {
        if (value === null) storage?.removeItem(key(k));
        else storage?.setItem(key(k), value);
      } catch {
        // Nothing to remember with: the collector picks their name again next time.
      }
    },
  };
}
