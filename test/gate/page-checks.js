// In-page half of the accessibility gate: injected as a classic script into every story page, so
// the Node side only calls `window.naraGate.<check>()`. Plain JS on purpose: it runs as written,
// with no transpiler helpers. Every check looks through open shadow roots.
(() => {
  const storyRoot = () => document.querySelector('#storybook-root') ?? document.body;

  /** Every element under `root`, through open shadow roots and into slotted content once. */
  function* deepElements(root) {
    const walk = function* (node) {
      for (const child of node.children) {
        yield child;
        if (child.shadowRoot) yield* walk(child.shadowRoot);
        yield* walk(child);
      }
    };
    yield* walk(root);
  }

  /** The composed parent: parent element, or the host when at the top of a shadow root. */
  const composedParent = (el) => el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);

  const isInside = (el, ancestor) => {
    for (let node = el; node; node = composedParent(node)) if (node === ancestor) return true;
    return false;
  };

  /** A short CSS-like path naming an element, through shadow hosts: `nara-x >> button.edit`. */
  const describe = (el) => {
    const parts = [];
    for (let node = el; node; ) {
      const root = node.getRootNode();
      const tag = node.localName + (node.id ? `#${node.id}` : '') + (node.classList?.length ? `.${[...node.classList].slice(0, 2).join('.')}` : '');
      parts.unshift(tag);
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return parts.join(' >> ');
  };

  const isRendered = (el) => {
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };

  /** Is anything in the story still loading (`aria-busy="true"`)? */
  const busy = () => [...deepElements(storyRoot())].some((el) => el.getAttribute('aria-busy') === 'true');

  /** Storybook's render of the current story: `finished` once play and afterEach (its own a11y run) are done. */
  const phase = () => window.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? 'none';

  const frames = (n = 2) => new Promise((resolve) => {
    const step = () => (n-- <= 0 ? resolve() : requestAnimationFrame(step));
    step();
  });

  /** axe over the whole page (hidden Storybook chrome is skipped by axe), WCAG 2.2 AA rules only. */
  const axeRun = async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' >> ')),
      summary: v.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? '',
    }));
  };

  /** Horizontal scrolling of the page, and what sticks out past the viewport. */
  const horizontalOverflow = () => {
    const page = document.scrollingElement;
    const width = page.clientWidth;
    // 1 px of slack: sub-pixel layout can round the scroll width up by one
    if (page.scrollWidth <= width + 1) return null;
    const culprits = [...deepElements(storyRoot())]
      .filter((el) => isRendered(el) && el.getBoundingClientRect().right > width + 1)
      // the innermost offenders say most
      .filter((el, _i, all) => !all.some((other) => other !== el && isInside(other, el)))
      .slice(0, 5)
      .map(describe);
    // a story's own wrapper with a fixed width (e.g. style="width: 320px" plus Storybook's padding)
    const wrappers = [...storyRoot().querySelectorAll('[style*="width"]')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && /(^|;)\s*(inline-size|width)\s*:/.test(el.getAttribute('style')))
      .map((el) => `the story's own <${el.localName} style="${el.getAttribute('style')}"> is wider than the viewport: use max-width / max-inline-size`);
    return { scrollWidth: page.scrollWidth, clientWidth: width, culprits: [...wrappers, ...culprits] };
  };

  /** Elements whose content is cut off horizontally (overflow hidden/clip, or ellipsis). */
  const clippedContent = () =>
    [...deepElements(storyRoot())]
      .filter((el) => {
        if (!isRendered(el) || el.clientWidth <= 2) return false; // visually-hidden text is 1 px on purpose
        if (['input', 'textarea', 'select'].includes(el.localName)) return false; // a field scrolls its own value
        const style = getComputedStyle(el);
        const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
        return clips && el.scrollWidth > el.clientWidth + 1;
      })
      .slice(0, 5)
      .map((el) => `${describe(el)} (${el.scrollWidth}px of content in ${el.clientWidth}px)`);

  /** The focused element, through shadow roots. */
  const deepActive = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };

  /** Whether the focused element shows a focus indicator: an outline on it or on its composed parent. */
  const focusIndicator = () => {
    const el = deepActive();
    if (!el || el === document.body || !isInside(el, storyRoot())) return { inStory: false };
    const shows = (node) => {
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    };
    const parent = composedParent(el);
    return { inStory: true, name: describe(el), visible: shows(el) || (parent ? shows(parent) : false) };
  };

  /** Animations and transitions in the story still running for longer than 0.01 s. */
  const longAnimations = () =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running' && a.effect?.target && isInside(a.effect.target, storyRoot()))
      .map((a) => ({ a, duration: Number(a.effect.getComputedTiming().duration) || 0 }))
      .filter(({ duration }) => duration > 10)
      .map(({ a, duration }) => `${a.animationName ?? a.transitionProperty ?? a.constructor.name} on ${describe(a.effect.target)} (${duration} ms)`);

  /**
   * Shows a story (or the same story under new globals) in this page, the way Storybook's UI does,
   * and resolves with Storybook's verdict once play and afterEach are done.
   */
  const show = (storyId, globals) =>
    new Promise((resolve) => {
      const channel = window.__STORYBOOK_PREVIEW__.channel;
      const finished = (event) => {
        if (event.storyId !== storyId) return;
        channel.off('storyFinished', finished);
        resolve(event.status);
      };
      channel.on('storyFinished', finished);
      if (globals) channel.emit('updateGlobals', { globals });
      else channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
    });

  /** The story's rendered text, through shadow roots (what a sighted user reads, roughly). */
  const text = () => {
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent.trim());
        else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.localName === 'style' || child.localName === 'script') continue;
          if (child.shadowRoot) walk(child.shadowRoot);
          walk(child);
        }
      }
    };
    walk(storyRoot());
    return parts.filter(Boolean).join(' ');
  };

  window.naraGate = { text, show, phase, busy, frames, axeRun, horizontalOverflow, clippedContent, focusIndicator, longAnimations };
})();
