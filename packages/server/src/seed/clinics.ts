import type { Channel, Icon, OpeningHours } from '@nara/contract';
import { text, type Text } from './text.js';

/** A clinic as seeded: like the contract's `Clinic`, with text in both languages. */
export interface ClinicSeed {
  id: string;
  name: string;
  region: string;
  address: { street: string; postalCode: string; city: string };
  phone: string;
  website?: string;
  channels: Channel[];
  openingHours: OpeningHours[];
  listing: { acceptsNewPatients: boolean; note?: Text };
  services: { id: string; title: Text; description?: Text; icon: Icon; href?: string }[];
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** The services every seeded clinic offers; a patient pins some of them as shortcuts. */
const services = (site: string): ClinicSeed['services'] => [
  { id: 'contact', title: text('Kontakta oss', 'Contact us'), description: text('Beskriv ditt ärende och få hjälp', 'Describe your errand and get help'), icon: 'chat' },
  { id: 'book', title: text('Boka tid', 'Book an appointment'), description: text('Fysiskt besök, video eller telefon', 'In person, video or phone'), icon: 'calendar' },
  { id: 'renew-prescription', title: text('Förnya recept', 'Renew a prescription'), description: text('För läkemedel du redan har fått', 'For medicines you have already been prescribed'), icon: 'prescription' },
  { id: 'test-results', title: text('Provsvar', 'Test results'), description: text('Se svar på prover du har lämnat', 'See results of tests you have taken'), icon: 'test-result' },
  { id: 'sick-note', title: text('Sjukintyg', 'Sick-leave certificate'), description: text('Förläng eller fråga om intyg', 'Extend or ask about a certificate'), icon: 'certificate' },
  { id: 'child-health', title: text('Barnavårdscentralen (BVC)', 'Child health centre (BVC)'), description: text('Chatta med BVC-sjuksköterskan', 'Chat with the child-health nurse'), icon: 'child' },
  { id: 'vaccination', title: text('Vaccination', 'Vaccination'), description: text('Influensa, covid-19 och resevaccin', 'Flu, COVID-19 and travel vaccines'), icon: 'vaccine' },
  { id: 'self-care', title: text('Råd om egenvård', 'Self-care advice'), description: text('Vad du kan göra själv', 'What you can do yourself'), icon: 'self-care', href: 'https://www.1177.se/' },
  { id: 'about', title: text('Om vårdcentralen', 'About the clinic'), description: text('Adress, öppettider och personal', 'Address, opening hours and staff'), icon: 'clinic', href: site },
];

const hours = (channel: Channel, days: number[], opens: string, closes: string, profession?: OpeningHours['profession']): OpeningHours =>
  profession ? { channel, profession, days, opens, closes } : { channel, days, opens, closes };

export const clinicSeeds: ClinicSeed[] = [
  {
    id: 'vc-linden',
    name: 'Vårdcentralen Linden',
    region: 'Region Sörmland',
    address: { street: 'Lindengatan 12', postalCode: '611 32', city: 'Nyköping' },
    phone: '0155-24 60 00',
    website: 'https://vc-linden.example.se/',
    channels: ['chat', 'video', 'phone', 'physical'],
    openingHours: [
      hours('physical', WEEKDAYS, '08:00', '17:00'),
      hours('phone', WEEKDAYS, '08:00', '16:30'),
      hours('chat', WEEKDAYS, '08:00', '16:00', 'secretary'),
      hours('chat', WEEKDAYS, '08:00', '16:00', 'nurse'),
      hours('chat', EVERY_DAY, '08:00', '20:00', 'child-health-nurse'),
      hours('chat', EVERY_DAY, '08:00', '18:00', '1177-nurse'),
      hours('video', WEEKDAYS, '08:30', '16:00', 'doctor'),
    ],
    listing: { acceptsNewPatients: true, note: text('Du kan lista dig via 1177.se.', 'You can register with us at 1177.se.') },
    services: services('https://vc-linden.example.se/om-oss'),
  },
  {
    id: 'hc-alvstranden',
    name: 'Hälsocentralen Älvstranden',
    region: 'Region Norrbotten',
    address: { street: 'Storgatan 5', postalCode: '972 31', city: 'Luleå' },
    phone: '0920-28 40 00',
    website: 'https://alvstranden.example.se/',
    channels: ['chat', 'video', 'phone', 'physical'],
    openingHours: [
      hours('physical', WEEKDAYS, '07:30', '16:00'),
      hours('phone', WEEKDAYS, '08:00', '12:00'),
      hours('phone', WEEKDAYS, '13:00', '15:00'),
      hours('chat', WEEKDAYS, '08:00', '16:00', 'secretary'),
      hours('chat', WEEKDAYS, '08:00', '16:00', 'nurse'),
      hours('chat', WEEKDAYS, '09:00', '15:00', 'physiotherapist'),
      hours('chat', EVERY_DAY, '08:00', '18:00', '1177-nurse'),
      hours('video', WEEKDAYS, '09:00', '15:00', 'doctor'),
    ],
    listing: { acceptsNewPatients: true },
    services: services('https://alvstranden.example.se/om-oss'),
  },
  {
    id: 'vc-kvarnen',
    name: 'Vårdcentralen Kvarnen',
    region: 'Region Uppsala',
    address: { street: 'Kvarngatan 3', postalCode: '753 20', city: 'Uppsala' },
    phone: '018-611 00 00',
    channels: ['chat', 'phone', 'physical'],
    openingHours: [
      hours('physical', WEEKDAYS, '08:00', '16:00'),
      hours('phone', WEEKDAYS, '08:00', '16:00'),
      hours('chat', WEEKDAYS, '08:00', '16:00', 'secretary'),
      hours('chat', WEEKDAYS, '08:00', '16:00', 'nurse'),
    ],
    listing: { acceptsNewPatients: false, note: text('Vi tar just nu inte emot nya patienter.', 'We are not taking new patients at the moment.') },
    services: services('https://kvarnen.example.se/').filter((s) => s.id !== 'child-health'),
  },
];
