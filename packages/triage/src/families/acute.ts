import { all, any, atLeast, choice, is, no, rule, yes, yesNo } from '../conditions.js';
import { COMMON } from '../common-items.js';
import type { ReasonFamily } from '../model.js';
import { SRC } from '../sources.js';
import { text } from '../text.js';
import { feverishQuestion, stiffNeckFever, strokeSigns } from '../warning-signs.js';

const T = COMMON.temperature;
const feverish = any(atLeast(T, 38), yes('feverish'));

/** Chest pain: emergencies unless it is clearly old and only hurts when pressed. */
export const chestPain: ReasonFamily = {
  id: 'chest-pain',
  category: 'medical',
  profession: 'doctor',
  sources: [SRC.chest1177, SRC.rettsChest, SRC.cksChest],
  questions: [
    choice('chest-pain-when', 'När har du ont eller tryck i bröstet?', 'When do you have pain or pressure in your chest?', [
      ['now', 'Just nu', 'Right now'],
      ['passed-24h', 'Det har gått över, men var i dag eller i går', 'It has passed, but it was today or yesterday'],
      ['exertion', 'Det kommer och går när jag anstränger mig', 'It comes and goes when I exert myself'],
      ['weeks', 'Ibland sedan flera veckor, inte vid ansträngning', 'Now and then for several weeks, not on exertion'],
    ], { required: true, child: text('När har barnet ont eller tryck i bröstet?', 'When does the child have pain or pressure in the chest?') }),
    yesNo('radiating', 'Strålar smärtan ut i armen, halsen, käken eller ryggen, eller är du kallsvettig eller illamående?', 'Does the pain spread to the arm, neck, jaw or back, or are you in a cold sweat or nauseous?'),
    yesNo('breathless-now', 'Är du andfådd i vila?', 'Are you short of breath at rest?'),
    yesNo('pressing-hurts', 'Gör det ont bara när du trycker på bröstet eller vrider dig?', 'Does it hurt only when you press on the chest or twist?', { required: true, child: text('Gör det ont bara när barnet trycker på bröstet eller vrider sig?', 'Does it hurt only when the child presses on the chest or twists?') }),
  ],
  rules: [
    rule(is('chest-pain-when', 'now'), 'emergency', 'Smärta eller tryck i bröstet just nu kan vara en hjärtinfarkt.', 'Pain or pressure in the chest right now can be a heart attack.', {
      redFlag: 'chest-pain', rationale: 'Ongoing chest pain: ACS until excluded; ambulance ECG (RETTS red/orange).',
    }),
    rule(yes('breathless-now'), 'emergency', 'Bröstsmärta med andfåddhet i vila kan vara en blodpropp i lungan eller hjärtinfarkt.', 'Chest pain with breathlessness at rest can be a clot in the lung or a heart attack.', {
      redFlag: 'breathing', rationale: 'Chest pain + dyspnoea at rest: PE/ACS/pneumothorax.', sources: [SRC.rettsBreathing, SRC.cksChest],
    }),
    rule(all(is('chest-pain-when', 'passed-24h'), yes('radiating')), 'emergency', 'Bröstsmärta det senaste dygnet som strålade ut eller gav kallsvett kan vara en hjärtinfarkt.', 'Chest pain in the last day that spread or caused a cold sweat can be a heart attack.', {
      redFlag: 'chest-pain', rationale: 'Recent typical ischaemic pain: ACS risk even when pain-free (NICE: within 12 h → 999).',
    }),
    rule(is('chest-pain-when', 'passed-24h'), 'emergency-department', 'Bröstsmärta det senaste dygnet behöver undersökas med EKG och blodprov i dag, även om den har gått över.', 'Chest pain in the last day needs an ECG and blood tests today, even if it has passed.', {
      redFlag: 'chest-pain-recent', rationale: 'Pain-free after chest pain within 24 h: troponin needed (NICE: 12–72 h → same-day hospital).',
    }),
    rule(is('chest-pain-when', 'exertion'), 'urgent', 'Bröstsmärta vid ansträngning kan vara kärlkramp och behöver bedömas i dag.', 'Chest pain on exertion can be angina and needs to be assessed today.', {
      rationale: 'New exertional pain: stable angina work-up same day; escalate if rest pain.', advice: text('Ring 112 om smärtan kommer i vila eller varar mer än 15 minuter.', 'Call 112 if the pain comes at rest or lasts more than 15 minutes.'),
    }),
    rule(all(is('chest-pain-when', 'weeks'), yes('pressing-hurts')), 'soon', 'Smärta i bröstkorgen som bara gör ont vid tryck eller rörelse kommer oftast från muskler eller revben.', 'Pain in the chest wall that only hurts on pressing or moving usually comes from muscles or ribs.', {
      rationale: 'Reproducible, long-standing chest wall pain without red flags: musculoskeletal; review within days.',
    }),
    rule(all(is('chest-pain-when', 'weeks'), no('pressing-hurts')), 'urgent', 'Återkommande bröstsmärta behöver bedömas av en läkare.', 'Recurring chest pain needs to be assessed by a doctor.', {
      rationale: 'Recurrent chest pain not clearly musculoskeletal: same-day GP to stratify.',
    }),
  ],
  baseline: 'soon',
  baselineWhy: text('Bröstsmärta som bara gör ont vid tryck eller rörelse bedöms av en läkare inom några dagar.', 'Chest pain that only hurts on pressing or moving is assessed by a doctor within a few days.'),
  selfCare: [],
  safetyNet: text('Ring 112 om du får ont eller tryck i bröstet som varar mer än 15 minuter, eller blir andfådd.', 'Call 112 if you get pain or pressure in the chest lasting more than 15 minutes, or become short of breath.'),
};

