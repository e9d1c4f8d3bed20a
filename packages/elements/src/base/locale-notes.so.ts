import type { LocaleNotes } from './locale-notes.js';

const so: LocaleNotes = {
  unreviewed: 'Tarjumaaddan weli lama hubin.',
  contentInSwedish: 'Qoraalkan af-Soomaali laguma hayo, sidaas darteed waxaa lagu muujinayaa af-Iswiidhish.',
  // CLDR's names: Chromium ships no Somali data for Intl
  dateNames: {
    weekdays: ['Isniin', 'Talaado', 'Arbaco', 'Khamiis', 'Jimco', 'Sabti', 'Axad'],
    weekdaysShort: ['Isn', 'Tldo', 'Arbc', 'Khms', 'Jmc', 'Sbti', 'Axd'],
    months: ['Jannaayo', 'Febraayo', 'Maarso', 'Abriil', 'Maayo', 'Juun', 'Luulyo', 'Ogosto', 'Sebteembar', 'Oktoobar', 'Noofeembar', 'Diseembar'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Lul', 'Ogs', 'Seb', 'Okt', 'Nof', 'Dis'],
  },
};

export default so;
