import './sidebar.css';
import type { DeskContext, WireDebtor } from '../../desk/context';
import type { ContextRequest } from '../port';
import { say } from '../../i18n/texts';
import { LANGUAGES, type Language } from '../../model/cell';
import { STAGE_NAMES } from '../../plan/messages';
import { checkFirst } from '../../playbook/check-first';
import { confirmationMessage } from '../../playbook/confirmation';
import { CONDUCT_RULES } from '../../playbook/conduct';
import { debtorValues, type CallSetting } from '../../playbook/debtor-values';
import { stageScript } from '../../playbook/stage-scripts';
import type { CallDeskPort } from '../port';
import { debtorCard } from './debtor-card';
import { fill, h, uid } from './dom';
import { L } from './labels';
import { logForm, type LogForm } from './log-form';
import { rebuttalFinder } from './rebuttal-finder';

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

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', 'zh-CN': '简体中文', pl: 'Polski' };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function newRequestId(now: Date, n: number): string {
  const c = globalThis.crypto as Crypto | undefined;
  return c?.randomUUID ? c.randomUUID() : `${now.getTime().toString(36)}-${n}-${Math.floor(performance.now() * 1000).toString(36)}`;
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
  let pending = false;
  let requests = 0;
  let confirmation: { customer: string; text: string } | null = null;
  /**
   * The request id of a write whose outcome is unknown (the host failed or timed out). Sending the
   * same call again reuses it, so a write that did land is not made twice.
   */
  let unsettled: { call: string; requestId: string } | null = null;
  let form: LogForm | null = null;
  /** Whose form is on screen, so a refresh for the same debtor keeps what the collector typed. */
  let formKey = '';
  /** Counts the reads asked for: an answer overtaken by a later question is dropped. */
  let reads = 0;

  const languageId = uid('lang');
  const debtorId = uid('debtor-select');
  const languageSelect = h('select', { id: languageId }, LANGUAGES.map((lg) => h('option', { value: lg, lang: lg }, LANGUAGE_NAMES[lg])));
  const refreshButton = h('button', { type: 'button', class: 'cd-secondary' });
  const debtorSelect = h('select', { id: debtorId });
  const nextButton = h('button', { type: 'button', class: 'cd-secondary' });
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
    h('nav', { class: 'cd-nav' }, debtorLabel, h('div', { class: 'cd-row' }, debtorSelect, nextButton), pickHint),
    status,
    main,
    footer);
  root.replaceChildren(desk);

  const setStatus = (text: string, kind: 'info' | 'ok' | 'error' = 'info') => {
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
    const queue = (ctx?.queue ?? []).map((q) => q.customer);
    const shown = ctx?.debtor && !queue.includes(ctx.debtor.customer) ? ctx.debtor.customer : null;
    fill(debtorSelect,
      queue.length > 0 ? h('optgroup', { label: say(L.todayQueue, language) }, queue.map((c, i) => h('option', { value: c }, `${i + 1}. ${c}`))) : null,
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
      debtorCard(d, language, options.now()),
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
    if (!languageChosen && customer === null) return undefined;
    return { ...(languageChosen ? { language } : {}), ...(customer !== null ? { customer } : {}) };
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

  const submit = async () => {
    if (pending || !form || !ctx) return;
    const d = current();
    if (!d) return;
    const now = options.now();
    const read = form.read(now);
    if (!read.ok) {
      setStatus(read.message, 'error');
      read.field?.focus();
      return;
    }
    pending = true;
    form.setPending(true);
    const call = JSON.stringify({ ...read.entry, time: '' });
    const requestId = unsettled?.call === call ? unsettled.requestId : newRequestId(now, ++requests);
    unsettled = { call, requestId };
    collector = read.entry.collector;
    try {
      const result = await port.logCall(read.entry, requestId);
      unsettled = null;
      if (result.status === 'duplicate') {
        setStatus(say(L.duplicate, language), 'info');
        return;
      }
      const text = read.agreed ? confirmationMessage(d, setting(), read.agreed) : null;
      const next = nextInQueue(d.customer);
      ++reads;
      ctx = await port.getContext(request(next));
      selected = ctx.selected;
      confirmation = text ? { customer: d.customer, text } : null;
      form = null; // the call is logged: the next debtor gets an empty form
      render();
      setStatus(say(L.logged, language, { row: result.row, next: selected ?? say(L.queueDone, language) }), 'ok');
      const focusTarget = main.querySelector<HTMLElement>('.cd-copy') ?? main.querySelector<HTMLElement>('.cd-customer');
      if (focusTarget && !focusTarget.matches('button')) focusTarget.tabIndex = -1;
      focusTarget?.focus();
      if (selected && port.selectCustomer) port.selectCustomer(selected).catch(() => undefined);
    } catch (error) {
      setStatus(say(L.logFailed, language, { message: messageOf(error) }), 'error');
    } finally {
      pending = false;
      form?.setPending(false);
    }
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
