import type { FollowUpStrings } from './strings.js';

const so: FollowUpStrings = {
  heading: 'Dabagal',
  filters: 'Muddada iyo xarunta',
  from: 'Laga bilaabo',
  to: 'Ilaa',
  clinic: 'Xarunta',
  allClinics: 'Dhammaan xarumaha',
  show: 'Muuji',
  loading: 'Dabagalka waa la soo rarayaa …',
  loaded: (n) => `Dabagalku wuxuu muujinayaa ${n} arrimood oo la xiray.`,
  failed: 'Dabagalka lama soo rari karin. Isku day mar kale.',
  download: 'Soo dejiso CSV',
  showTable: 'U muuji shax ahaan',
  hideTable: 'Qari shaxda',
  outcomes: 'Sida arrimuhu ku dhammaadeen',
  urgency: 'Degdegga la qiimeeyay',
  strama: 'Antibiyootiga, dadka waayeelka ah iyo dib u soo xiriirka',
  times: 'Waqtiyada jawaabta (daqiiqado)',
  perClinic: 'Kuwa si dhijitaal ah loo xalliyay xarun kasta',
  indicator: 'Cabbir',
  numerator: 'Tirada sare',
  denominator: 'Tirada hoose',
  value: 'Qiimaha',
  hidden: 'qarsoon (ka yar 5)',
  noValue: 'qiime ma leh',
  minutes: (n) => `${n} daqiiqo`,
  per1000: (n) => `${n} halkii 1,000`,
  closed: 'Arrimaha la xiray',
};

export default so;
