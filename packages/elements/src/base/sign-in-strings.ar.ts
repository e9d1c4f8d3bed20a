import type { SignInStrings } from './sign-in-strings.js';

const ar: SignInStrings = {
  signIn: 'تسجيل الدخول',
  needsSignIn: 'يتطلب تسجيل الدخول',
  signedIn: 'لقد سجّلت الدخول.',
};

export default ar;
