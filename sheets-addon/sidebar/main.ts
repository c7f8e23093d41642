/**
 * The Sheets sidebar page: mounts the shared call desk on a google.script.run port. Inlined into
 * Sidebar.html by the build; it runs once the page (and anything appended to it) is parsed.
 */
import { languageFromLocale } from '../../core/i18n/texts';
import { mountCallDesk } from '../../core/ui/sidebar/mount';
import { createScriptRunPort, type ScriptRunner } from './script-run-port';

declare const google: { script: { run: ScriptRunner } };

const SELECTION_POLL_MS = 4000;

function start(): void {
  const root = document.getElementById('desk');
  if (!root) return;
  const port = createScriptRunPort({
    run: () => google.script.run,
    hostLanguage: languageFromLocale(navigator.language) ?? undefined,
    selectionPollMs: SELECTION_POLL_MS,
    isVisible: () => document.visibilityState === 'visible',
    every: (ms, tick) => {
      const id = window.setInterval(tick, ms);
      return () => window.clearInterval(id);
    },
  });
  const withLogForm = document.querySelector('meta[name="ar-calldesk-start"][content="log-form"]') !== null;
  const desk = mountCallDesk(root, port, { now: () => new Date() });
  if (withLogForm) {
    // The form exists once the first context has been drawn.
    const observer = new MutationObserver(() => {
      if (!root.querySelector('form')) return;
      observer.disconnect();
      desk.showLogForm();
    });
    observer.observe(root, { childList: true, subtree: true });
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
