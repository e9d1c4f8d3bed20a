import { useEffect, useState } from 'react';
import { NaraCareJourney, NaraProvider } from '@nara/react';

const LANGUAGES = [
  { code: 'sv', name: 'Svenska', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fi', name: 'Suomi', dir: 'ltr' },
  { code: 'so', name: 'Soomaali', dir: 'ltr' },
] as const;

type Language = (typeof LANGUAGES)[number]['code'];

const TEXT: Record<Language, { title: string; language: string; signIn: string; signedIn: string; lastStep: string }> = {
  sv: { title: 'Min vård', language: 'Språk', signIn: 'Logga in (test)', signedIn: 'Inloggad som testperson', lastStep: 'Senaste steg' },
  en: { title: 'My care', language: 'Language', signIn: 'Sign in (test)', signedIn: 'Signed in as the test person', lastStep: 'Last step' },
  ar: { title: 'رعايتي', language: 'اللغة', signIn: 'تسجيل الدخول (تجربة)', signedIn: 'مسجّل الدخول كشخص تجريبي', lastStep: 'آخر خطوة' },
  fi: { title: 'Oma hoitoni', language: 'Kieli', signIn: 'Kirjaudu (testi)', signedIn: 'Kirjautunut testihenkilönä', lastStep: 'Viimeisin vaihe' },
  so: { title: 'Daryeelkayga', language: 'Luqadda', signIn: 'Gal (tijaabo)', signedIn: 'Waxaad u gashay qofka tijaabada', lastStep: 'Tallaabadii ugu dambaysay' },
};

/** The app's own sign-in (BankID in a real app): Nära only ever gets the token. */
const TEST_TOKEN = 'test:191212121212';

export function App() {
  const [language, setLanguage] = useState<Language>('sv');
  const [token, setToken] = useState<string | null>(null);
  const [step, setStep] = useState('menu');
  const [errors, setErrors] = useState<string[]>([]);
  const t = TEXT[language];

  // the page follows the chosen language: lang and dir on <html>, so the app's own layout mirrors too
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = LANGUAGES.find((l) => l.code === language)!.dir;
  }, [language]);

  return (
    <>
      <header className="app-header">
        <h1>{t.title}</h1>
        <label>
          {t.language}{' '}
          <select id="language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        {token ? <span id="who">{t.signedIn}</span> : <button id="sign-in" onClick={() => setToken(TEST_TOKEN)}>{t.signIn}</button>}
      </header>
      <main>
        <NaraProvider
          demo
          clinic="vc-linden"
          locale={language}
          getToken={() => token}
          onNaraAuthRequired={(e) => {
            setToken(TEST_TOKEN);
            e.detail.retry();
          }}
          onNaraError={(e) => setErrors((list) => [...list, `${e.detail.code}: ${e.detail.message}`])}
        >
          <NaraCareJourney childHealth headingLevel={2} onNaraJourneyStep={(e) => setStep(e.detail.step)} />
        </NaraProvider>
        <p className="status">
          {t.lastStep}: <output id="step">{step}</output>
        </p>
        {errors.length > 0 && (
          <ul id="errors">
            {errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
