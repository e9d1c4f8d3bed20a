import type { DateStrings } from './date-strings.js';

const fi: DateStrings = {
  date: { hint: 'Kirjoita muodossa VVVV-KK-PP, esimerkiksi 2026-03-14', kind: 'päivämäärä muodossa VVVV-KK-PP' },
  time: { hint: 'Kirjoita muodossa tt:mm, esimerkiksi 08:30', kind: 'aika muodossa tt:mm' },
  dateTime: { hint: 'Kirjoita muodossa VVVV-KK-PP tt:mm, esimerkiksi 2026-03-14 08:30', kind: 'päivämäärä ja aika muodossa VVVV-KK-PP tt:mm' },
  url: { hint: 'Osoite, joka alkaa https://', kind: 'osoite, joka alkaa https://' },
};

export default fi;
