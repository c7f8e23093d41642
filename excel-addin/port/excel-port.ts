/// <reference types="office-js" />
import { callLogRow, validateCallLogEntry } from '../../core/calllog/write-row';
import type { CallLogEntry } from '../../core/calllog/entry';
import { buildDeskContext, firstRowOf, type DeskContext } from '../../core/desk/context';
import type { Language, Table } from '../../core/model/cell';
import { readSettings } from '../../core/settings/read-settings';
import type { Settings } from '../../core/settings/schema';
import type { CallDeskPort, ContextRequest, LogOptions, LogResult } from '../../core/ui/port';
import { checkAgainstAging } from '../../core/calllog/aging-check';
import { languageFromLocale, say } from '../../core/i18n/texts';
import { PORT_TEXTS } from './port-texts';
import { appendCallLogRow } from './append-call';
import { forgetAgingChoice, resolveAging, type AgingBlock, type ChooseAging } from './aging-source';
import { createCallLogSheet, createSettingsSheet } from './call-log-sheet';
import { createCallPlanSheet, referencesFor } from './call-plan-sheet';
import { createDashboardSheet } from './dashboard-sheet';
import type { ExcelHost } from './excel-host';
import { readValues, type ReadLimits } from './read-values';
import { CALL_LOG_SHEET, SETTINGS_SHEET } from './workbook-names';
import { DESK_COLLECTOR_KEY, type UserStore } from './user-store';

export interface ExcelDeskOptions {
  readonly host: ExcelHost;
  readonly now: () => Date;
  readonly chooseAging: ChooseAging;
  /** Office's display language, e.g. `pl-PL`. */
  readonly hostLocale: string | null;
  /** The zone of the machine Excel runs on; Excel has no workbook time zone of its own. */
  readonly hostTimeZone: string | null;
  /** How large each read may be (tests lower it to exercise slicing). */
  readonly readLimits?: ReadLimits;
  /** Where the collector's name at this desk is remembered for the user; none = not remembered. */
  readonly userStore?: UserStore;
}

/** The call desk's port, plus the Excel-only actions of the task pane. */
export interface ExcelDeskPort extends CallDeskPort {
  /** Creates the Call plan sheet with =AR.CALLPLAN(...) over this workbook's data, and the Dashboard with =AR.AGINGSUMMARY(...) and its charts; each only when missing. */
  setUpCallPlan(): Promise<{ created: boolean; dashboardCreated: boolean }>;
  /** Forgets which table is the aging data, so the next read asks again. */
  chooseAgingAgain(): Promise<void>;
}

/** The used range of a sheet from A1, or null when the sheet does not exist or is empty. */
async function sheetValues(context: Excel.RequestContext, name: string, limits?: ReadLimits): Promise<Table | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return null;
  return readValues(context, sheet, { rowIndex: 0, columnIndex: 0, rowCount: used.rowIndex + used.rowCount, columnCount: used.columnIndex + used.columnCount }, limits);
}

/** 1-based row within the aging block of the selected cell, when it is inside the block. */
async function selectedAgingRow(context: Excel.RequestContext, block: AgingBlock): Promise<number | null> {
  const selected = context.workbook.getSelectedRange();
  selected.load('rowIndex,columnIndex');
  const selectedSheet = selected.worksheet;
  selectedSheet.load('name');
  const agingSheet = block.sheet;
  agingSheet.load('name');
  await context.sync();
  if (selectedSheet.name !== agingSheet.name) return null;
  const row = selected.rowIndex - block.rowIndex + 1;
  return row >= 1 && row <= block.rowCount ? row : null;
}

