// The rebuttal finder runs on every keystroke in the call desk: timed on the typed-query table,
// each query whole and each as it grows letter by letter.
import { findRebuttals } from '../core/playbook/rebuttals';
import { HELD_OUT, TUNING } from '../test/desk/rebuttal-queries';

export interface RebuttalTiming {
  readonly queries: number;
  readonly perQueryMs: number;
  readonly keystrokes: number;
  readonly perKeystrokeMs: number;
  /** 99 keystrokes in 100 are answered within this (the slowest one is mostly the machine's own pauses). */
  readonly p99KeystrokeMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function rebuttalTiming(runs = 5): RebuttalTiming {
  const table = [...TUNING, ...HELD_OUT];
  // The first call files every keyword; a collector pays it once, when the desk opens.
  findRebuttals('warm up', 'en');
  const whole: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const [q, l] of table) findRebuttals(q, l);
    whole.push((performance.now() - t0) / table.length);
  }
  const typed = table.flatMap(([q, l]) => Array.from(q, (_, i) => [q.slice(0, i + 1), l] as const));
  const each: number[] = [];
  let single: number[] = [];
  for (let r = 0; r < runs; r++) {
    single = [];
    const t0 = performance.now();
    for (const [q, l] of typed) {
      const t1 = performance.now();
      findRebuttals(q, l);
      single.push(performance.now() - t1);
    }
    each.push((performance.now() - t0) / typed.length);
  }
  single.sort((a, b) => a - b);
  return { queries: table.length, perQueryMs: median(whole), keystrokes: typed.length, perKeystrokeMs: median(each), p99KeystrokeMs: single[Math.floor(single.length * 0.99)]! };
}
