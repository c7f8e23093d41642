import { describe, expect, it } from 'vitest';
import { createScriptRunPort, type ScriptRunner } from '../../sheets-addon/sidebar/script-run-port';

/** A google.script.run whose server answers only when the test says so. */
function scriptRun() {
  const pending: { name: string; args: unknown[]; ok: (v: unknown) => void; fail: (e: unknown) => void }[] = [];
  const runner = (ok: (v: unknown) => void, fail: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_, name: string) {
        if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
        if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
        return (...args: unknown[]) => pending.push({ name, args, ok, fail });
      },
    });
  return { run: () => runner(() => undefined, () => undefined), pending };
}

function port(server: ReturnType<typeof scriptRun>, ticks: (() => void)[] = []) {
  return createScriptRunPort({
    run: server.run,
    selectionPollMs: 1000,
    isVisible: () => true,
    every: (_ms, tick) => {
      ticks.push(tick);
      return () => ticks.splice(ticks.indexOf(tick), 1);
    },
  });
}

const flush = () => new Promise((r) => setImmediate(r));

describe('the google.script.run port', () => {
  it('sends a logged call and its request id to logCall and resolves with the server’s answer', async () => {
    const server = scriptRun();
    const answer = port(server).logCall({ customer: 'Acme' } as never, 'req-1');
    expect(server.pending.map((p) => [p.name, p.args])).toEqual([['logCall', [{ customer: 'Acme' }, 'req-1']]]);
    server.pending[0]!.ok({ status: 'written', row: 7 });
    await expect(answer).resolves.toEqual({ status: 'written', row: 7 });
  });

  it('rejects with the server’s sentence, without Apps Script’s prefix', async () => {
    const server = scriptRun();
    const answer = port(server).getContext();
    server.pending[0]!.fail(new Error('Exception: Someone else is logging a call in this spreadsheet right now.'));
    await expect(answer).rejects.toThrow(/^Someone else is logging a call/);
  });

  it('keeps at most four calls in flight (google.script.run allows ten) and sends the rest as answers come', async () => {
    const server = scriptRun();
    const p = port(server);
    const answers = Array.from({ length: 6 }, (_, i) => p.logCall({} as never, `req-${i}`));
    expect(server.pending).toHaveLength(4);
    server.pending[0]!.ok({ status: 'written', row: 2 });
    await flush();
    expect(server.pending).toHaveLength(5);
    server.pending.slice(1).forEach((c) => c.ok({ status: 'written', row: 3 }));
    await flush();
    server.pending.slice(5).forEach((c) => c.ok({ status: 'written', row: 4 }));
    await expect(Promise.all(answers)).resolves.toHaveLength(6);
  });

  it('tells the desk when the selection moves, but not when the desk moved it itself', async () => {
    const server = scriptRun();
    const ticks: (() => void)[] = [];
    const p = port(server, ticks);
    let changes = 0;
    const stop = p.onSelectionChange!(() => changes++);
    const poll = async (key: string | null) => {
      ticks[0]!();
      server.pending.at(-1)!.ok(key);
      await flush();
    };
    await poll('7:5'); // where it was when the sidebar opened
    await poll('7:5');
    expect(changes).toBe(0);
    await poll('7:9');
    expect(changes).toBe(1);
    // The desk picks a customer: the port moves the selection and remembers the new place.
    const context = p.getContext({ customer: 'Acme' });
    expect(server.pending.at(-1)!.args).toEqual([null, 'Acme']);
    server.pending.at(-1)!.ok({ debtor: { customer: 'Acme', rows: [14, 12] }, queue: [{ customer: 'Bolt', row: 3 }] });
    await context;
    const moved = p.selectCustomer!('Acme');
    expect(server.pending.at(-1)!.args).toEqual([12]);
    server.pending.at(-1)!.ok('7:12');
    await moved;
    await poll('7:12');
    expect(changes).toBe(1);
    await poll(null); // on the Call Log sheet: nothing to show
    expect(changes).toBe(1);
    stop();
    expect(ticks).toHaveLength(0);
  });
});
