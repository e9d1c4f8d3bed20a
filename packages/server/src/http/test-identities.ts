import type { Profession } from '@nara/contract';

/**
 * Made-up people for trying Nära out: Skatteverket-style test personnummer (valid Luhn check) and
 * staff at the seed clinics. Never real people; only the TEST sign-in and the in-page demo use them.
 */
export interface TestPatient {
  personnummer: string;
  name: string;
  /** Children this person is guardian of (the host's sign-in decides custody; the server enforces the age limit). */
  children: string[];
}

export interface TestStaff {
  id: string;
  name: string;
  profession: Profession;
  clinic: string;
}

export const testPatients: TestPatient[] = [
  { personnummer: '191212121212', name: 'Tolvan Tolvansson', children: ['201803122389', '201507072393', '201201012380'] },
  { personnummer: '201803122389', name: 'Lilla Tolvansson', children: [] },
  { personnummer: '201507072393', name: 'Sigge Tolvansson', children: [] },
  { personnummer: '201201012380', name: 'Stina Tolvansson', children: [] },
  { personnummer: '198112289874', name: 'Britt-Marie Testsson', children: [] },
  { personnummer: '194107086995', name: 'Gösta Provsson', children: [] },
];

export const testStaff: TestStaff[] = [
  { id: 'staff-anna', name: 'Anna Sjöberg', profession: 'nurse', clinic: 'vc-linden' },
  { id: 'staff-erik', name: 'Erik Lind', profession: 'doctor', clinic: 'vc-linden' },
  { id: 'staff-sara', name: 'Sara Holm', profession: 'child-health-nurse', clinic: 'vc-linden' },
  { id: 'staff-omar', name: 'Omar Haddad', profession: 'physiotherapist', clinic: 'vc-linden' },
  { id: 'staff-maja', name: 'Maja Berg', profession: 'nurse', clinic: 'vc-kvarnen' },
];

export const findTestPatient = (personnummer: string) => testPatients.find((p) => p.personnummer === personnummer);
export const findTestStaff = (id: string) => testStaff.find((s) => s.id === id);

/** Follow-up officers of a region (indicators only): one for every clinic, one for Region Uppsala's. */
export const testRegionStaff: { id: string; name: string; region?: string }[] = [
  { id: 'region-ylva', name: 'Ylva Regionsson' },
  { id: 'region-uppsala', name: 'Ulf Uppföljare', region: 'Region Uppsala' },
];
export const findTestRegionStaff = (id: string) => testRegionStaff.find((s) => s.id === id);

/** Settings admins: one of Vårdcentralen Linden, one of every clinic in Region Sörmland. */
export const testAdmins: { id: string; name: string; clinic?: string; region?: string }[] = [
  { id: 'admin-lena', name: 'Lena Verksamhetschef', clinic: 'vc-linden' },
  { id: 'admin-sormland', name: 'Sören Regionadmin', region: 'Region Sörmland' },
];
export const findTestAdmin = (id: string) => testAdmins.find((a) => a.id === id);
