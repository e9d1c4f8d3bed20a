import type { SignInStrings } from './sign-in-strings.js';

const fi: SignInStrings = {
  signIn: 'Kirjaudu sisään',
  needsSignIn: 'Vaatii kirjautumisen',
  signedIn: 'Olet kirjautunut sisään.',
};

export default fi;
