import { addTranslations, defineStrings } from '../base/locale.js';

export const scheduleStrings = defineStrings({
  legend: 'Tider som patienterna kan boka',
  help: 'Varje block är en yrkesgrupp som tar emot på ett sätt, vissa veckodagar, i svensk tid. Ändringar syns i bokningens lediga tider så fort du har sparat; redan bokade tider ligger kvar.',
  limits: 'Regler för bokning',
  leadMinutes: 'Boka senast (minuter före besöket)',
  cancelLimitHours: 'Av- och ombokning senast (timmar före besöket)',
  horizonDays: 'Visa lediga tider (dagar framåt)',
  block: 'Block',
  visitType: 'Sätt att mötas',
  visitTypes: { physical: 'Besök på mottagningen', video: 'Videosamtal', phone: 'Telefonsamtal' } as Record<string, string>,
  profession: 'Yrkesgrupp',
  days: 'Dagar',
  from: 'Från',
  to: 'Till',
  minutes: 'Besökets längd (minuter)',
  breaks: 'Raster',
  breakFrom: 'Rast från',
  breakTo: 'Rast till',
  addBreak: 'Lägg till en rast',
  removeBreak: (n: number) => `Ta bort rast ${n}`,
  removeBlock: (label: string) => `Ta bort blocket ${label}`,
  addBlock: 'Lägg till ett block',
  removed: (label: string) => `Blocket ${label} är borttaget. Spara för att ta bort tiderna.`,
  none: 'Inga block: patienterna kan inte boka någon tid.',
  noDays: 'välj minst en dag.',
  closesAfterOpens: 'till ska vara efter från.',
  minutesRange: 'besökets längd ska vara ett helt antal minuter, 5–240.',
  minutesFit: 'ett besök får inte plats mellan från och till.',
  breakOrder: (n: number) => `rast ${n} ska sluta efter att den börjar, inom blockets tider.`,
  range: (label: string, min: number, max: number) => `${label}: ett heltal ${min}–${max}.`,
});

export type ScheduleStrings = (typeof scheduleStrings)['sv'];

addTranslations(scheduleStrings, 'clinic-settings-schedule', { en: () => import('./schedule-strings.en.js') });
