import type { LocaleNotes } from './locale-notes.js';

const fi: LocaleNotes = {
  unreviewed: 'Käännöstä ei ole vielä tarkistettu.',
  contentInSwedish: 'Tätä tekstiä ei ole suomeksi, joten se näytetään ruotsiksi.',
};

export default fi;
