import { all, any, atLeast, choice, oneOf, rule, yes, yesNo } from '../conditions.js';
import type { ReasonFamily } from '../model.js';
import { SRC } from '../sources.js';
import { text } from '../text.js';
import { chestPainNow, dizzyFaint, gutBleeding, newConfusion, sepsisSigns, stiffNeckFever, strokeSigns, testicleSudden } from '../warning-signs.js';

/** Anxiety, low mood, stress, sleep, crisis, alcohol. */
export const mentalHealth: ReasonFamily = {
  id: 'mental-health',
  category: 'medical',
  profession: 'counsellor',
  sources: [SRC.selfHarm1177, SRC.rettsPsych, SRC.cksSuicide, SRC.cksDepression],
  questions: [
    yesNo('self-harm-thoughts', 'Har du tankar på att skada dig själv eller ta ditt liv?', 'Do you have thoughts of harming yourself or taking your life?', { required: true }),
    choice('daily-life', 'Hur mycket påverkar måendet din vardag?', 'How much does it affect your daily life?', [
      ['little', 'Lite', 'A little'],
      ['much', 'Mycket', 'A lot'],
      ['cannot-cope', 'Jag klarar inte vardagen', 'I cannot cope with daily life'],
    ], { required: true }),
    yesNo('sleep', 'Sover du dåligt de flesta nätter?', 'Do you sleep badly most nights?'),
    yesNo('substances', 'Dricker du alkohol eller tar droger för att må bättre?', 'Do you drink alcohol or take drugs to feel better?'),
  ],
  rules: [
    rule(yes('self-harm-thoughts'), 'emergency', 'Tankar på att skada dig själv eller ta ditt liv behöver hjälp direkt.', 'Thoughts of harming yourself or taking your life need help straight away.', { redFlag: 'suicidal', rationale: 'Suicidal thoughts: immediate risk assessment (ambulance/psychiatric emergency).' }),
    rule(oneOf('daily-life', 'cannot-cope'), 'urgent', 'Du klarar inte vardagen just nu och behöver tala med någon i dag.', 'You cannot cope with daily life right now and need to talk to someone today.', { profession: 'doctor', rationale: 'Unable to cope: same-day risk and functional assessment.' }),
    rule(any(oneOf('daily-life', 'much'), yes('substances')), 'soon', 'Måendet påverkar din vardag mycket.', 'How you feel affects your daily life a lot.', { profession: 'psychologist', rationale: 'Marked functional impact or self-medicating with substances: prompt psychological assessment.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Psykisk ohälsa utan varningstecken kan tas om hand av en kurator i lugn takt.', 'Mental ill-health without warning signs can be cared for by a counsellor at a calm pace.'),
  selfCare: [
    text('Försök hålla regelbundna tider för sömn, mat och rörelse.', 'Try to keep regular times for sleep, meals and exercise.'),
    text('Prata med någon du litar på om hur du mår.', 'Talk to someone you trust about how you feel.'),
    text('På 1177.se finns stödprogram på nätet mot oro, stress och sömnproblem.', 'At 1177.se there are online support programmes for worry, stress and sleep problems.'),
  ],
  safetyNet: text('Ring 112 eller Självmordslinjen 90101 om du får tankar på att ta ditt liv.', 'Call 112 or the suicide helpline 90101 if you have thoughts of taking your life.'),
  channels: [{ action: 'chat' }, { action: 'book', visitType: 'video' }, { action: 'book', visitType: 'physical' }],
};

/** Contraception, periods, pregnancy, menopause, vaginal symptoms. */
export const womensHealth: ReasonFamily = {
  id: 'womens-health',
  category: 'medical',
  profession: 'midwife',
  sources: [SRC.ectopic1177, SRC.cksEctopic, SRC.cksMenorrhagia, SRC.cksContraception, SRC.cksMenopause],
  questions: [
    yesNo('heavy-bleeding', 'Blöder du så mycket att du byter binda eller tampong varje timme?', 'Are you bleeding so much that you change a pad or tampon every hour?', { required: true }),
    yesNo('pregnant-pain', 'Kan du vara gravid och har ont i magen eller blöder?', 'Could you be pregnant and have stomach pain or bleeding?', { required: true }),
    yesNo('unprotected-sex', 'Har du haft oskyddat sex de senaste 5 dygnen?', 'Have you had unprotected sex in the last 5 days?'),
    yesNo('one-sided-pain', 'Har du ont mest på ena sidan nedtill i magen?', 'Is the pain mostly on one side low in the stomach?'),
    dizzyFaint,
    yesNo('pregnant', 'Är du gravid?', 'Are you pregnant?'),
  ],
  rules: [
    rule(all(yes('pregnant-pain'), any(yes('dizzy-faint'), yes('one-sided-pain'))), 'emergency-department', 'Smärta eller blödning när du kan vara gravid, med ensidig smärta, yrsel eller svimning, kan vara ett utomkvedshavandeskap som behöver undersökas direkt.', 'Pain or bleeding when you could be pregnant, with one-sided pain, dizziness or fainting, can be an ectopic pregnancy that needs to be examined at once.', { profession: 'doctor', redFlag: 'ectopic', rationale: 'Possible pregnancy + unilateral pain or syncope: ectopic until excluded.' }),
    rule(all(yes('heavy-bleeding'), yes('dizzy-faint')), 'emergency-department', 'Kraftig blödning med yrsel eller svimning behöver undersökas direkt.', 'Heavy bleeding with dizziness or fainting needs to be examined at once.', { profession: 'doctor', redFlag: 'gynae-bleeding', rationale: 'Heavy vaginal bleeding with postural symptoms: hypovolaemia.' }),
    rule(all(yes('pregnant'), yes('pregnant-pain')), 'emergency-department', 'Smärta eller blödning under graviditeten behöver undersökas direkt.', 'Pain or bleeding in pregnancy needs to be examined at once.', { profession: 'doctor', redFlag: 'pregnancy-warning', rationale: 'Known pregnancy with pain or bleeding: ectopic, miscarriage, abruption.', sources: [SRC.pregnancyWarning1177] }),
    rule(yes('pregnant-pain'), 'urgent', 'Smärta eller blödning när man kan vara gravid behöver bedömas i dag (till exempel utomkvedshavandeskap).', 'Pain or bleeding when you could be pregnant needs to be assessed today (for example an ectopic pregnancy).', { profession: 'doctor', rationale: 'Possible pregnancy with pain/bleeding: same-day hCG, exclude ectopic.' }),
    rule(yes('heavy-bleeding'), 'urgent', 'Mycket kraftig blödning behöver bedömas i dag.', 'Very heavy bleeding needs to be assessed today.', { profession: 'doctor', rationale: 'Soaking a pad hourly: heavy bleeding, same-day Hb and assessment.' }),
    rule(yes('unprotected-sex'), 'soon', 'Akut p-piller fungerar bäst ju tidigare de tas; de finns receptfritt på apoteket.', 'Emergency contraception works best the sooner it is taken; it is sold without prescription at pharmacies.', { rationale: 'Emergency contraception: efficacy falls with time (levonorgestrel < 72 h, ulipristal < 120 h).' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Frågor om preventivmedel, mens och klimakteriet tas om hand av barnmorska i lugn takt.', 'Questions about contraception, periods and menopause are handled by a midwife at a calm pace.'),
  selfCare: [{ text: text('Receptfria smärtstillande läkemedel och värme lindrar mensvärk.', 'Over-the-counter pain relief and heat ease period pain.'), notInPregnancy: true, unless: yes('pregnant-pain') }],
  safetyNet: text('Sök vård samma dag vid kraftig blödning, svår buksmärta eller feber.', 'Seek care the same day for heavy bleeding, severe stomach pain or fever.'),
};

/** Sexual health: testing for infections, erectile problems. */
export const sexualHealth: ReasonFamily = {
  id: 'sexual-health',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.torsion1177, SRC.cksScrotal, SRC.cksSti],
  questions: [
    yesNo('symptoms', 'Har du sveda, flytningar, sår eller klåda i underlivet?', 'Do you have stinging, discharge, sores or itching in the genitals?'),
    yesNo('partner-positive', 'Har en partner fått en sexuellt överförbar infektion?', 'Has a partner been diagnosed with a sexually transmitted infection?'),
    yesNo('testicle-pain', 'Har du plötsligt fått ont i en testikel eller i pungen?', 'Have you suddenly got pain in a testicle or the scrotum?'),
    yesNo('scrotal-lump', 'Har du känt en knöl i en testikel som inte gör ont?', 'Have you felt a painless lump in a testicle?'),
  ],
  rules: [
    rule(yes('testicle-pain'), 'emergency-department', 'Plötslig smärta i en testikel kan vara en vridning (testikeltorsion) som måste opereras inom några timmar.', 'Sudden pain in a testicle can be a twist (torsion) that must be operated on within hours.', { profession: 'doctor', redFlag: 'testicular-torsion', rationale: 'Acute scrotal pain = torsion until excluded; salvage falls after 6 h.', sources: [SRC.torsion1177, SRC.rettsScrotum, SRC.cksScrotal] }),
    rule(yes('scrotal-lump'), 'soon', 'En knöl i en testikel ska undersökas av en läkare inom några dagar.', 'A lump in a testicle should be examined by a doctor within a few days.', { profession: 'doctor', rationale: 'Painless testicular lump: testicular cancer pathway (ultrasound).' }),
    rule(any(yes('symptoms'), yes('partner-positive')), 'soon', 'Symtom eller en partner med infektion gör att du bör testas snart.', 'Symptoms or a partner with an infection mean you should be tested soon.', { rationale: 'STI symptoms or partner positive: testing and treatment within days.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Provtagning utan symtom kan bokas i lugn takt.', 'Testing without symptoms can be booked at a calm pace.'),
  selfCare: [{ text: text('Använd kondom tills du har fått provsvar.', 'Use a condom until you have your test results.'), minAgeMonths: 180, unless: yes('testicle-pain') }],
  safetyNet: text('Sök vård direkt på akutmottagning vid plötslig smärta i en testikel.', 'Go to the emergency department at once for sudden pain in a testicle.'),
};

/** Long-term conditions followed up at the clinic. */
export const longTermCondition: ReasonFamily = {
  id: 'long-term-condition',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.cksDiabetes],
  questions: [
    yesNo('values-off', 'Har dina egna mätvärden (blodsocker, blodtryck) varit sämre än vanligt?', 'Have your own readings (blood sugar, blood pressure) been worse than usual?'),
    atLeastQuestion(),
    yesNo('new-symptoms', 'Har du fått nya besvär sedan förra kontrollen?', 'Have you had new symptoms since your last check-up?'),
    yesNo('vomiting', 'Kräks du eller andas du snabbt och djupt?', 'Are you vomiting or breathing fast and deep?'),
    ...chestPainNow.questions,
    ...strokeSigns.questions,
  ],
  rules: [
    ...chestPainNow.rules,
    ...strokeSigns.rules,
    rule(all(atLeast('glucose', 15), yes('vomiting')), 'emergency-department', 'Högt blodsocker med kräkningar eller snabb, djup andning kan vara ketoacidos, som behöver behandlas direkt.', 'High blood sugar with vomiting or fast, deep breathing can be ketoacidosis, which needs treatment at once.', { profession: 'doctor', redFlag: 'hyperglycaemia', rationale: 'Hyperglycaemia + vomiting/Kussmaul breathing: DKA/HHS.', sources: [SRC.cksDiabetes] }),
    rule(atLeast('glucose', 20), 'urgent', 'Ett blodsocker på 20 mmol/l eller mer behöver bedömas i dag.', 'A blood sugar of 20 mmol/l or more needs to be assessed today.', { profession: 'doctor', rationale: 'Glucose ≥ 20 mmol/l: hyperglycaemia, ketones and same-day review.' }),
    rule(any(yes('values-off'), yes('new-symptoms')), 'soon', 'Sämre värden eller nya besvär bör följas upp snart.', 'Worse readings or new symptoms should be followed up soon.', { rationale: 'Worse readings or new symptoms: earlier follow-up.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Din kontroll kan planeras i lugn takt hos sjuksköterskan.', 'Your check-up can be planned at a calm pace with the nurse.'),
  selfCare: [text('Ta med dina mätvärden och läkemedelslista till besöket.', 'Bring your readings and your list of medicines to the visit.')],
  safetyNet: text('Kontakta vården samma dag om du mår mycket sämre eller får mycket höga eller låga värden.', 'Contact care the same day if you feel much worse or get very high or low readings.'),
};

function atLeastQuestion() {
  return {
    id: 'glucose',
    type: 'decimal' as const,
    min: 1,
    max: 40,
    unit: 'mmol/L',
    text: text('Om du har diabetes: ditt senaste blodsocker (mmol/l)', 'If you have diabetes: your latest blood sugar (mmol/l)'),
  };
}

/** Everything else medical: tiredness, weight, lumps, side effects, memory. */
export const generalMedical: ReasonFamily = {
  id: 'general-medical',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.selfCare1177, SRC.rettsConfusion, SRC.cksSepsis],
  questions: [
    yesNo('worse-fast', 'Har besvären blivit snabbt sämre?', 'Has the problem got worse quickly?'),
    yesNo('lump-growing', 'Har du en knöl som växer, eller oförklarad viktnedgång eller nattsvettningar?', 'Do you have a lump that is growing, or unexplained weight loss or night sweats?'),
    yesNo('medicine-reaction', 'Tror du att besvären kommer av ett läkemedel?', 'Do you think the problem is caused by a medicine?'),
    ...chestPainNow.questions,
    ...strokeSigns.questions,
    ...newConfusion.questions,
    ...stiffNeckFever.questions,
    sepsisSigns.questions[0],
    ...gutBleeding.questions,
    ...testicleSudden.questions,
    yesNo('severe-pain-anywhere', 'Har du plötslig, svår smärta som inte lättar?', 'Do you have sudden, severe pain that does not ease?'),
    yesNo('bleeding-wont-stop', 'Blöder det, till exempel från näsan, fortfarande efter 15 minuters hårt tryck?', 'Is it bleeding, for example from the nose, still after 15 minutes of firm pressure?'),
  ],
  rules: [
    ...chestPainNow.rules,
    ...strokeSigns.rules,
    ...newConfusion.rules,
    ...stiffNeckFever.rules,
    ...sepsisSigns.rules,
    ...gutBleeding.rules,
    ...testicleSudden.rules,
    rule(yes('bleeding-wont-stop'), 'emergency-department', 'En blödning som inte slutar efter 15 minuters tryck behöver stoppas på en akutmottagning.', 'Bleeding that does not stop after 15 minutes of pressure needs to be stopped at an emergency department.', { redFlag: 'bleeding-uncontrolled', rationale: 'Persistent epistaxis/bleeding despite pressure: packing/cautery, check anticoagulation.', sources: [SRC.rettsBleeding], advice: text('Sitt framåtlutad och tryck hårt på näsvingarna under tiden.', 'Sit leaning forward and keep pressing firmly on the soft part of the nose.') }),
    rule(yes('severe-pain-anywhere'), 'emergency-department', 'Plötslig, svår smärta som inte lättar behöver undersökas direkt.', 'Sudden, severe pain that does not ease needs to be examined at once.', { profession: 'doctor', redFlag: 'severe-pain', rationale: 'Sudden severe unremitting pain of unknown site: vascular/surgical cause until assessed (RETTS orange for pain ≥ 7).', sources: [SRC.rettsAbdomen] }),
    rule(yes('worse-fast'), 'soon', 'Besvär som snabbt blir sämre bör bedömas inom några dagar.', 'A problem that is getting worse quickly should be assessed within a few days.', { rationale: 'Rapid deterioration: assessment within days.' }),
    rule(yes('lump-growing'), 'soon', 'En växande knöl, oförklarad viktnedgång eller nattsvettningar bör utredas av läkare.', 'A growing lump, unexplained weight loss or night sweats should be investigated by a doctor.', { profession: 'doctor', rationale: 'Red-flag constitutional symptoms or growing lump: cancer pathway (SVF) work-up.' }),
    rule(yes('medicine-reaction'), 'routine', 'Misstänkta biverkningar bör gås igenom med vården; sluta inte med ett läkemedel utan att fråga.', 'Suspected side effects should be reviewed with care staff; do not stop a medicine without asking.', { rationale: 'Suspected adverse drug reaction: medication review; do not stop unadvised.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Dina besvär kan bedömas i lugn takt.', 'Your problem can be assessed at a calm pace.'),
  selfCare: [text('Skriv ner när besvären kommer och vad som påverkar dem.', 'Write down when the problem comes and what affects it.')],
  safetyNet: text('Kontakta vården om du blir sämre eller får nya besvär.', 'Contact care if you get worse or get new symptoms.'),
};
