import type { SignInStrings } from './sign-in-strings.js';

const so: SignInStrings = {
  signIn: 'Gal',
  needsSignIn: 'Waxay u baahan tahay in aad gasho',
  signedIn: 'Waad gashay.',
};

export default so;
