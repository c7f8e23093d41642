import { say } from '../../i18n/texts';
import type { Language } from '../../model/cell';
import { findRebuttals, type Rebuttal } from '../../playbook/rebuttals';
import { fill, h, uid } from './dom';
import { L } from './labels';

/**
 * Type what the debtor said, pick with the arrow keys and Enter (or a click), read the answer and
 * the follow-up question. A combobox in the ARIA sense, so screen readers announce the choice.
 */
export function rebuttalFinder(language: Language, values: Readonly<Record<string, string | number>>, onPick: (r: Rebuttal) => void, consumer = false): HTMLElement {
  const l = language;
  const inputId = uid('excuse-q');
  const listId = uid('excuse-list');
  let matches: Rebuttal[] = findRebuttals('', l, consumer);
  let active = -1;

  const input = h('input', {
    id: inputId, type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-controls': listId, 'aria-expanded': 'false', 'aria-autocomplete': 'list', placeholder: say(L.findRebuttal, l),
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'cd-options', 'aria-label': say(L.rebuttals, l), hidden: true });
  const shown = h('div', { class: 'cd-rebuttal', 'aria-live': 'polite' });

  const optionId = (i: number) => `${listId}-${i}`;
  const renderList = () => {
    const open = input.value.trim() !== '' || active >= 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
    fill(list, matches.length === 0
      ? h('li', { class: 'cd-empty', role: 'option', 'aria-disabled': 'true', id: optionId(-1) }, say(L.noRebuttal, l))
      : matches.map((r, i) => h('li', {
          id: optionId(i), role: 'option', 'aria-selected': String(i === active), class: i === active ? 'cd-active' : '',
          onmousedown: (e: Event) => { e.preventDefault(); pick(i); },
        }, r.title[l])));
  };
  const pick = (i: number) => {
    const r = matches[i];
    if (!r) return;
    fill(shown,
      h('h4', {}, r.title[l]),
      h('p', {}, h('strong', {}, say(L.answer, l), ': '), say(r.answer, l, values)),
      h('p', {}, h('strong', {}, say(L.followUp, l), ': '), say(r.followUp, l, values)));
    shown.dataset.rebuttal = r.id;
    input.value = r.title[l];
    matches = findRebuttals('', l, consumer);
    active = -1;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    onPick(r);
  };

  input.addEventListener('input', () => {
    matches = findRebuttals(input.value, l, consumer);
    active = matches.length > 0 && input.value.trim() ? 0 : -1;
    renderList();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (matches.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      active = active < 0 ? (step > 0 ? 0 : matches.length - 1) : (active + step + matches.length) % matches.length;
      renderList();
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      active = -1;
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }
  });
  input.addEventListener('blur', () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  });
  renderList();

  return h('section', { class: 'cd-finder' },
    h('h3', {}, h('label', { for: inputId }, say(L.rebuttals, l))),
    h('div', { class: 'cd-combo' }, input, list),
    shown);
}
