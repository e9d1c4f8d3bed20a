import { defineStrings } from './locale.js';

/** What every element says about signing in. */
export const signInStrings = defineStrings(
  {
    signIn: 'Logga in',
    needsSignIn: 'Kräver inloggning',
    signedIn: 'Du är inloggad.',
  },
  {
    signIn: 'Sign in',
    needsSignIn: 'Requires sign-in',
    signedIn: 'You are signed in.',
  },
);
