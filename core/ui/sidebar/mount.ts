import './sidebar.css';
import type { DeskContext, WireDebtor } from '../../desk/context';
import type { ContextRequest } from '../port';
import { message } from '../../i18n/catalog';
import { say } from '../../i18n/texts';
import { LANGUAGES, type Language } from '../../model/cell';
import { STAGE_NAMES } from '../../plan/messages';
import { checkFirst } from '../../playbook/check-first';
import { confirmationMessage } from '../../playbook/confirmation';
import { CONDUCT_RULES } from '../../playbook/conduct';
import { debtorValues, type CallSetting } from '../../playbook/debtor-values';
import { stageScript } from '../../playbook/stage-scripts';
import type { CallDeskPort } from '../port';
import { debtorCard, type AgendaSlot } from './debtor-card';
import { fill, h, uid } from './dom';
import { L } from './labels';
import { logForm, type LogForm } from './log-form';
import { rebuttalFinder } from './rebuttal-finder';
import { Submissions } from './submissions';

export interface CallDeskOptions {
  /** The clock: the shell passes it in, the desk never reads it by itself. */
  readonly now: () => Date;
  readonly language?: Language;
  readonly collector?: string;
}

export interface CallDesk {
  refresh(): Promise<void>;
  showLogForm(): void;
  destroy(): void;
}


function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A random UUID (version 4): the form GENERATED_REQUEST_ID recognises, so a request-id column that
 * lost its header is still found by its contents. `getRandomValues` where `randomUUID` is missing
 * (pages not served over HTTPS).
 */
function newRequestId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Mounts the call desk into `root`: the debtor card, the stage script, the rebuttal finder and the
 * log form, all talking to the host through `port` only. Every string from the workbook is put
 * into the page as text. The root element carries `data-render-ms`: how long the last render of
 * the debtor card took after its data arrived.
 */
