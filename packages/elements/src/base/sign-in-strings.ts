import { addTranslations, defineStrings } from './locale.js';

/** What every element says about signing in. */
export const signInStrings = defineStrings({
  signIn: 'Logga in',
  needsSignIn: 'Kräver inloggning',
  signedIn: 'Du är inloggad.',
});

export type SignInStrings = (typeof signInStrings)['sv'];

addTranslations(signInStrings, 'sign-in', {
  en: () => import('./sign-in-strings.en.js'),
  ar: () => import('./sign-in-strings.ar.js'),
  fi: () => import('./sign-in-strings.fi.js'),
  so: () => import('./sign-in-strings.so.js'),
});
