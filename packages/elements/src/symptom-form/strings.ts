import { addTranslations, defineStrings } from '../base/locale.js';

export const strings = defineStrings({
  formLabel: 'Beskriv ditt ärende',
  loading: 'Hämtar frågorna …',
  retry: 'Försök igen',
  stepOf: (step: number, total: number) => `Steg ${step} av ${total}`,
  // emergency screen
  screenHeading: 'Först: behöver du akut hjälp?',
  childScreenHeading: 'Några frågor till om barnet',
  selfScreenHeading: 'Några frågor till om dig',
  screenIntro: 'Kryssa i om något av detta gäller dig, eller barnet du söker för, just nu.',
  screenLegend: 'Gäller något av detta just nu?',
  screenNone: 'Nej, inget av detta – fortsätt',
  // emergency outcome
  emergencyHeading: 'Ring 112 nu',
  writtenEmergency: 'Det du skrev kan vara ett akut läge.',
  emergencyText: 'Det du beskriver kan vara livshotande. Vänta inte på svar här – ring 112 direkt.',
  call112: 'Ring 112',
  alwaysCall112: 'Är det livshotande? Vänta inte –',
  emergencyBecause: 'Du har svarat ja på:',
  emergencyUndo: 'Jag kryssade fel – tillbaka till frågorna',
  // who
  whoHeading: 'Vem gäller det?',
  whoLegend: 'Jag söker för',
  whoSelf: 'Mig själv',
  whoChild: 'Mitt barn, som jag är vårdnadshavare för',
  childAge: 'Barnets ålder',
  ageYears: 'År',
  ageMonths: 'Månader',
  ageHint: 'Under 2 år: fyll även i månader.',
  whoMissing: 'Välj vem ärendet gäller.',
  yearsInvalid: 'Skriv barnets ålder i hela år, 0–17.',
  monthsInvalid: 'Skriv månader som ett heltal, 0–11.',
  errorSummary: 'Det finns något att rätta',
  next: 'Fortsätt',
  back: 'Tillbaka',
  cancel: 'Avbryt',
  // reason
  reasonHeading: 'Vad gäller det?',
  searchLabel: 'Sök på symtom eller ärende',
  searchHint: 'Till exempel ”halsont”, ”feber” eller ”recept”.',
  searchKeyHint: 'Använd pil upp och ner för att välja.',
  results: (count: number) => (count === 0 ? 'Inga träffar.' : count === 1 ? '1 träff.' : `${count} träffar.`),
  noMatch: 'Ingen sökorsak passar. Välj ”Annat besvär” och beskriv med egna ord.',
  fallbackOption: 'Annat besvär – beskriv med egna ord',
  common: 'Vanliga sökorsaker',
  administrative: 'Administrativa ärenden',
  administrativeHint: 'Recept, intyg, provsvar, tider med mera – besvaras av en sekreterare.',
  somethingElse: 'Något annat',
  chosenReason: (title: string) => `Vald sökorsak: ${title}`,
  reasonMissing: 'Välj en sökorsak i listan, bland de vanliga eller ”Något annat”.',
  // questions
  questionsHeading: (title: string) => `Frågor om ${title.toLowerCase()}`,
  questionsContinue: 'Till sammanfattningen',
  // review
  reviewHeading: 'Kontrollera och skicka',
  reviewEmergency: 'Akutfrågor',
  reviewEmergencyNone: 'Inget av akutläget gäller',
  reviewWho: 'Vem det gäller',
  reviewReason: 'Sökorsak',
  reviewAnswers: 'Dina svar',
  noAnswers: 'Inga svar',
  edit: 'Ändra',
  editWhat: (what: string) => `Ändra ${what.toLowerCase()}`,
  childOf: (years: number, months: number) =>
    `Mitt barn, ${years} år${months ? ` och ${months} ${months === 1 ? 'månad' : 'månader'}` : ''}`,
  yes: 'Ja',
  no: 'Nej',
  submit: 'Skicka',
  submitting: 'Skickar …',
  submitFailed: 'Dina svar är kvar. Försök skicka igen.',
  sent: 'Ditt ärende är skickat.',
  draftRestored: 'Vi har hämtat dina svar från tidigare.',
});

export type SymptomFormStrings = (typeof strings)['sv'];

addTranslations(strings, 'symptom-form', {
  en: () => import('./strings.en.js'),
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
