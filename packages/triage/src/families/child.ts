import { ageUnder, all, any, atLeast, choice, is, no, oneOf, rule, yes, yesNo } from '../conditions.js';
import { COMMON } from '../common-items.js';
import type { ReasonFamily } from '../model.js';
import { SRC } from '../sources.js';
import { text } from '../text.js';
import { cannotPee, feverishQuestion, infantFeverish, infantNappies, stiffNeckFever, testicleSudden } from '../warning-signs.js';

const T = COMMON.temperature;

const drinks = yesNo('drinks', 'Dricker barnet minst hälften av vad det brukar?', 'Is the child drinking at least half of what it usually does?', { required: true });
const wetNappies = yesNo('wet-nappies', 'Har barnet kissat (blöta blöjor) de senaste 8 timmarna?', 'Has the child peed (wet nappies) in the last 8 hours?');
const lethargic = yesNo('lethargic', 'Är barnet slött, svårväckt eller svårt att få kontakt med?', 'Is the child listless, hard to wake or hard to get in touch with?', { required: true });

const dehydration = [
  rule(no('drinks'), 'urgent', 'Ett barn som dricker mindre än hälften av det vanliga riskerar uttorkning.', 'A child drinking less than half of what it usually does risks dehydration.', { profession: 'doctor', rationale: 'Drinking less than half: dehydration risk in a child (NICE amber).' }),
  rule(no('wet-nappies'), 'urgent', 'Inga blöta blöjor på 8 timmar kan vara tecken på uttorkning.', 'No wet nappies in 8 hours can be a sign of dehydration.', { profession: 'doctor', rationale: 'No wet nappies for 8 h: reduced urine output, dehydration (NICE amber).' }),
];
const listless = rule(yes('lethargic'), 'emergency', 'Ett slött eller svårväckt barn kan vara allvarligt sjukt.', 'A listless or hard-to-wake child can be seriously ill.', { redFlag: 'child-lethargic', rationale: 'Lethargy/hard to rouse: NICE red, serious illness.' });

const childSafetyNet = text(
  'Ring 112 om barnet blir slött, svårväckt, får svårt att andas eller får utslag som inte bleknar under glas. Kontakta vården om barnet dricker dåligt eller har feber i mer än tre dagar.',
  'Call 112 if the child becomes listless, hard to wake, has trouble breathing or gets a rash that does not fade under a glass. Contact care if the child drinks poorly or has had a fever for more than three days.',
);

