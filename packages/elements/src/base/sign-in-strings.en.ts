import type { SignInStrings } from './sign-in-strings.js';

const en: SignInStrings = {
  signIn: 'Sign in',
  needsSignIn: 'Requires sign-in',
  signedIn: 'You are signed in.',
};

export default en;
