/**
 * The care journey in Arabic, Finnish and Somali on a 320 px phone: the menu and the emergency
 * screen in the language, axe clean, no sideways scrolling, right to left in Arabic with its chevrons
 * mirrored, and the backend's questions marked as Swedish. (A sample for `npm test`; every story in
 * every language: `npm run test:a11y:locales`.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../packages/elements/src/care-journey/define.js';
import { visibleText, waitForText } from './helpers/elements.js';

const TEXT = {
  ar: { menu: 'بماذا تحتاج المساعدة؟', describe: 'صِف أعراضك', screen: 'أولًا: هل تحتاج إلى مساعدة طارئة؟', swedish: 'هذا النص غير متوفر باللغة العربية، لذلك يظهر باللغة السويدية.', none: 'لا، لا شيء من هذا – تابع' },
  fi: { menu: 'Missä tarvitset apua?', describe: 'Kerro oireistasi', screen: 'Ensin: tarvitsetko kiireellistä apua?', swedish: 'Tätä tekstiä ei ole suomeksi, joten se näytetään ruotsiksi.', none: 'Ei, mikään näistä ei koske – jatka' },
  so: { menu: 'Maxaad u baahan tahay in lagaa caawiyo?', describe: 'Sharax calaamadahaaga', screen: 'Marka hore: ma u baahan tahay caawimaad degdeg ah?', swedish: 'Qoraalkan af-Soomaali laguma hayo, sidaas darteed waxaa lagu muujinayaa af-Iswiidhish.', none: 'Maya, midna ma jiro – sii wad' },
} as const;

/** Every element inside `root`, through shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** Nothing wider than the phone: the page does not scroll sideways. */
const scrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('the care journey in Arabic, Finnish and Somali at 320 px', () => {
  before(() => setViewport({ width: 320, height: 720 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of ['ar', 'fi', 'so'] as const) {
    it(`${locale}: is accessible, in ${locale}, and fits the phone from the menu to the emergency screen`, async () => {
      const t = TEXT[locale];
      sessionStorage.clear(); // no draft from the language before
      const el = await fixture<HTMLElement>(html`<nara-care-journey demo clinic="vc-linden" locale=${locale} child-health no-history></nara-care-journey>`);
      await waitForText(el, t.menu);
      await expect(el).to.be.accessible();
      expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(el.getAttribute('lang')).to.equal(locale);
      expect(scrollsSideways(), 'menu scrolls sideways').to.equal(false);

      const chevron = [...deep(el.shadowRoot!)].find((e) => e.matches('svg[data-mirror]'));
      expect(chevron, 'a tile chevron').to.exist;
      expect(getComputedStyle(chevron!).scale).to.equal(locale === 'ar' ? '-1 1' : 'none');

      const describe = [...deep(el.shadowRoot!)].find((e) => e.tagName === 'BUTTON' && e.textContent!.includes(t.describe)) as HTMLButtonElement;
      describe.click();
      await waitForText(el, t.screen, 10_000);
      await waitForText(el, t.swedish, 10_000); // the emergency questions come from a backend with Swedish only
      const question = [...deep(el.shadowRoot!)].find((e) => e.matches('.flags label'))!;
      expect(question.getAttribute('lang')).to.equal('sv');
      expect(getComputedStyle(question).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
      expect(scrollsSideways(), 'emergency screen scrolls sideways').to.equal(false);
      expect(visibleText(el)).to.contain(t.none);
    });
  }
});