/** Stroke or TIA signs, numbness, sudden weakness: the emergency screen's wording asked again. */
export const neuro: ReasonFamily = {
  id: 'neuro',
  category: 'medical',
  profession: 'doctor',
  sources: [SRC.stroke1177, SRC.rettsStroke, SRC.cksStroke],
  questions: [
    ...strokeSigns.questions,
    yesNo('sudden-headache', 'Fick du en plötslig, mycket svår huvudvärk?', 'Did you get a sudden, very severe headache?', { child: text('Fick barnet en plötslig, mycket svår huvudvärk?', 'Did the child get a sudden, very severe headache?') }),
    yesNo('slow-numbness', 'Har du domningar eller stickningar som har kommit långsamt, under veckor?', 'Do you have numbness or tingling that has come slowly, over weeks?', { required: true, child: text('Har barnet domningar eller stickningar som har kommit långsamt, under veckor?', 'Does the child have numbness or tingling that has come slowly, over weeks?') }),
    ...stiffNeckFever.questions,
  ],
  rules: [
    ...strokeSigns.rules,
    rule(yes('sudden-headache'), 'emergency', 'En plötslig, mycket svår huvudvärk kan vara en blödning i hjärnan.', 'A sudden, very severe headache can be a bleed in the brain.', {
      redFlag: 'thunderclap-headache', rationale: 'Thunderclap headache: SAH until excluded.', sources: [SRC.rettsHeadache, SRC.cksHeadache],
    }),
    ...stiffNeckFever.rules,
    rule(all(no('slow-numbness'), is('stroke-signs', 'no')), 'urgent', 'Nya besvär från nervsystemet som inte har kommit långsamt bedöms av en läkare i dag.', 'New symptoms from the nervous system that have not come on slowly are assessed by a doctor today.', {
      rationale: 'New neurological complaint, not gradual, no current deficit: same-day GP to exclude evolving pathology.',
    }),
    rule(yes('slow-numbness'), 'soon', 'Domningar som kommit långsamt bör undersökas av en läkare inom några dagar.', 'Numbness that has come slowly should be examined by a doctor within a few days.', {
      rationale: 'Gradual sensory symptoms without acute deficit: neuropathy, B12, MS work-up in primary care.',
    }),
  ],
  baseline: 'soon',
  baselineWhy: text('Besvär från nervsystemet som kommit långsamt bedöms av en läkare inom några dagar.', 'Symptoms from the nervous system that have come on slowly are assessed by a doctor within a few days.'),
  selfCare: [],
  safetyNet: text('Ring 112 direkt vid plötslig svaghet, domning, sned mun eller sluddrigt tal – också om det går över.', 'Call 112 at once for sudden weakness, numbness, a drooping mouth or slurred speech – also if it passes.'),
};