export function mountCallDesk(root: HTMLElement, port: CallDeskPort, options: CallDeskOptions): CallDesk {
  let ctx: DeskContext | null = null;
  // The host's language is only a first guess: the context's (Settings, else host locale) wins until
  // the collector picks one in the header.
  let language: Language = options.language ?? port.hostLanguage ?? 'en';
  let languageChosen = false;
  let selected: string | null = null;
  let collector = options.collector ?? '';
  /** Who the desk's queue is for, once the collector said so (the host remembers it per user). */
  let deskCollector: string | null = null;
  let pending = false;
  let confirmation: { customer: string; text: string } | null = null;
  const submissions = new Submissions(newRequestId);
  let form: LogForm | null = null;
  /** Whose form is on screen, so a refresh for the same debtor keeps what the collector typed. */
  let formKey = '';
  /** Counts the reads asked for: an answer overtaken by a later question is dropped. */
  let reads = 0;

  const languageId = uid('lang');
  const debtorId = uid('debtor-select');
  const languageSelect = h('select', { id: languageId }, LANGUAGES.map((lg) => h('option', { value: lg, lang: lg }, message('language', 'name', lg))));
  const refreshButton = h('button', { type: 'button', class: 'cd-secondary' });
  const debtorSelect = h('select', { id: debtorId });
  const nextButton = h('button', { type: 'button', class: 'cd-secondary' });
  const collectorId = uid('desk-collector');
  const collectorSelect = h('select', { id: collectorId });
  const collectorLabel = h('label', { for: collectorId });
  const collectorRow = h('div', { class: 'cd-row cd-desk-collector' }, collectorLabel, collectorSelect);
  const pickHint = h('p', { class: 'cd-hint' });
  const title = h('h1', {});
  const languageLabel = h('label', { for: languageId });
  const debtorLabel = h('label', { for: debtorId });
  const status = h('div', { class: 'cd-status', role: 'status', 'aria-live': 'polite' });
  // A plain container: the host page decides where its main landmark is (the task pane wraps the desk in one).
  const main = h('div', { class: 'cd-main' });
  const footer = h('footer', { class: 'cd-footer' });
  const desk = h('div', { class: 'cd-desk' },
    h('header', { class: 'cd-header' }, title, h('div', { class: 'cd-tools' }, languageLabel, languageSelect, refreshButton)),
    collectorRow,
    h('nav', { class: 'cd-nav' }, debtorLabel, h('div', { class: 'cd-row' }, debtorSelect, nextButton), pickHint),
    status,
    main,
    footer);
  root.replaceChildren(desk);

  const setStatus = (text: string, kind: 'info' | 'ok' | 'warn' | 'error' = 'info') => {
    status.className = `cd-status cd-${kind}`;
    status.textContent = text;
  };

  const current = (): WireDebtor | undefined => (ctx?.debtor && ctx.debtor.customer === selected ? ctx.debtor : undefined);

  const setting = (): CallSetting => ({
    language,
    collector: collector || say(L.collector, language),
    asOf: ctx!.asOf,
    collectorTimeZone: ctx!.collectorTimeZone,
    allowedConsequences: ctx!.allowedConsequences,
    firmName: ctx!.firmName,
    collectorRole: ctx!.collectorRole,
  });

  const renderChrome = () => {
    desk.setAttribute('lang', language);
    title.textContent = say(L.appName, language);
    languageLabel.textContent = say(L.language, language);
    languageSelect.value = language;
    refreshButton.textContent = say(L.refresh, language);
    debtorLabel.textContent = say(L.debtor, language);
    nextButton.textContent = say(L.next, language);
    // The desk carries today's queue and the debtor on screen only; any other debtor is opened by
    // selecting their row in the sheet, which the desk follows.
    const entries = ctx?.queue ?? [];
    const queue = entries.map((q) => q.customer);
    const shown = ctx?.debtor && !queue.includes(ctx.debtor.customer) ? ctx.debtor.customer : null;
    // Several collectors: each picks whose agenda the queue follows; a team of one needs no choice.
    const team = ctx?.collectors ?? [];
    collectorRow.hidden = team.length < 2;
    collectorLabel.textContent = say(L.deskCollector, language);
    fill(collectorSelect, h('option', { value: '' }, say(L.wholeTeam, language)), team.map((c) => h('option', { value: c }, c)));
    collectorSelect.value = ctx?.collector && team.length > 1 ? ctx.collector : '';
    const queueLabel = ctx?.collector ? say(L.agendaOf, language, { name: ctx.collector }) : say(L.todayQueue, language);
    fill(debtorSelect,
      queue.length > 0
        ? h('optgroup', { label: queueLabel }, entries.map((q, i) => h('option', { value: q.customer }, q.time ? `${i + 1}. ${q.time.slice(11)} ${q.customer}` : `${i + 1}. ${q.customer}`)))
        : null,
      shown !== null ? h('optgroup', { label: say(L.others, language) }, h('option', { value: shown }, shown)) : null);
    if (selected !== null) debtorSelect.value = selected;
    nextButton.disabled = queue.length === 0;
    const more = (ctx?.debtorCount ?? 0) - queue.length - (shown !== null ? 1 : 0);
    pickHint.textContent = more > 0 ? say(L.moreInSheet, language, { n: more }) : '';
    fill(footer, h('details', {}, h('summary', {}, say(L.conduct, language)), h('ul', {}, CONDUCT_RULES.map((r) => h('li', {}, say(r, language))))));
  };

  const renderConfirmation = () => {
    if (!confirmation) return null;
    const id = uid('confirmation');
    const text = h('textarea', { id, readonly: true, rows: '9', class: 'cd-confirmation-text' });
    text.value = confirmation.text;
    const copy = h('button', { type: 'button', class: 'cd-secondary cd-copy' }, say(L.copy, language));
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text.value);
        setStatus(say(L.copied, language), 'ok');
      } catch {
        text.focus();
        text.select();
        setStatus(say(L.copyFailed, language), 'info');
      }
    });
    return h('section', { class: 'cd-confirmation' }, h('label', { for: id }, say(L.confirmation, language), ' — ', confirmation.customer), text, copy);
  };

  const render = () => {
    renderChrome();
    const d = current();
    if (!ctx || !d) {
      form = null;
      fill(main, renderConfirmation(), ctx ? h('p', { class: 'cd-empty' }, say(L.noDebtors, language)) : null);
      return;
    }
    const started = performance.now();
    const s = setting();
    const values = debtorValues(d, s);
    const key = `${d.customer}\u0000${language}`;
    if (!form || formKey !== key) {
      form = logForm(d, language, ctx.collectorTimeZone, ctx.allowedConsequences, collector);
      formKey = key;
      const open = submissions.state(d.customer);
      if (open) form.setMode(open === 'confirm' ? 'confirm' : 'retry');
      form.element.addEventListener('submit', (e) => {
        e.preventDefault();
        void submit();
      });
    } else {
      form.update(d);
    }
    const checks = checkFirst(d, s);
    const f = form;
    fill(main,
      renderConfirmation(),
      debtorCard(d, language, options.now(), agendaSlotOf(ctx.queue, d.customer)),
      checks.length > 0 ? h('section', { class: 'cd-check' }, h('h3', {}, say(L.checkFirst, language)), h('ul', {}, checks.map((c) => h('li', {}, c)))) : null,
      h('section', { class: 'cd-script', 'data-stage': String(d.stage) },
        h('h3', {}, say(L.script, language, { stage: `${d.stage} · ${say(STAGE_NAMES[d.stage], language)}` })),
        h('ol', {}, stageScript(d, s).map((line) => h('li', { 'data-step': line.step }, h('strong', {}, line.title), ' ', line.text)))),
      rebuttalFinder(language, values, (r) => f.setExcuse(r.title[language]), d.consumer),
      form.element,
      ctx.issueCount > 0
        ? h('details', { class: 'cd-issues' }, h('summary', {}, say(L.issues, language, { n: ctx.issueCount })), h('ul', {}, ctx.issues.map((i) => h('li', {}, i.message))))
        : null);
    root.dataset.renderMs = (performance.now() - started).toFixed(1);
  };

  /** What to ask the host for: the switched language, and the debtor to open (else the host's selection decides). */
  const request = (customer: string | null): ContextRequest | undefined => {
    if (!languageChosen && customer === null && deskCollector === null) return undefined;
    return { ...(languageChosen ? { language } : {}), ...(customer !== null ? { customer } : {}), ...(deskCollector !== null ? { collector: deskCollector } : {}) };
  };

  /** Reads the desk for `customer` (null: the host's selection); the newest question's answer wins. */
  const load = async (customer: string | null = selected): Promise<void> => {
    const mine = ++reads;
    setStatus(say(L.loading, language));
    try {
      const fresh = await port.getContext(request(customer));
      if (mine !== reads) return;
      ctx = fresh;
      if (!languageChosen) language = fresh.language;
      // The host remembers who sits at this desk: their name goes into the calls logged here.
      if (fresh.collector && fresh.collectors.length > 1) collector = fresh.collector;
      selected = fresh.selected;
      setStatus('');
      render();
    } catch (error) {
      if (mine === reads) setStatus(say(L.loadFailed, language, { message: messageOf(error) }), 'error');
    }
  };

  const choose = (customer: string | null, tellHost: boolean) => {
    selected = customer;
    confirmation = null;
    if (customer !== null && ctx?.debtor?.customer !== customer) void load(customer);
    else render();
    if (tellHost && customer && port.selectCustomer) port.selectCustomer(customer).catch((e) => setStatus(messageOf(e), 'error'));
  };

  const nextInQueue = (after: string): string | null => {
    const queue = (ctx?.queue ?? []).map((q) => q.customer);
    const i = queue.indexOf(after);
    return queue[i + 1] ?? queue.find((c) => c !== after) ?? null;
  };

  /** After a definite "it is in the log": the next debtor, an empty form, and a refresh failure told as such. */
  const settle = async (d: WireDebtor, row: number, agreedText: string | null, says: (next: string) => string) => {
    const next = nextInQueue(d.customer);
    confirmation = agreedText ? { customer: d.customer, text: agreedText } : null;
    form = null; // the call is logged: whoever comes next gets an empty form
    try {
      ++reads;
      ctx = await port.getContext(request(next));
    } catch (error) {
      // The row is written: a failed re-read is a refresh problem, never "not logged".
      render();
      setStatus(say(L.refreshFailed, language, { row, message: messageOf(error) }), 'ok');
      return;
    }
    selected = ctx.selected;
    render();
    setStatus(says(selected ?? say(L.queueDone, language)), 'ok');
    const focusTarget = main.querySelector<HTMLElement>('.cd-copy') ?? main.querySelector<HTMLElement>('.cd-customer');
    if (focusTarget && !focusTarget.matches('button')) focusTarget.tabIndex = -1;
    focusTarget?.focus();
    if (selected && port.selectCustomer) port.selectCustomer(selected).catch(() => undefined);
  };

  const submit = async () => {
    if (pending || !form || !ctx) return;
    const d = current();
    if (!d) return;
    const read = form.read(options.now());
    if (!read.ok) {
      setStatus(read.message, 'error');
      read.field?.focus();
      return;
    }
    const attempt = submissions.begin(d.customer, read.entry);
    collector = attempt.entry.collector;
    pending = true;
    const f = form;
    f.setPending(true);
    const told = submissions.settle(
      attempt,
      await port.logCall(attempt.entry, attempt.requestId, attempt.options).then(
        (result) => ({ result }),
        (error: unknown) => ({ error: messageOf(error) }),
      ),
    );
    if (told.kind !== 'logged') {
      pending = false;
      f.setPending(false);
    }
    if (told.kind === 'unsure') {
      f.setMode('retry');
      setStatus(say(L.notSure, language, { message: told.message }), 'warn');
      return;
    }
    if (told.kind === 'not-logged') {
      f.setMode('log');
      setStatus(say(L.logFailed, language, { message: told.message }), 'error');
      return;
    }
    if (told.kind === 'confirm') {
      f.setMode('confirm', told.message);
      setStatus(told.message, 'warn');
      return;
    }
    const agreed = read.agreed ? confirmationMessage(d, setting(), read.agreed) : null;
    const row = told.row;
    // The button stays busy until the next debtor's form replaces it: a press meanwhile goes nowhere.
    await settle(d, row, agreed, (next) =>
      told.duplicate
        ? [say(L.alreadyLogged, language, { row, next }), told.edited ? say(L.editsNotWritten, language) : ''].filter(Boolean).join(' ')
        : say(L.logged, language, { row, next }));
    pending = false;
  };

  languageSelect.addEventListener('change', () => {
    language = languageSelect.value as Language;
    languageChosen = true;
    confirmation = null;
    setStatus('');
    render(); // labels and playbook at once; the plan's reasons follow when the host re-plans
    void load().then(() => languageSelect.focus());
  });
  refreshButton.addEventListener('click', () => void load(selected));
  collectorSelect.addEventListener('change', () => {
    deskCollector = collectorSelect.value;
    // The name goes into the calls this desk logs, and the queue becomes that collector's agenda.
    if (deskCollector) collector = deskCollector;
    void load(null).then(() => {
      // Choosing whose day it is starts that day: the desk opens the agenda's first call.
      const first = ctx?.queue[0]?.customer;
      if (deskCollector && first && first !== selected) choose(first, true);
      collectorSelect.focus();
    });
  });
  debtorSelect.addEventListener('change', () => choose(debtorSelect.value, true));
  nextButton.addEventListener('click', () => {
    const next = selected ? nextInQueue(selected) : (ctx?.queue[0]?.customer ?? null);
    if (next) choose(next, true);
  });
  const unsubscribe = port.onSelectionChange?.(() => {
    selected = null;
    void load(null);
  });

  renderChrome();
  void load(null);

  return {
    refresh: load,
    showLogForm() {
      if (!form) return;
      form.element.scrollIntoView({ block: 'start' });
      form.focus();
    },
    destroy() {
      unsubscribe?.();
      root.replaceChildren();
      delete root.dataset.renderMs;
    },
  };
}

/** The agenda's call for a customer, when the queue is a collector's timed agenda. */
function agendaSlotOf(queue: readonly { customer: string; time: string | null; debtorLocal: string | null }[], customer: string): AgendaSlot | null {
  const entry = queue.find((q) => q.customer === customer && q.time !== null);
  return entry ? { time: entry.time!, debtorLocal: entry.debtorLocal } : null;
}
