import type { AgingCandidate } from '../port/aging-source';

/**
 * Asks once which recognised table is the aging data, with a radio list in the pane. Resolves with
 * the chosen candidate when the collector confirms.
 */
export function askForAging(form: HTMLFormElement, optionsBox: HTMLElement, candidates: readonly AgingCandidate[]): Promise<AgingCandidate | null> {
  optionsBox.replaceChildren(
    ...candidates.map((candidate, index) => {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'ar-aging';
      input.value = String(index);
      input.checked = index === 0;
      label.append(input, ` ${candidate.label}`);
      return label;
    }),
  );
  form.hidden = false;
  return new Promise((resolve) => {
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        const picked = form.querySelector<HTMLInputElement>('input[name="ar-aging"]:checked');
        form.hidden = true;
        resolve(picked ? (candidates[Number(picked.value)] ?? null) : null);
      },
      { once: true },
    );
  });
}