export function createExcelDeskPort(options: ExcelDeskOptions): ExcelDeskPort {
  const { host } = options;
  const hostLanguage: Language = languageFromLocale(options.hostLocale) ?? 'en';
  let lastBlock: AgingBlock | null = null;
  let lastDesk: DeskContext | null = null;

  /** The aging data the call is checked against, found as the desk found it (the choice is remembered). */
  const agingTable = async (context: Excel.RequestContext, language: Language): Promise<Table> => {
    const block = await resolveAging(context, options.chooseAging, language);
    return readValues(context, block.sheet, block, { ...options.readLimits, language });
  };

  const settingsOf = (table: Table | null): Settings =>
    readSettings(table ?? undefined, { hostTimeZone: options.hostTimeZone, hostLanguage }).settings;

  return {
    hostLanguage,

    getContext(request?: ContextRequest): Promise<DeskContext> {
      return host.run(async (context) => {
        const language = request?.language ?? hostLanguage;
        const limits = { ...options.readLimits, language };
        const block = await resolveAging(context, options.chooseAging, language);
        const aging = await readValues(context, block.sheet, block, limits);
        const selectedRow = await selectedAgingRow(context, block);
        // A name given now is remembered for this user (an empty one forgets it); else the one remembered.
        if (request?.collector !== undefined) options.userStore?.set(DESK_COLLECTOR_KEY, request.collector.trim() || null);
        const collector = request?.collector?.trim() || options.userStore?.get(DESK_COLLECTOR_KEY) || null;
        const desk = buildDeskContext({
          aging,
          callLog: await sheetValues(context, CALL_LOG_SHEET, limits),
          settings: await sheetValues(context, SETTINGS_SHEET, limits),
          asOf: options.now(),
          selectedRow,
          hostLocale: options.hostLocale,
          hostTimeZone: options.hostTimeZone,
          language: request?.language ?? null,
          customer: request?.customer ?? null,
          collector: request?.collector !== undefined ? request.collector.trim() || null : collector,
        });
        lastBlock = block;
        lastDesk = desk;
        return desk;
      });
    },

    logCall(entry: CallLogEntry, requestId: string, logOptions?: LogOptions): Promise<LogResult> {
      if (typeof requestId !== 'string' || requestId.trim() === '' || requestId.length > 200) {
        return Promise.resolve({ status: 'refused', message: say(PORT_TEXTS.badRequestId, hostLanguage) });
      }
      return host.run(async (context): Promise<LogResult> => {
        const settingsTable = await sheetValues(context, SETTINGS_SHEET);
        const settings = settingsOf(settingsTable);
        const check = validateCallLogEntry(entry, settings.language, { allowedConsequences: settings.allowedConsequences, now: options.now() });
        if (!check.ok) return { status: 'refused', message: check.message };
        const onAging = checkAgainstAging(check.entry, await agingTable(context, settings.language), {
          language: settings.language,
          dateOrder: settings.dateOrder,
          customerConfirmed: logOptions?.customerConfirmed,
        });
        if (!onAging.ok) return onAging.kind === 'confirm' ? { status: 'confirm', reason: 'unknown-customer', message: onAging.message } : { status: 'refused', message: onAging.message };
        if (!settingsTable) {
          createSettingsSheet(context, settings.language);
          await context.sync();
        }
        // Excel keeps the apostrophe: Range.values reads a value starting with "=", "+" or "-" as a
        // formula ("Excel interprets this value as a formula",
        // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member)
        // and no page says a text number format stops that through the API, while a leading
        // apostrophe is Excel's prefix character, stored apart from the text and not shown. The
        // text format (@) stays for what is not a formula but would change: "3/4", "2024", "0012".
        const row = callLogRow(check.entry, { dates: 'serial', timeZone: settings.collectorTimeZone, language: settings.language, textGuard: 'apostrophe' });
        return appendCallLogRow(context, row, requestId, settings.language);
      });
    },

    selectCustomer(customer: string): Promise<void> {
      const row = firstRowOf(lastDesk, customer);
      const block = lastBlock;
      if (row === undefined || !block) return Promise.resolve();
      return host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(block.source.sheet);
        sheet.getRangeByIndexes(block.rowIndex + row - 1, block.columnIndex, 1, block.columnCount).select();
        await context.sync();
      });
    },

    onSelectionChange(listener: () => void): () => void {
      let registration: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | null = null;
      let stopped = false;
      const ready = host.run(async (context) => {
        registration = context.workbook.onSelectionChanged.add(async () => {
          if (!stopped) listener();
        });
        await context.sync();
      });
      return () => {
        stopped = true;
        void ready.then(() => {
          const r = registration;
          if (!r) return;
          return host.runIn(r.context as Excel.RequestContext, async (context) => {
            r.remove();
            await context.sync();
          });
        });
      };
    },

    setUpCallPlan(): Promise<{ created: boolean; dashboardCreated: boolean }> {
      return host.run(async (context) => {
        const block = await resolveAging(context, options.chooseAging, hostLanguage);
        let settingsTable = await sheetValues(context, SETTINGS_SHEET);
        const settings = settingsOf(settingsTable);
        if (!settingsTable) {
          createSettingsSheet(context, settings.language);
          await context.sync();
          settingsTable = await sheetValues(context, SETTINGS_SHEET);
        }
        const log = context.workbook.worksheets.getItemOrNullObject(CALL_LOG_SHEET);
        await context.sync();
        if (log.isNullObject) {
          createCallLogSheet(context, settings.language);
          await context.sync();
        }
        const refs = await referencesFor(context, block);
        const plan = await createCallPlanSheet(context, refs, options.now(), settings.collectorTimeZone);
        const dashboard = await createDashboardSheet(context, refs, settings.language);
        return { created: plan.created, dashboardCreated: dashboard.created };
      });
    },

    chooseAgingAgain(): Promise<void> {
      return host.run((context) => forgetAgingChoice(context));
    },
  };
}