/** Fever in children; age is part of the subject, so the infant rule in common items applies. */
export const childFever: ReasonFamily = {
  id: 'child-fever',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.childFever1177, SRC.rettsChild, SRC.cksFeverChild],
  questions: [
    lethargic,
    drinks,
    wetNappies,
    yesNo('non-blanching', 'Har barnet utslag som inte bleknar när du trycker ett glas mot huden?', 'Does the child have a rash that does not fade when you press a glass against it?', { required: true }),
    yesNo('breathing-hard', 'Andas barnet snabbt eller ansträngt, med indragningar mellan revbenen?', 'Is the child breathing fast or with effort, with the skin drawing in between the ribs?', { required: true }),
    stiffNeckFever.questions[0],
    feverishQuestion,
    yesNo('fever-3-days', 'Har barnet haft feber i tre dygn eller mer?', 'Has the child had a fever for three days or more?'),
  ],
  rules: [
    listless,
    rule(yes('stiff-neck'), 'emergency', 'Feber och nackstelhet hos ett barn kan vara hjärnhinneinflammation.', 'Fever with a stiff neck in a child can be meningitis.', { redFlag: 'meningitis', rationale: 'Fever + neck stiffness in a child = NICE red: bacterial meningitis.', sources: [SRC.meningitis1177, SRC.cksMeningitis] }),
    infantNappies,
    infantFeverish,
    rule(all(yes('fever-3-days'), ageUnder(60)), 'urgent', 'Ett litet barn som haft feber i tre dygn eller mer ska undersökas i dag.', 'A small child who has had a fever for three days or more should be examined today.', { profession: 'doctor', rationale: 'Fever ≥ 3 days under 5 y: look for focus (UTI, pneumonia, Kawasaki at ≥ 5 d; NICE amber).', sources: [SRC.childFever1177, SRC.cksFeverChild] }),
    rule(yes('non-blanching'), 'emergency', 'Feber och utslag som inte bleknar under glas kan vara blodförgiftning.', 'Fever with a rash that does not fade under a glass can be sepsis.', { redFlag: 'sepsis', rationale: 'Fever + non-blanching rash in a child: meningococcal disease (NICE red).' }),
    rule(yes('breathing-hard'), 'emergency', 'Ansträngd andning hos ett barn är ett akut tillstånd.', 'Laboured breathing in a child is an emergency.', { redFlag: 'breathing', rationale: 'Recession/tachypnoea in a child: respiratory distress (RETTS-P).' }),
    ...dehydration,
    rule(oneOf(COMMON.since, 'days-4-7', 'weeks-1-4', 'months'), 'soon', 'Feber i mer än tre dagar hos barn bör undersökas.', 'A fever for more than three days in a child should be examined.', { profession: 'doctor', rationale: 'Fever over 3 days in a child: look for focus.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Ett barn med feber som är piggt mellan febertopparna och dricker kan oftast vårdas hemma.', 'A child with a fever who perks up between fever peaks and drinks can usually be cared for at home.'),
  selfCare: [
    text('Ge barnet mycket att dricka, lite i taget.', 'Give the child plenty to drink, a little at a time.'),
    text('Febernedsättande läkemedel kan ges om barnet mår dåligt, i rätt dos för vikten.', 'Fever medicine can be given if the child feels poorly, in the right dose for its weight.'),
    text('Klä barnet lätt och låt det vila.', 'Dress the child lightly and let it rest.'),
  ],
  safetyNet: childSafetyNet,
};

/** Colds, coughs and croup in children. */
export const childRespiratory: ReasonFamily = {
  id: 'child-respiratory',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.childFever1177, SRC.rettsChild, SRC.cksCroup, SRC.cksBronchiolitis],
  questions: [
    yesNo('breathing-hard', 'Andas barnet snabbt eller ansträngt, med indragningar eller näsvingespel?', 'Is the child breathing fast or with effort, with indrawing or flaring nostrils?', { required: true }),
    yesNo('stridor-rest', 'Hörs ett pipande ljud när barnet andas in, även i vila?', 'Is there a high-pitched sound when the child breathes in, even at rest?'),
    drinks,
    yesNo('barking-cough', 'Har barnet skällande hosta?', 'Does the child have a barking cough?'),
    { ...lethargic, required: false },
    wetNappies,
    feverishQuestion,
  ],
  rules: [
    listless,
    infantNappies,
    infantFeverish,
    rule(any(yes('breathing-hard'), yes('stridor-rest')), 'emergency', 'Ansträngd andning eller pipljud i vila hos ett barn är ett akut tillstånd.', 'Laboured breathing or a high-pitched sound at rest in a child is an emergency.', { redFlag: 'breathing', rationale: 'Stridor at rest or laboured breathing: severe croup/bronchiolitis, airway.' }),
    ...dehydration.slice(0, 1),
    rule(all(yes('barking-cough'), atLeast(T, 38.5)), 'soon', 'Skällande hosta med hög feber bör bedömas.', 'A barking cough with high fever should be assessed.', { rationale: 'Barking cough with high fever: bacterial tracheitis to consider.' }),
    rule(oneOf(COMMON.since, 'weeks-1-4', 'months'), 'routine', 'Hosta i mer än en vecka hos barn bör följas upp.', 'A cough lasting more than a week in a child should be followed up.', { rationale: 'Cough > 1 week in a child: follow-up.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Förkylning och hosta hos barn går oftast över av sig själv.', 'Colds and coughs in children usually clear up on their own.'),
  selfCare: [
    text('Höj huvudändan på sängen och skölj näsan med koksaltlösning.', 'Raise the head of the bed and rinse the nose with saline.'),
    text('Vid skällande hosta: gå ut i sval luft eller sätt dig i badrummet med varm dusch på.', 'For a barking cough: go out into cool air or sit in the bathroom with a hot shower running.'),
  ],
  safetyNet: childSafetyNet,
};

/** Vomiting, diarrhoea, stomach ache, constipation in children. */
export const childStomach: ReasonFamily = {
  id: 'child-stomach',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.dehydration1177, SRC.rettsChild, SRC.cksGastroChild, SRC.cksAppendicitis],
  questions: [
    lethargic,
    drinks,
    wetNappies,
    yesNo('blood', 'Har barnet blod i avföringen?', 'Does the child have blood in the stools?'),
    yesNo('green-vomit', 'Kräks barnet grönt eller gallfärgat?', 'Is the child vomiting green or bile-coloured?'),
    yesNo('constant-pain', 'Har barnet ihållande ont i magen, till exempel till höger nedtill?', 'Does the child have constant stomach pain, for example low on the right?'),
    ...testicleSudden.questions,
    feverishQuestion,
    yesNo('diabetes-high', 'Har barnet diabetes och högt blodsocker eller ketoner, eller andas barnet djupt och snabbt?', 'Does the child have diabetes with high blood sugar or ketones, or is it breathing deep and fast?'),
  ],
  rules: [
    listless,
    ...testicleSudden.rules,
    infantNappies,
    infantFeverish,
    rule(yes('diabetes-high'), 'emergency-department', 'Kräkningar hos ett barn med diabetes och högt blodsocker kan vara ketoacidos, som behöver behandlas direkt.', 'Vomiting in a child with diabetes and high blood sugar can be ketoacidosis, which needs treatment at once.', { profession: 'doctor', redFlag: 'hyperglycaemia', rationale: 'Vomiting + hyperglycaemia/ketones or Kussmaul breathing in a child: DKA.', sources: [SRC.rettsChild, SRC.cksDiabetes] }),
    rule(yes('green-vomit'), 'emergency-department', 'Grön kräkning hos ett barn kan betyda att tarmen är stopp och behöver undersökas direkt.', 'Green vomit in a child can mean a blocked bowel and needs to be examined at once.', { profession: 'doctor', redFlag: 'child-surgical-abdomen', rationale: 'Bilious vomiting: malrotation/volvulus or obstruction until excluded.', sources: [SRC.cksGastroChild] }),
    rule(all(yes('constant-pain'), any(atLeast(T, 38), yes('feverish'))), 'emergency-department', 'Ihållande magsmärta med feber hos barn kan vara blindtarmsinflammation som behöver undersökas direkt.', 'Constant stomach pain with fever in a child can be appendicitis that needs to be examined at once.', { profession: 'doctor', redFlag: 'child-surgical-abdomen', rationale: 'Constant localised pain + fever: appendicitis, surgical assessment.', sources: [SRC.cksAppendicitis] }),
    rule(yes('blood'), 'urgent', 'Blod i avföringen hos barn behöver bedömas i dag.', 'Blood in the stools in a child needs to be assessed today.', { profession: 'doctor', rationale: 'Bloody stools: bacterial colitis, HUS risk, intussusception in infants.' }),
    rule(yes('constant-pain'), 'urgent', 'Ihållande magsmärta hos barn kan vara blindtarmsinflammation.', 'Constant stomach pain in a child can be appendicitis.', { profession: 'doctor', rationale: 'Constant abdominal pain without fever: same-day examination for appendicitis.', sources: [SRC.cksAppendicitis] }),
    ...dehydration,
    rule(oneOf(COMMON.since, 'weeks-1-4', 'months'), 'routine', 'Magbesvär i mer än en vecka hos barn bör bedömas.', 'Stomach trouble for more than a week in a child should be assessed.', { rationale: 'Stomach symptoms > 1 week in a child: assessment.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Magsjuka hos barn som dricker och kissar går oftast över på några dagar.', 'A stomach bug in a child who drinks and pees usually passes in a few days.'),
  selfCare: [
    text('Ge vätskeersättning ofta, en sked i taget om barnet kräks.', 'Give oral rehydration solution often, a spoonful at a time if the child is vomiting.'),
    text('Vid förstoppning: mer vätska, frukt och rörelse.', 'For constipation: more fluids, fruit and movement.'),
  ],
  safetyNet: childSafetyNet,
};

/** Earache and sore throat in children. */
export const childEarThroat: ReasonFamily = {
  id: 'child-ear-throat',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.throat1177, SRC.rettsChild, SRC.cksOtitis, SRC.cksSoreThroat],
  questions: [
    yesNo('behind-ear-swelling', 'Är det svullet eller rött bakom örat så att örat står ut?', 'Is it swollen or red behind the ear so the ear sticks out?'),
    yesNo('ear-discharge', 'Rinner det var ur örat?', 'Is pus coming from the ear?'),
    yesNo('cannot-swallow', 'Dreglar barnet eller kan inte svälja?', 'Is the child drooling or unable to swallow?'),
    ...stiffNeckFever.questions,
  ],
  rules: [
    ...stiffNeckFever.rules,
    rule(yes('cannot-swallow'), 'emergency-department', 'Ett barn som dreglar eller inte kan svälja behöver undersökas direkt.', 'A child who drools or cannot swallow needs to be examined at once.', { profession: 'doctor', redFlag: 'airway-swelling', rationale: 'Drooling/dysphagia in a child: epiglottitis or retropharyngeal abscess — airway risk; do not examine the throat.' }),
    rule(yes('behind-ear-swelling'), 'emergency-department', 'Svullnad bakom örat kan vara en allvarlig infektion (mastoidit) som behöver undersökas direkt.', 'Swelling behind the ear can be a serious infection (mastoiditis) that needs to be examined at once.', { profession: 'doctor', redFlag: 'mastoiditis', rationale: 'Protruding ear with post-auricular swelling: mastoiditis, IV antibiotics.', sources: [SRC.cksOtitis] }),
    rule(any(yes('ear-discharge'), oneOf(COMMON.since, 'days-4-7', 'weeks-1-4', 'months')), 'soon', 'Var ur örat eller värk i mer än tre dagar bör undersökas.', 'Pus from the ear or pain for more than three days should be examined.', { rationale: 'Ear discharge or pain > 3 days: examination.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Öronvärk och halsont hos barn går oftast över på några dagar.', "Children's earache and sore throats usually pass in a few days."),
  selfCare: [
    text('Smärtstillande i rätt dos för vikten lindrar.', 'Pain relief in the right dose for the weight helps.'),
    text('Låt barnet sova med huvudet högt.', 'Let the child sleep with its head raised.'),
  ],
  safetyNet: childSafetyNet,
};

/** Rashes, eczema, chickenpox, lice in children. */
export const childSkin: ReasonFamily = {
  id: 'child-skin',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.childFever1177, SRC.rettsChild, SRC.cksChickenpox, SRC.cksEczema],
  questions: [
    yesNo('non-blanching', 'Finns det prickar som inte bleknar när du trycker ett glas mot huden?', 'Are there spots that do not fade when you press a glass against the skin?', { required: true }),
    yesNo('spreading-red', 'Sprider sig en rodnad snabbt, eller är huden varm och svullen?', 'Is a redness spreading fast, or is the skin hot and swollen?'),
    yesNo('eye-involved', 'Sitter utslagen vid ögat?', 'Is the rash near the eye?'),
  ],
  rules: [
    rule(all(yes('non-blanching'), atLeast(T, 38)), 'emergency', 'Feber och utslag som inte bleknar under glas kan vara blodförgiftning.', 'Fever with a rash that does not fade under a glass can be sepsis.', { redFlag: 'sepsis', rationale: 'Fever + non-blanching rash: meningococcal disease.' }),
    rule(yes('non-blanching'), 'urgent', 'Utslag som inte bleknar under glas behöver bedömas i dag.', 'A rash that does not fade under a glass needs to be assessed today.', { profession: 'doctor', rationale: 'Non-blanching rash without fever in a child: ITP/HSP, same-day blood count.' }),
    rule(any(yes('spreading-red'), yes('eye-involved')), 'soon', 'Rodnad som sprider sig eller utslag vid ögat bör ses inom några dagar.', 'Spreading redness or a rash near the eye should be seen within a few days.', { rationale: 'Spreading redness or periorbital rash: cellulitis, periorbital cellulitis risk.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Vanliga utslag hos barn utan feber går att behandla hemma.', "Common rashes in children without fever can be treated at home."),
  selfCare: [
    text('Smörj torr hud ofta med mjukgörande kräm.', 'Moisturise dry skin often.'),
    text('Klipp naglarna korta så att barnet inte river sönder huden.', "Keep the child's nails short so it does not scratch the skin open."),
    text('Huvudlöss behandlas med receptfritt medel från apoteket och luskam.', 'Head lice are treated with an over-the-counter product and a nit comb.'),
  ],
  safetyNet: childSafetyNet,
  channels: [{ action: 'chat' }, { action: 'book', visitType: 'video' }, { action: 'book', visitType: 'physical' }],
};

/** Other worries about a sick or injured child. */
export const childGeneral: ReasonFamily = {
  id: 'child-general',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.childFever1177, SRC.rettsChild, SRC.cksFeverChild],
  questions: [
    lethargic,
    drinks,
    yesNo('injury-cannot-use', 'Har barnet skadat sig och kan inte använda armen eller benet?', 'Has the child been injured and cannot use the arm or leg?'),
    yesNo('eye-red-sticky', 'Är ögat rött eller kladdigt?', 'Is the eye red or sticky?'),
    ...stiffNeckFever.questions,
    ...testicleSudden.questions,
    yesNo('head-injury', 'Har barnet slagit i huvudet och sedan kräkts, blivit slött, förvirrat eller varit medvetslöst?', 'Did the child hit its head and then vomit, become drowsy or confused, or lose consciousness?'),
  ],
  rules: [
    listless,
    ...dehydration.slice(0, 1),
    ...stiffNeckFever.rules,
    ...testicleSudden.rules,
    infantFeverish,
    rule(yes('head-injury'), 'emergency', 'Kräkning, slöhet eller förvirring efter slag mot huvudet kan vara en hjärnskada.', 'Vomiting, drowsiness or confusion after a blow to the head can be a brain injury.', { redFlag: 'severe-injury', rationale: 'Head injury with vomiting, drowsiness or LOC in a child: CT criteria (NICE head injury).', sources: [SRC.headInjury1177, SRC.cksHeadInjury] }), rule(yes('injury-cannot-use'), 'urgent', 'En skada där barnet inte kan använda armen eller benet behöver röntgas i dag.', 'An injury where the child cannot use the arm or leg needs an X-ray today.', { profession: 'doctor', rationale: 'Cannot use limb after injury: fracture, X-ray today.' })],
  baseline: 'routine',
  baselineWhy: text('Din oro för barnet kan bedömas av en sjuksköterska.', 'Your worry about the child can be assessed by a nurse.'),
  selfCare: [text('Tvätta ett kladdigt öga med ljummet vatten, från ytterkanten in mot näsan.', 'Clean a sticky eye with lukewarm water, from the outer corner towards the nose.')],
  safetyNet: childSafetyNet,
};

/** Child health centre (BVC): feeding, sleep, growth, development, vaccinations. */
export const childHealthCentre: ReasonFamily = {
  id: 'child-health-centre',
  category: 'medical',
  profession: 'child-health-nurse',
  sources: [SRC.childFever1177, SRC.rettsChild],
  questions: [
    choice('worry', 'Hur orolig är du?', 'How worried are you?', [
      ['question', 'Jag har en fråga', 'I have a question'],
      ['worried', 'Jag är orolig', 'I am worried'],
      ['very-worried', 'Jag är mycket orolig', 'I am very worried'],
    ], { required: true }),
    yesNo('weight-drop', 'Har barnet gått ner i vikt eller slutat växa enligt BVC?', 'Has the child lost weight or stopped growing according to BVC?'),
    yesNo('inconsolable', 'Skriker barnet otröstligt på ett annat sätt än vanligt?', 'Is the child crying inconsolably in a way that is not usual?'),
    { ...lethargic, required: false },
    wetNappies,
    feverishQuestion,
    yesNo('newborn-yellow', 'Är barnet yngre än två veckor och gult i huden eller ögonvitorna, eller äter det dåligt?', 'Is the child under two weeks old and yellow in the skin or the whites of the eyes, or feeding poorly?'),
  ],
  rules: [
    listless,
    infantNappies,
    infantFeverish,
    rule(yes('newborn-yellow'), 'urgent', 'Gulsot eller dålig matning hos ett nyfött barn ska bedömas i dag med ett bilirubinprov.', 'Jaundice or poor feeding in a newborn should be assessed today with a bilirubin test.', { profession: 'doctor', rationale: 'Visible neonatal jaundice: bilirubin within hours (NICE jaundice in newborns); poor feeding = dehydration/sepsis risk.', sources: [SRC.rettsChild] }),
    rule(yes('inconsolable'), 'urgent', 'Otröstlig gråt som inte liknar den vanliga bör bedömas i dag.', 'Inconsolable crying unlike the usual should be assessed today.', { profession: 'nurse', rationale: 'Inconsolable, unusual crying: serious illness, intussusception, same-day assessment.' }),
    rule(any(is('worry', 'very-worried'), yes('weight-drop')), 'soon', 'Du är mycket orolig eller barnet växer inte som det ska.', 'You are very worried or the child is not growing as it should.', { rationale: 'Parental concern or faltering growth: prompt child-health review.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Frågor om amning, mat, sömn, utveckling och vaccinationer besvaras av BVC-sjuksköterskan.', 'Questions about feeding, food, sleep, development and vaccinations are answered by the child-health nurse.'),
  selfCare: [text('På 1177.se finns råd om amning, mat, sömn och utveckling för varje ålder.', 'At 1177.se there is advice on feeding, food, sleep and development for every age.')],
  safetyNet: childSafetyNet,
  channels: [{ action: 'chat' }, { action: 'book', visitType: 'physical' }, { action: 'book', visitType: 'video' }],
};

/** Urinary infection in children: young children with fever are seen the same day. */
export const childUrinary: ReasonFamily = {
  id: 'child-urinary',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.childUti1177, SRC.rettsChild, SRC.cksChildUti],
  questions: [
    lethargic,
    drinks,
    yesNo('burning', 'Säger barnet att det svider när det kissar, eller kissar det ofta?', 'Does the child say it stings to pee, or does it pee often?'),
    yesNo('back-pain', 'Har barnet ont i ryggen eller sidan?', 'Does the child have pain in the back or side?'),
    ...cannotPee.questions,
    ...testicleSudden.questions,
  ],
  rules: [
    listless,
    ...cannotPee.rules,
    ...testicleSudden.rules,
    rule(all(ageUnder(24), atLeast(T, 38)), 'urgent', 'Barn under två år med feber och misstänkt urinvägsinfektion ska undersökas samma dag.', 'A child under two with a fever and a suspected urinary infection should be examined the same day.', { profession: 'doctor', rationale: 'Under 2 with fever and suspected UTI: urine sample and treatment today (NICE).' }),
    rule(all(yes('back-pain'), atLeast(T, 38)), 'urgent', 'Feber och ont i ryggen kan betyda att infektionen nått njurarna.', 'Fever with back pain can mean the infection has reached the kidneys.', { profession: 'doctor', rationale: 'Fever + loin pain in a child: upper UTI.' }),
    ...dehydration.slice(0, 1),
  ],
  baseline: 'soon',
  baselineWhy: text('Vid misstänkt urinvägsinfektion hos barn behöver ett urinprov tas inom ett par dagar.', 'A suspected urinary infection in a child needs a urine test within a couple of days.'),
  selfCare: [{ text: text('Ge barnet mycket att dricka och låt det kissa ofta.', 'Give the child plenty to drink and let it pee often.'), unless: yes('cannot-pee') }],
  safetyNet: childSafetyNet,
  channels: [{ action: 'chat' }, { action: 'book', visitType: 'physical' }],
};

/** Asthma and wheezing in children. */
export const childBreathing: ReasonFamily = {
  id: 'child-breathing',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.rettsChild, SRC.cksAsthma],
  questions: [
    yesNo('breathing-hard', 'Andas barnet snabbt eller ansträngt, med indragningar, eller orkar inte prata eller äta?', 'Is the child breathing fast or with effort, with indrawing, or too breathless to talk or eat?', { required: true }),
    yesNo('reliever-no-help', 'Hjälper inte barnets luftrörsvidgande medicin, eller behövs den oftare än var fjärde timme?', "Is the child's reliever not helping, or needed more often than every four hours?"),
    yesNo('night-cough', 'Hostar eller piper barnet på nätterna?', 'Does the child cough or wheeze at night?'),
  ],
  rules: [
    rule(yes('breathing-hard'), 'emergency', 'Ansträngd andning hos ett barn är ett akut tillstånd.', 'Laboured breathing in a child is an emergency.', { redFlag: 'breathing', rationale: 'Laboured breathing in a child: respiratory distress (RETTS-P red/orange).' }),
    rule(yes('reliever-no-help'), 'urgent', 'När medicinen inte räcker behöver barnet bedömas i dag.', 'When the medicine is not enough the child needs to be assessed today.', { profession: 'doctor', rationale: 'Reliever not working: acute asthma, same-day review.' }),
    rule(yes('night-cough'), 'soon', 'Besvär på nätterna tyder på att astman behöver ses över.', 'Symptoms at night suggest the asthma treatment needs a review.', { rationale: 'Night symptoms: poor asthma control, step-up review.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Barnets astma kan följas upp i lugn takt.', "The child's asthma can be followed up at a calm pace."),
  selfCare: [text('Ge medicinerna enligt barnets behandlingsplan, med andningsbehållare.', "Give the medicines according to the child's treatment plan, with a spacer.")],
  safetyNet: childSafetyNet,
};