/** Acute confusion, above all in an older person; memory trouble over months is planned care. */
export const confusion: ReasonFamily = {
  id: 'confusion',
  category: 'medical',
  profession: 'doctor',
  sources: [SRC.confusion1177, SRC.rettsConfusion, SRC.cksDelirium],
  questions: [
    choice('confusion-onset', 'När började förvirringen eller minnesbesvären?', 'When did the confusion or memory trouble start?', [
      ['hours-days', 'Plötsligt, för timmar eller några dagar sedan', 'Suddenly, hours or a few days ago'],
      ['weeks', 'Under de senaste veckorna', 'Over the last few weeks'],
      ['months', 'Smygande under månader eller år', 'Gradually over months or years'],
    ], { required: true, child: text('När började barnets förvirring?', "When did the child's confusion start?") }),
    ...strokeSigns.questions,
    feverishQuestion,
    yesNo('hard-to-wake', 'Är personen svår att väcka eller somnar hela tiden?', 'Is the person hard to wake or keeps falling asleep?', { child: text('Är barnet svårt att väcka eller somnar hela tiden?', 'Is the child hard to wake or keeps falling asleep?') }),
    yesNo('diabetes-insulin', 'Har personen diabetes med insulin eller tabletter som kan ge lågt blodsocker?', 'Does the person have diabetes treated with insulin or tablets that can cause low blood sugar?', { child: text('Har barnet diabetes med insulin?', 'Does the child have diabetes treated with insulin?') }),
  ],
  rules: [
    rule(yes('hard-to-wake'), 'emergency', 'Den som är svår att väcka behöver hjälp direkt.', 'Someone who is hard to wake needs help at once.', { redFlag: 'unconscious', rationale: 'Reduced consciousness: GCS < 15, airway risk (RETTS red).' }),
    ...strokeSigns.rules,
    rule(all(is('confusion-onset', 'hours-days'), feverish), 'emergency', 'Plötslig förvirring med feber kan vara sepsis (blodförgiftning).', 'Sudden confusion with fever can be sepsis.', { redFlag: 'sepsis', rationale: 'Delirium + fever: sepsis (qSOFA), meningitis/encephalitis.', sources: [SRC.sepsis1177, SRC.cksSepsis] }),
    rule(all(is('confusion-onset', 'hours-days'), yes('diabetes-insulin')), 'emergency', 'Plötslig förvirring hos den som tar insulin kan vara lågt blodsocker. Ge något sött om personen kan svälja.', 'Sudden confusion in someone on insulin can be low blood sugar. Give something sweet if they can swallow.', { redFlag: 'unconscious', rationale: 'Hypoglycaemia in insulin/SU users: treat now, ambulance if not responding.', sources: [SRC.cksDiabetes] }),
    rule(is('confusion-onset', 'hours-days'), 'emergency-department', 'Plötslig förvirring behöver undersökas direkt; orsaken kan vara infektion, blodsocker, läkemedel eller en stroke.', 'Sudden confusion needs to be examined at once; the cause can be an infection, blood sugar, medicines or a stroke.', { redFlag: 'acute-confusion', rationale: 'Acute onset over hours–days = delirium: find the cause the same hours.' }),
    rule(is('confusion-onset', 'weeks'), 'urgent', 'Förvirring som kommit under några veckor bör bedömas av en läkare i dag.', 'Confusion that has come over a few weeks should be assessed by a doctor today.', { rationale: 'Subacute cognitive change: subdural haematoma, hypercalcaemia, medication; same-day GP.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Minnesbesvär som kommit smygande utreds i lugn takt på vårdcentralen.', 'Memory trouble that has come gradually is investigated at a calm pace at the clinic.'),
  selfCare: [text('Skriv ner vad som har förändrats och när, och ta med läkemedelslistan.', 'Write down what has changed and when, and bring the list of medicines.')],
  safetyNet: text('Ring 112 om personen blir svår att väcka, får feber och blir förvirrad, eller får svaghet eller sluddrigt tal.', 'Call 112 if the person becomes hard to wake, gets a fever and confused, or gets weakness or slurred speech.'),
};

const pregnancyAdvice = text('Ring förlossningen (från vecka 22) eller gynakuten (före vecka 22) och berätta att du kommer. Ta med din journal från mödravården.', 'Call the delivery ward (from week 22) or the gynaecology emergency unit (before week 22) and tell them you are coming. Bring your antenatal notes.');

/** Pregnancy: the warning signs of pre-eclampsia, bleeding, reduced movements and waters breaking. */
export const pregnancy: ReasonFamily = {
  id: 'pregnancy',
  category: 'medical',
  profession: 'midwife',
  pregnancy: true,
  sources: [SRC.pregnancyWarning1177, SRC.rettsPregnancy, SRC.cksPreeclampsia],
  questions: [
    { id: 'pregnancy-week', type: 'integer', min: 1, max: 44, required: true, text: text('Vilken graviditetsvecka är du i?', 'Which week of pregnancy are you in?') },
    yesNo('headache-vision', 'Har du svår huvudvärk, flimmer för ögonen eller suddig syn?', 'Do you have a severe headache, flashing lights or blurred vision?', { required: true }),
    yesNo('upper-abdominal-pain', 'Har du ont högt upp i magen eller under revbenen på höger sida?', 'Do you have pain high in the stomach or under the ribs on the right?', { required: true }),
    yesNo('sudden-swelling', 'Har du plötsligt blivit svullen i ansiktet eller händerna?', 'Have you suddenly become swollen in the face or hands?'),
    yesNo('vaginal-bleeding', 'Blöder du från slidan?', 'Are you bleeding from the vagina?', { required: true }),
    yesNo('less-movement', 'Rör sig barnet mindre än vanligt (från vecka 22)?', 'Is the baby moving less than usual (from week 22)?'),
    yesNo('waters', 'Har vattnet gått, eller rinner det klart vatten från slidan?', 'Have your waters broken, or is clear fluid leaking from the vagina?'),
    yesNo('strong-pain', 'Har du svår eller ihållande smärta i magen, eller regelbundna sammandragningar före vecka 37?', 'Do you have severe or constant stomach pain, or regular contractions before week 37?'),
    yesNo('vomits-everything', 'Kräks du allt du äter och dricker?', 'Do you vomit everything you eat and drink?'),
    yesNo('dizzy-faint', 'Känner du dig yr eller svimfärdig, eller har du svimmat?', 'Do you feel dizzy or faint, or have you fainted?'),
    feverishQuestion,
  ],
  rules: [
    rule(yes('headache-vision'), 'emergency-department', 'Svår huvudvärk eller synstörningar under graviditeten kan vara havandeskapsförgiftning.', 'A severe headache or vision problems in pregnancy can be pre-eclampsia.', { redFlag: 'pregnancy-warning', rationale: 'Headache/visual disturbance in pregnancy (> 20 w): pre-eclampsia, same-hour BP and urine.', sources: [SRC.preeclampsia1177, SRC.cksPreeclampsia], advice: pregnancyAdvice }),
    rule(yes('upper-abdominal-pain'), 'emergency-department', 'Ont högt upp i magen under graviditeten kan vara havandeskapsförgiftning.', 'Pain high in the stomach in pregnancy can be pre-eclampsia.', { redFlag: 'pregnancy-warning', rationale: 'Epigastric/RUQ pain in pregnancy: pre-eclampsia/HELLP.', sources: [SRC.preeclampsia1177, SRC.cksPreeclampsia], advice: pregnancyAdvice }),
    rule(all(yes('vaginal-bleeding'), any(atLeast('pregnancy-week', 13), yes('strong-pain'), yes('dizzy-faint'))), 'emergency-department', 'Blödning under graviditeten behöver undersökas direkt.', 'Bleeding in pregnancy needs to be examined at once.', { redFlag: 'pregnancy-warning', rationale: 'Bleeding after week 12, or with pain or faintness at any week (ectopic, abruption, previa): same-hour assessment.', sources: [SRC.pregnancyWarning1177, SRC.cksPregnancyBleeding], advice: pregnancyAdvice }),
    rule(yes('vaginal-bleeding'), 'urgent', 'Blödning tidigt i graviditeten utan smärta bör bedömas i dag.', 'Bleeding early in pregnancy without pain should be assessed today.', { profession: 'doctor', rationale: 'Painless bleeding before week 13: threatened miscarriage; same-day assessment, ultrasound.', sources: [SRC.pregnancyWarning1177] }),
    rule(yes('less-movement'), 'emergency-department', 'När barnet rör sig mindre än vanligt ska du kontakta förlossningen direkt.', 'When the baby moves less than usual you should contact the delivery ward at once.', { redFlag: 'pregnancy-warning', rationale: 'Reduced fetal movements: CTG the same day (stillbirth risk).', sources: [SRC.pregnancyWarning1177, SRC.cksFetalMovements], advice: pregnancyAdvice }),
    rule(yes('waters'), 'emergency-department', 'När vattnet har gått ska du kontakta förlossningen.', 'When your waters have broken you should contact the delivery ward.', { redFlag: 'pregnancy-warning', rationale: 'Rupture of membranes: infection and cord risk, preterm labour.', advice: pregnancyAdvice }),
    rule(yes('strong-pain'), 'emergency-department', 'Svår smärta eller värkar före vecka 37 behöver undersökas direkt.', 'Severe pain or contractions before week 37 need to be examined at once.', { redFlag: 'pregnancy-warning', rationale: 'Abruption, preterm labour, ectopic (early).', sources: [SRC.rettsPregnancy], advice: pregnancyAdvice }),
    rule(all(yes('sudden-swelling'), atLeast('pregnancy-week', 20)), 'urgent', 'Plötslig svullnad efter vecka 20 behöver blodtryck och urinprov i dag.', 'Sudden swelling after week 20 needs a blood pressure and urine test today.', { rationale: 'Oedema of face/hands > 20 w: check BP and proteinuria the same day.', sources: [SRC.preeclampsia1177] }),
    rule(feverish, 'urgent', 'Feber under graviditeten bör bedömas i dag.', 'A fever in pregnancy should be assessed today.', { profession: 'doctor', rationale: 'Fever in pregnancy: chorioamnionitis, pyelonephritis, listeria; lower threshold.', sources: [SRC.fever1177] }),
    rule(yes('vomits-everything'), 'urgent', 'Den som kräks allt riskerar uttorkning och behöver bedömas i dag.', 'Vomiting everything risks dehydration and needs to be assessed today.', { profession: 'doctor', rationale: 'Hyperemesis gravidarum: ketosis, dehydration; IV fluids may be needed.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Frågor om graviditeten tas om hand av barnmorskan på mödravården.', 'Questions about the pregnancy are handled by the midwife at the antenatal clinic.'),
  selfCare: [
    text('Ät lite och ofta om du mår illa, och drick mycket.', 'Eat little and often if you feel sick, and drink plenty.'),
    { text: text('Lär dig hur ditt barn brukar röra sig och hör av dig direkt om det rör sig mindre.', 'Learn how your baby usually moves and get in touch at once if it moves less.'), when: atLeast('pregnancy-week', 22) },
  ],
  safetyNet: text('Kontakta förlossningen direkt vid blödning, om vattnet går, om barnet rör sig mindre, eller vid svår huvudvärk, synstörningar eller ont högt upp i magen.', 'Contact the delivery ward at once if you bleed, your waters break, the baby moves less, or you get a severe headache, vision problems or pain high in the stomach.'),
};

/** Breast: mastitis while breastfeeding, lumps, pain. */
export const breast: ReasonFamily = {
  id: 'breast',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.mastitis1177, SRC.cksMastitis, SRC.cksBreastLump],
  questions: [
    yesNo('breastfeeding', 'Ammar du?', 'Are you breastfeeding?'),
    yesNo('red-hard-area', 'Är ett område på bröstet rött, varmt, hårt och ömt?', 'Is an area of the breast red, hot, hard and tender?', { required: true }),
    feverishQuestion,
    yesNo('very-unwell', 'Känner du dig mycket sjuk, med skakningar, snabb puls eller yrsel?', 'Do you feel very ill, with shaking, a fast pulse or dizziness?'),
    yesNo('new-lump', 'Har du känt en ny knöl i bröstet eller armhålan, eller förändring av huden eller bröstvårtan?', 'Have you felt a new lump in the breast or armpit, or a change in the skin or nipple?'),
  ],
  rules: [
    rule(all(yes('red-hard-area'), yes('very-unwell')), 'emergency-department', 'Bröstinflammation med skakningar, snabb puls eller yrsel kan vara en allvarlig infektion.', 'Mastitis with shaking, a fast pulse or dizziness can be a serious infection.', { redFlag: 'sepsis-risk', rationale: 'Mastitis with systemic signs: sepsis risk, IV antibiotics.', sources: [SRC.cksMastitis, SRC.sepsis1177] }),
    rule(all(yes('red-hard-area'), feverish), 'urgent', 'Rött, hårt bröst med feber kan vara bröstinflammation som behöver behandlas i dag.', 'A red, hard breast with fever can be mastitis that needs treatment today.', { profession: 'doctor', rationale: 'Infective mastitis (fever, > 12–24 h): antibiotics same day.' }),
    rule(yes('new-lump'), 'soon', 'En ny knöl i bröstet ska undersökas av en läkare inom några dagar.', 'A new lump in the breast should be examined by a doctor within a few days.', { profession: 'doctor', rationale: 'New breast lump: clinical exam and referral to breast unit (standardiserat vårdförlopp).', sources: [SRC.cksBreastLump] }),
    rule(yes('red-hard-area'), 'soon', 'Ett ömt, rött område i bröstet bör ses om det inte blir bättre på ett dygn.', 'A tender red area of the breast should be seen if not better in a day.', { rationale: 'Non-infective mastitis/blocked duct: conservative care, review if not settling.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Bröstbesvär utan feber eller knöl bedöms i lugn takt.', 'Breast problems without fever or a lump are assessed at a calm pace.'),
  selfCare: [
    { text: text('Fortsätt amma eller pumpa ofta från det ömma bröstet.', 'Keep breastfeeding or pumping often from the sore breast.'), when: yes('breastfeeding') },
    text('Kyl det ömma området och ta receptfria smärtstillande läkemedel vid behov.', 'Cool the sore area and take over-the-counter pain relief if needed.'),
  ],
  safetyNet: text('Kontakta vården samma dag om du får feber, om rodnaden sprider sig eller om du mår allt sämre.', 'Contact care the same day if you get a fever, the redness spreads or you feel increasingly unwell.'),
};

