// Runs inside Chromium (bundled by chat.bench.ts): a conversation of N messages in the real server
// app, shown by nara-chat-panel through the real client; measures what a patient would wait for.
import { HttpBackend } from '@nara/client';
import { createApp } from '@nara/server';
import '../packages/elements/src/chat-panel/define.js';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
/** Resolves when `check` holds, checked on every DOM change under `root` (no polling that would steal the main thread). */
const whenDom = (root: Node, check: () => boolean) =>
  new Promise<void>((resolve) => {
    if (check()) return resolve();
    const observer = new MutationObserver(() => {
      if (check()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 1));
};

declare global {
  interface Window {
    runBenchmark(count: number, css?: string): Promise<Record<string, number>>;
  }
}

window.runBenchmark = async (count: number, css = '') => {
  const app = createApp({ heartbeatMs: 600_000 });
  const token = 'test:191212121212';
  const backend = new HttpBackend({ baseUrl: 'https://bench.nara.invalid', getToken: () => token, fetch: async (r) => app.fetch(r) });
  const { id } = await backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
  const staff = { name: 'Anna Lindqvist', profession: 'nurse' as const };
  const started = performance.now();
  for (let i = 1; i < count; i++) {
    if (i % 2) await app.context.chat.staffMessage(id, staff, `Meddelande ${i}: hur mår du i dag? Läs mer på https://www.1177.se/ eller ring 1177.`);
    else await backend.sendMessage(id, `Svar ${i}: det är ungefär som i går,\nmen lite bättre.`);
  }
  const seeded = performance.now() - started;

  const el = document.createElement('nara-chat-panel');
  el.backend = backend;
  el.conversation = id;
  el.locale = 'sv';
  const items = () => el.shadowRoot?.querySelector('.entries')?.childElementCount ?? 0;
  const t0 = performance.now();
  document.body.append(el);
  if (css) {
    await el.updateComplete;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  }
  await until(() => el.shadowRoot !== null);
  const logged = () => (el as unknown as { stream: { log: { entries: unknown[] } } }).stream.log.entries.length;
  await whenDom(el.shadowRoot!, () => logged() >= count - 1 && items() >= Math.min(200, count - 1));
  const inDom = performance.now() - t0;
  const painted = (await frame()) - t0;
  const shownAtOpen = items();

  // Append one more (staff message over the live stream) and wait until it is on screen.
  const t1 = performance.now();
  await app.context.chat.staffMessage(id, staff, 'Ett meddelande till');
  const shownBefore = items();
  await whenDom(el.shadowRoot!, () => items() > shownBefore);
  const appendInDom = performance.now() - t1;
  const appendPainted = (await frame()) - t1;

  // Scroll from the newest message to the oldest in 40 steps; record frame times.
  const log = el.shadowRoot!.querySelector<HTMLElement>('.log')!;
  const frames: number[] = [];
  let last = await frame();
  for (let step = 40; step >= 0; step--) {
    log.scrollTop = (log.scrollHeight - log.clientHeight) * (step / 40);
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  frames.sort((a, b) => a - b);

  // Show every earlier message (button / scrolling up, 200 at a time) until all are in the DOM.
  const t3 = performance.now();
  const panel = el as unknown as { showEarlier(): Promise<void>; shownFrom: number };
  while (panel.shownFrom > 0) await panel.showEarlier();
  const allInDom = performance.now() - t3;
  const allPainted = (await frame()) - t3;
  const allFrames: number[] = [];
  last = await frame();
  for (let step = 0; step <= 40; step++) {
    log.scrollTop = (log.scrollHeight - log.clientHeight) * (step / 40);
    const now = await frame();
    allFrames.push(now - last);
    last = now;
  }
  allFrames.sort((a, b) => a - b);

  // Typing in the composer with 5,000 messages above it.
  const textarea = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#composer-text')!;
  const t2 = performance.now();
  for (let i = 0; i < 20; i++) {
    textarea.value += 'a';
    textarea.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
  }
  const keystroke = (performance.now() - t2) / 20;

  return {
    messages: items(),

    seedMs: seeded,
    renderInDomMs: inDom,
    renderPaintedMs: painted,
    appendInDomMs: appendInDom,
    appendPaintedMs: appendPainted,
    scrollFrameMedianMs: frames[frames.length >> 1],
    scrollFrameP95Ms: frames[Math.floor(frames.length * 0.95)],
    keystrokeMs: keystroke,
    shownAtOpen: shownAtOpen,
    allInDomMs: allInDom,
    allPaintedMs: allPainted,
    allScrollFrameMedianMs: allFrames[allFrames.length >> 1],
    allScrollFrameP95Ms: allFrames[Math.floor(allFrames.length * 0.95)],
    allShown: items(),
  };
};
