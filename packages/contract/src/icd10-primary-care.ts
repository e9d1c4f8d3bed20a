/**
 * Common primary-care diagnoses (ICD-10-SE), with Swedish and English titles: the searchable list in
 * the close dialog. Any valid ICD-10-SE code is accepted on close; this list is what is offered first.
 * Titles are short forms of Socialstyrelsen's ICD-10-SE titles.
 */
export interface DiagnosisEntry {
  code: string;
  sv: string;
  en: string;
}

export const PRIMARY_CARE_DIAGNOSES: readonly DiagnosisEntry[] = [
  { code: 'J00', sv: 'Akut nasofaryngit (förkylning)', en: 'Acute nasopharyngitis (common cold)' },
  { code: 'J01.9', sv: 'Akut bihåleinflammation, ospecificerad', en: 'Acute sinusitis, unspecified' },
  { code: 'J02.0', sv: 'Streptokockfaryngit', en: 'Streptococcal pharyngitis' },
  { code: 'J02.9', sv: 'Akut faryngit, ospecificerad', en: 'Acute pharyngitis, unspecified' },
  { code: 'J03.9', sv: 'Akut tonsillit, ospecificerad', en: 'Acute tonsillitis, unspecified' },
  { code: 'J06.9', sv: 'Akut övre luftvägsinfektion, ospecificerad', en: 'Acute upper respiratory infection, unspecified' },
  { code: 'J20.9', sv: 'Akut bronkit, ospecificerad', en: 'Acute bronchitis, unspecified' },
  { code: 'J22.9', sv: 'Akut nedre luftvägsinfektion, ospecificerad', en: 'Acute lower respiratory infection, unspecified' },
  { code: 'J18.9', sv: 'Pneumoni, ospecificerad', en: 'Pneumonia, unspecified' },
  { code: 'J45.9', sv: 'Astma, ospecificerad', en: 'Asthma, unspecified' },
  { code: 'H10.9', sv: 'Konjunktivit, ospecificerad', en: 'Conjunctivitis, unspecified' },
  { code: 'H66.9', sv: 'Akut mellanöreinflammation, ospecificerad', en: 'Otitis media, unspecified' },
  { code: 'N30.0', sv: 'Akut cystit (urinvägsinfektion)', en: 'Acute cystitis' },
  { code: 'N39.0', sv: 'Urinvägsinfektion, lokalisation ospecificerad', en: 'Urinary tract infection, site not specified' },
  { code: 'L01.0', sv: 'Impetigo', en: 'Impetigo' },
  { code: 'L03.9', sv: 'Cellulit (rosfeber), ospecificerad', en: 'Cellulitis, unspecified' },
  { code: 'L20.9', sv: 'Atopiskt eksem, ospecificerat', en: 'Atopic dermatitis, unspecified' },
  { code: 'L30.9', sv: 'Dermatit, ospecificerad', en: 'Dermatitis, unspecified' },
  { code: 'B35.3', sv: 'Fotsvamp', en: 'Tinea pedis' },
  { code: 'B37.3', sv: 'Candidainfektion i vulva och vagina', en: 'Candidiasis of vulva and vagina' },
  { code: 'A09.9', sv: 'Gastroenterit, ospecificerad', en: 'Gastroenteritis, unspecified' },
  { code: 'K21.9', sv: 'Gastroesofageal reflux', en: 'Gastro-oesophageal reflux disease' },
  { code: 'K59.0', sv: 'Förstoppning', en: 'Constipation' },
  { code: 'R05', sv: 'Hosta', en: 'Cough' },
  { code: 'R50.9', sv: 'Feber, ospecificerad', en: 'Fever, unspecified' },
  { code: 'R51', sv: 'Huvudvärk', en: 'Headache' },
  { code: 'G43.9', sv: 'Migrän, ospecificerad', en: 'Migraine, unspecified' },
  { code: 'M54.5', sv: 'Lumbago (ländryggssmärta)', en: 'Low back pain' },
  { code: 'M25.5', sv: 'Ledvärk', en: 'Pain in joint' },
  { code: 'M79.1', sv: 'Myalgi', en: 'Myalgia' },
  { code: 'S93.4', sv: 'Stukning av fotled', en: 'Sprain of ankle' },
  { code: 'I10', sv: 'Essentiell hypertoni', en: 'Essential hypertension' },
  { code: 'E11.9', sv: 'Typ 2-diabetes utan komplikationer', en: 'Type 2 diabetes without complications' },
  { code: 'F32.9', sv: 'Depressiv episod, ospecificerad', en: 'Depressive episode, unspecified' },
  { code: 'F41.1', sv: 'Generaliserat ångestsyndrom', en: 'Generalised anxiety disorder' },
  { code: 'F43.2', sv: 'Anpassningsstörning', en: 'Adjustment disorder' },
  { code: 'F51.0', sv: 'Sömnstörning (icke organisk insomni)', en: 'Non-organic insomnia' },
  { code: 'T78.4', sv: 'Allergi, ospecificerad', en: 'Allergy, unspecified' },
  { code: 'J30.1', sv: 'Allergisk rinit orsakad av pollen', en: 'Allergic rhinitis due to pollen' },
  { code: 'Z76.0', sv: 'Förnyelse av recept', en: 'Issue of repeat prescription' },
  { code: 'Z02.7', sv: 'Utfärdande av intyg', en: 'Issue of medical certificate' },
  { code: 'Z71.9', sv: 'Rådgivning, ospecificerad', en: 'Counselling, unspecified' },
];

/** Entries whose code or title (in either language) contains the query, case-insensitive. */
export function searchDiagnoses(query: string, limit = 20): DiagnosisEntry[] {
  const q = query.trim().toLocaleLowerCase('sv');
  if (!q) return PRIMARY_CARE_DIAGNOSES.slice(0, limit);
  return PRIMARY_CARE_DIAGNOSES.filter((d) => `${d.code} ${d.code.replace('.', '')} ${d.sv} ${d.en}`.toLocaleLowerCase('sv').includes(q)).slice(0, limit);
}
