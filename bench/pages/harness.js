// In-page measuring for the questionnaire benchmark, shared by every renderer's page. A page defines
// `window.renderer = { name, ready: Promise, render(questionnaire, container), roots(container) }` and
// the benchmark calls `bench.render(form, expect)` and `bench.answer(linkId, value, expect)` through Playwright.
// "In the DOM" is when the expected text is present (or gone); "painted" is after the next frame has been
// produced (requestAnimationFrame, then a message task after it), measured the same way for every renderer.

const frame = () => new Promise((done) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => done(); c.port2.postMessage(0); }));

/** The text of the container, through open shadow roots. */
function textOf(node) {
  let text = '';
  const walk = (n) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.data;
    if (n.shadowRoot) walk(n.shadowRoot);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(node);
  return text;
}

/** Resolves with performance.now() when `test()` first holds, checking after every DOM change. */
function when(container, test) {
  return new Promise((done) => {
    const observers = [];
    const check = () => {
      if (!test()) return false;
      const at = performance.now();
      observers.forEach((o) => o.disconnect());
      done(at);
      return true;
    };
    const observe = () => {
      for (const root of [container, ...renderer.roots(container)]) {
        if (observers.some((o) => o.root === root)) continue;
        const o = new MutationObserver(() => { observe(); check(); });
        o.root = root;
        o.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        observers.push(o);
      }
    };
    observe();
    if (!check()) {
      // Renderers that update outside DOM mutations we see (e.g. inside a late shadow root): look every frame too.
      const poll = () => { if (!check()) requestAnimationFrame(poll); };
      requestAnimationFrame(poll);
    }
  });
}

const has = (container, text) => () => textOf(container).includes(text);
const lacks = (container, text) => () => !textOf(container).includes(text);

window.bench = {
  async render(name, expect) {
    const questionnaire = await (await fetch(`/forms/${name}.json`)).json();
    await renderer.ready;
    const container = document.getElementById('form');
    const scriptsDone = performance.now();
    const start = performance.now();
    renderer.render(questionnaire, container);
    const called = performance.now();
    const inDom = await when(container, has(container, expect));
    await frame();
    const painted = performance.now();
    return { scriptsDone, inDomMs: inDom - start, paintedMs: painted - start, callMs: called - start, inDomSinceNavigation: inDom, paintedSinceNavigation: painted };
  },
  /** Answers a yes/no item and waits until `expect.shows` appears or `expect.hides` disappears. */
  async answer(linkId, value, expect) {
    const container = document.getElementById('form');
    const input = renderer.booleanInput(container, linkId, value);
    if (!input) throw new Error(`${renderer.name}: no input for ${linkId}=${value}`);
    await frame();
    const start = performance.now();
    input.click();
    const done = await when(container, expect.shows ? has(container, expect.shows) : lacks(container, expect.hides));
    await frame();
    const painted = performance.now();
    return { inDomMs: done - start, paintedMs: painted - start };
  },
  /** How many question labels are on screen (a cross-check that every renderer shows the same form). */
  shown(texts) {
    const text = textOf(document.getElementById('form'));
    return texts.filter((t) => text.includes(t)).length;
  },
};
