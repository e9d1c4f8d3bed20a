/**
 * Which (test) patients are listed at which seed clinic. A region answers "is this person a patient
 * of the clinic" from its listing register; the reference server also counts anyone who has had an
 * errand, a booking or an assessment at the clinic.
 */
export const listedPatients: Record<string, string[]> = {
  'vc-linden': ['191212121212', '201803122389', '201507072393', '201201012380', '198112289874'],
  'vc-kvarnen': ['194107086995'],
};
