import type { ErrorStrings } from './error-strings.js';

const fi: ErrorStrings = {
  network: 'Emme saa juuri nyt yhteyttä palveluun. Tarkista internetyhteytesi ja yritä uudelleen.',
  timeout: 'Vastauksen saaminen kesti liian kauan. Yritä uudelleen.',
  aborted: 'Toiminto keskeytettiin.',
  auth: 'Sinun täytyy kirjautua sisään jatkaaksesi.',
  forbidden: 'Sinulla ei ole oikeutta tähän.',
  'not-found': 'Emme löytäneet sitä, mitä etsit.',
  conflict: 'Valitsemasi asia on muuttunut sillä välin. Katso uusi tilanne ja yritä uudelleen.',
  'quota-exceeded': "Sinulla on jo niin monta avointa asiaa, varattua aikaa tai tallennettua tiedostoa kuin on sallittua. Sulje tai peru jokin ensin tai soita terveysasemalle.",
  invalid: 'Tiedoissa on jotain väärin. Tarkista ne ja yritä uudelleen.',
  'too-large': 'Tiedosto tai teksti on liian suuri.',
  'unsupported-type': 'Tämän tyyppistä tiedostoa ei voi lähettää.',
  'rate-limited': 'Olet yrittänyt monta kertaa lyhyessä ajassa. Odota hetki ja yritä uudelleen.',
  unavailable: 'Palvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.',
  server: 'Meillä tapahtui virhe. Yritä hetken kuluttua uudelleen.',
  config: "Tätä sivun osaa ei ole määritetty oikein, eikä sitä voi näyttää. Ota yhteyttä sivuston ylläpitäjään.",
  contract: 'Saimme vastauksen, jota emme pysty lukemaan. Yritä hetken kuluttua uudelleen.',
  retry: 'Yritä uudelleen',
};

export default fi;
