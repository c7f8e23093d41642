import { describe, expect, it } from 'vitest';
import { callLogHeaders, OUTCOME_WORDS, OUTCOMES } from '../../core/calllog/schema';
import { FUNCTIONS, PLAN_LOG_COLUMNS, REPEATING_LOG_COLUMNS } from '../../core/functions/catalog';
import { expandRepeats, logColumns, neededRuns, REPEAT_MARK, type ColumnRun } from '../../core/functions/log-columns';
import { runFunction } from '../../core/functions/run';
import type { Cell } from '../../core/model/cell';
import { sampleWorkbook } from '../../core/sample/sample-workbook';
import { REQUEST_ID_HEADER } from '../../core/workbook/names';

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Excel does not document how it encodes custom-function arguments; they reach JavaScript as JSON
 * values, so the measure here is the UTF-8 length of the arguments as JSON (a Chinese character is
 * three bytes), with the limit taken as 5,000,000 bytes, the smaller reading of "5MB".
 */
const LIMIT = 5_000_000;
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
/** How many calls of the same kind fit in the limit. */
const fit = (size: number) => Math.floor((LIMIT / size) * 50_000);

/** A deterministic sequence, so the log is the same on every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const NOTES = ['客户说财务下周一统一付款，已请其发邮件确认金额和日期', '对方称发票未收到，已重新发送电子发票并约定周三回电', '总经理出差，助理答应转告，明天上午十点再打', '承诺本月二十五日前付清全部欠款，已发确认函', '对方对上批货物质量有异议，转销售部处理后再催'];
// Company names as registered in mainland China: city, brand, trade, form (上海瑞信贸易有限公司), 9–14 characters.
const CITIES = ['上海', '北京', '深圳市', '广州', '杭州', '苏州', '成都', '武汉', '南京', '天津'];
const BRANDS = ['瑞信', '华强', '金达', '恒通', '鑫源', '宏图', '东方明珠', '长城', '新希望', '天成'];
const TRADES = ['贸易', '电子科技', '机械制造', '物流', '建材', '食品', '纺织品进出口', '医疗器械'];
const FORMS = ['有限公司', '股份有限公司', '有限责任公司'];
const CUSTOMERS = Array.from({ length: 2_000 }, (_, i) => `${CITIES[i % 10]}${BRANDS[Math.floor(i / 10) % 10]}${TRADES[Math.floor(i / 100) % 8]}${FORMS[i % 3]}`);

/** A year or more of a busy desk: Chinese customers, outcomes and notes, every column filled as the desk fills it. */
function chineseLog(rows: number): Cell[][] {
  const rnd = lcg(11);
  const log: Cell[][] = [[...callLogHeaders('zh-CN'), REQUEST_ID_HEADER]];
  for (let i = 0; i < rows; i++) {
    const outcome = OUTCOMES[Math.floor(rnd() * OUTCOMES.length)]!;
    const promise = outcome === 'promise to pay' || outcome === 'partial payment promised';
    const t = 46000 + i / 140 + rnd() / 200;
    const plan = outcome === 'payment plan' ? `${2 + Math.floor(rnd() * 10)} 期 × ${(Math.round(rnd() * 500_000) / 100).toFixed(2)}，每月，自 2026-12-01 起` : '';
    log.push([
      t,
      CUSTOMERS[Math.floor(rnd() * CUSTOMERS.length)]!,
      '王丽',
      OUTCOME_WORDS[outcome]['zh-CN'],
      promise ? Math.round(rnd() * 5_000_000) / 100 : '',
      promise ? Math.floor(t) + 7 : '',
      outcome === 'callback requested' ? t + 1 : '',
      rnd() < 0.2 ? '资金紧张' : '',
      '',
      '',
      Math.round(rnd() * 10_000_000) / 100,
      NOTES[Math.floor(rnd() * NOTES.length)]!,
      plan,
      `${Math.floor(rnd() * 2 ** 32).toString(16)}-${i.toString(16)}-4f0c-9d43-${Math.floor(rnd() * 2 ** 48).toString(16)}`,
    ]);
  }
  return log;
}

/**
 * What Set up's formula hands the function (excel-addin/port/log-reference.ts), modelled on Excel's
 * own rules rather than on the core's decoder: XMATCH finds the first cell equal to this one with
 * case ignored (as Excel compares text), a first appearance goes as text (`x&""`), a blank as "",
 * and the first cell gets the mark.
 */
function asSetUpPasses(log: readonly Cell[][], runs: readonly ColumnRun[]): Cell[][] {
  const columns = runs.map((r) => {
    const block = log.map((row) => row.slice(r.first, r.last + 1));
    if (!r.repeats) return block;
    const firstAt = new Map<string, number>();
    return block.map(([x], i) => {
      const key = typeof x === 'string' ? `s${x.toLowerCase()}` : `n${String(x)}`;
      if (i === 0) {
        // XMATCH looks in the whole column, the first cell too: a call to a customer written as
        // the header is row 1.
        firstAt.set(key, 1);
        return [`${String(x)}${REPEAT_MARK}`];
      }
      if (x === '' || x === null) return [''];
      const at = firstAt.get(key);
      if (at === undefined) {
        firstAt.set(key, i + 1);
        return [String(x)];
      }
      return [at];
    });
  });
  return log.map((_, i) => columns.flatMap((c) => c[i]!));
}

/** Bytes by column, largest first, for the figure the test prints. */
function byColumn(table: readonly Cell[][]): string {
  const width = table[0]!.length;
  return Array.from({ length: width }, (_, c) => [String(table[0]![c]), table.reduce((n, row) => n + bytes(row[c]) + 1, 0)] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([h, b]) => `${h} ${(b / 1e6).toFixed(2)}`)
    .join(', ');
}

