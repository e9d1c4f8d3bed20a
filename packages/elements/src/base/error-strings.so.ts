import type { ErrorStrings } from './error-strings.js';

const so: ErrorStrings = {
  network: 'Hadda ma gaari karno adeegga. Hubi xiriirkaaga internetka oo mar kale isku day.',
  timeout: 'Jawaabtu aad bay u daahday. Mar kale isku day.',
  aborted: 'Falka waa la joojiyay.',
  auth: 'Waa inaad gasho (log in) si aad u sii wadato.',
  forbidden: 'Ogolaansho uma lihid tan.',
  'not-found': 'Ma helin waxaad raadinaysay.',
  conflict: 'Waxaad dooratay wax baa iska beddelay inta u dhaxaysa. Eeg xaaladda cusub oo mar kale isku day.',
  'quota-exceeded': "Waxaad horey u haysataa inta ugu badan ee la ogol yahay ee arrimo socda, ballamo la qabsaday ama faylal la keydiyay. Mid xir ama jooji marka hore, ama wac xarunta caafimaadka.",
  invalid: 'Macluumaadka wax baa ka khaldan. Hubi oo mar kale isku day.',
  'too-large': 'Faylka ama qoraalka aad buu u weyn yahay.',
  'unsupported-type': 'Nooca faylkaas lama diri karo.',
  'rate-limited': 'Isku day badan ayaad samaysay waqti gaaban gudihiis. Wax yar sug oo mar kale isku day.',
  unavailable: 'Adeeggu hadda ma shaqaynayo. Mar kale isku day wax yar kadib.',
  server: 'Khalad ayaa dhinaceenna ka dhacay. Mar kale isku day wax yar kadib.',
  config: "Qaybtan bogga si sax ah looma dejin lamana soo bandhigi karo. La xiriir qofka mas’uulka ka ah bogga.",
  contract: 'Waxaan helnay jawaab aanan akhrin karin. Mar kale isku day wax yar kadib.',
  retry: 'Mar kale isku day',
};

export default so;
