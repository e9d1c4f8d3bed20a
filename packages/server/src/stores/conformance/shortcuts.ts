import type { StoreCase } from './kit.js';
import { same } from './kit.js';

export const shortcutCases: StoreCase[] = [
  {
    area: 'shortcuts',
    name: 'a person with no shortcuts gets an empty list',
    async run(store, s) {
      same(await store.shortcuts.get(s.person()), [], 'no shortcuts');
    },
  },
  {
    area: 'shortcuts',
    name: 'keeps the order the person saved',
    async run(store, s) {
      const refs = [
        { clinic: 'vc-linden', serviceId: 'book' },
        { clinic: 'vc-linden', serviceId: 'contact' },
        { clinic: 'vc-kvarnen', serviceId: 'book' },
      ];
      await store.shortcuts.put(s.person(), refs);
      same(await store.shortcuts.get(s.person()), refs, 'as saved');
      await store.shortcuts.put(s.person(), [refs[2], refs[0]]);
      same(await store.shortcuts.get(s.person()), [refs[2], refs[0]], 'as saved again');
    },
  },
  {
    area: 'shortcuts',
    name: "one person's shortcuts are not another's",
    async run(store, s) {
      await store.shortcuts.put(s.person('a'), [{ clinic: 'vc-linden', serviceId: 'book' }]);
      same(await store.shortcuts.get(s.person('b')), [], 'b has none');
      await store.shortcuts.put(s.person('b'), []);
      same((await store.shortcuts.get(s.person('a'))).length, 1, 'a keeps theirs');
    },
  },
  {
    area: 'shortcuts',
    name: 'a returned list is a copy: changing it changes nothing stored',
    async run(store, s) {
      await store.shortcuts.put(s.person(), [{ clinic: 'vc-linden', serviceId: 'book' }]);
      const got = await store.shortcuts.get(s.person());
      got[0].serviceId = 'changed';
      got.push({ clinic: 'x', serviceId: 'y' });
      same(await store.shortcuts.get(s.person()), [{ clinic: 'vc-linden', serviceId: 'book' }], 'unchanged');
    },
  },
  {
    area: 'shortcuts',
    name: 'concurrent saves leave one of them whole, never a mix',
    async run(store, s) {
      const first = [1, 2, 3].map((n) => ({ clinic: 'vc-linden', serviceId: `a${n}` }));
      const second = [1, 2].map((n) => ({ clinic: 'vc-kvarnen', serviceId: `b${n}` }));
      await Promise.all([store.shortcuts.put(s.person(), first), store.shortcuts.put(s.person(), second)]);
      const got = JSON.stringify(await store.shortcuts.get(s.person()));
      if (got !== JSON.stringify(first) && got !== JSON.stringify(second)) throw new Error(`store conformance: got a mix: ${got}`);
    },
  },
];