describe('the size of a custom-function call', () => {
  const log = chineseLog(50_000);
  const runs = neededRuns(log[0]!, PLAN_LOG_COLUMNS);
  const needed = logColumns(log, runs);
  const codedRuns = neededRuns(log[0]!, PLAN_LOG_COLUMNS, REPEATING_LOG_COLUMNS);
  const passed = asSetUpPasses(log, codedRuns);

  it('a 50,000-call log with Chinese notes is 11 MB whole, 5.5 MB in the planning columns, and about 3 MB as Set up passes it', () => {
    const whole = bytes(log);
    const reduced = bytes(needed);
    const sent = bytes(passed);
    console.log(`50,000 logged calls as custom-function arguments: whole log ${(whole / 1e6).toFixed(2)} MB (about ${fit(whole).toLocaleString('en-US')} calls fit in 5 MB), planning columns only ${(reduced / 1e6).toFixed(2)} MB (about ${fit(reduced).toLocaleString('en-US')} fit), as Set up passes them ${(sent / 1e6).toFixed(2)} MB (about ${fit(sent).toLocaleString('en-US')} fit)`);
    console.log(`  planning columns, MB: ${byColumn(needed)}`);
    console.log(`  as Set up passes them, MB: ${byColumn(passed)}`);
    expect(whole).toBeGreaterThan(2 * LIMIT);
    expect(reduced).toBeLessThan(whole / 2);
    // Customer names of 9–14 Chinese characters were 40% of the planning columns: passed once
    // each, with row numbers for the repeats, the whole log fits with room for the aging sheet.
    // The Instalments column is 0.31 MB of it: this log gives every outcome the same share, so one
    // call in 14 is a payment plan with its schedule written out.
    expect(sent).toBeLessThanOrEqual(3_100_000);
    expect(fit(sent)).toBeGreaterThanOrEqual(80_000);
  });

  it('the log as Set up passes it is the planning columns again once the core restores it, mark and all', () => {
    const restored = expandRepeats(passed);
    // The same values but for case: Excel's match ignores it, and so do customerKey and the outcomes.
    expect(restored).toEqual(needed);
    const mixed: Cell[][] = [['Customer', 'Outcome'], ['Acme', 'paid'], ['ACME', 'no answer'], [1234, 'Paid'], ['', ''], [1234, 'paid'], ['Acme ', 'paid'], ['customer', 'paid']];
    const sent = asSetUpPasses(mixed, neededRuns(mixed[0]!, ['customer', 'outcome'], REPEATING_LOG_COLUMNS));
    expect(sent).toEqual([['Customer^', 'Outcome^'], ['Acme', 'paid'], [2, 'no answer'], ['1234', 2], ['', ''], [4, 2], ['Acme ', 2], [1, 2]]);
    expect(expandRepeats(sent)).toEqual([['Customer', 'Outcome'], ['Acme', 'paid'], ['Acme', 'no answer'], ['1234', 'paid'], ['', ''], ['1234', 'paid'], ['Acme ', 'paid'], ['Customer', 'paid']]);
    // Without the mark nothing is read as a row number; a number that is no earlier row stays.
    expect(expandRepeats([['Customer', 'Outcome'], ['Acme', 'paid'], [2, 'paid']])).toEqual([['Customer', 'Outcome'], ['Acme', 'paid'], [2, 'paid']]);
    expect(expandRepeats([['Customer^'], ['Acme'], [3], [2.5], [0], [2]])).toEqual([['Customer'], ['Acme'], [3], [2.5], [0], ['Acme']]);
  });

  it('the columns passed are the catalog’s, found by header in any order and language, in as few runs as the layout allows', () => {
    expect(runs.map((r) => [r.firstHeader, r.lastHeader])).toEqual([['时间', '客户'], ['结果', '回电时间'], ['告知后果', '通话时余额'], ['分期', '分期']]);
    const shuffled = ['Notes', 'Outcome', 'Customer', 'Request id', 'Time', 'Collector'];
    expect(neededRuns(shuffled, PLAN_LOG_COLUMNS).map((r) => [r.first, r.last])).toEqual([[1, 2], [4, 4]]);
    for (const spec of FUNCTIONS) if (spec.params.some((p) => p.name === 'call_log')) expect(spec.callLogColumns).toEqual(PLAN_LOG_COLUMNS);
  });

  it('every function gives the same answers from the planning columns alone, and as Set up passes them, as from the whole log', () => {
    const asOf = new Date('2026-11-23T09:30:00Z');
    const book = sampleWorkbook(asOf);
    const sampleRuns = neededRuns(book.callLog[0]!, PLAN_LOG_COLUMNS);
    expect(sampleRuns.flatMap((r) => Array.from({ length: r.last - r.first + 1 }, (_, i) => r.first + i))).toHaveLength(PLAN_LOG_COLUMNS.length);
    const reducedLog = logColumns(book.callLog, sampleRuns);
    const codedLog = asSetUpPasses(book.callLog, neededRuns(book.callLog[0]!, PLAN_LOG_COLUMNS, REPEATING_LOG_COLUMNS));
    const asOfSerial = 46349 + 9.5 / 24;
    for (const spec of FUNCTIONS.filter((f) => f.callLogColumns)) {
      const full = runFunction(spec.name, [book.aging, book.callLog, book.settings, asOfSerial], { dates: 'serial' });
      expect(runFunction(spec.name, [book.aging, reducedLog, book.settings, asOfSerial], { dates: 'serial' })).toEqual(full);
      expect(runFunction(spec.name, [book.aging, codedLog, book.settings, asOfSerial], { dates: 'serial' })).toEqual(full);
    }
  });
});
