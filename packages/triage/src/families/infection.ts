import { all, any, atLeast, choice, is, no, oneOf, rule, yes, yesNo } from '../conditions.js';
import { COMMON } from '../common-items.js';
import type { ReasonFamily } from '../model.js';
import { SRC } from '../sources.js';
import { text } from '../text.js';
import { cannotPee, newConfusion, renalColic, sepsisSigns, stiffNeckFever, testicleSudden } from '../warning-signs.js';

const T = COMMON.temperature;

const breathless = choice('breathless', 'Blir du andfådd?', 'Are you short of breath?', [
  ['no', 'Nej', 'No'],
  ['exertion', 'Ja, när jag anstränger mig', 'Yes, when I exert myself'],
  ['rest', 'Ja, även i vila', 'Yes, even at rest'],
], { required: true });

/** Colds, coughs, flu, sinusitis: self-care unless breathing, fever or time say otherwise. */
export const respiratory: ReasonFamily = {
  id: 'respiratory',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.fever1177, SRC.rettsBreathing, SRC.cksCough],
  questions: [
    yesNo('cough', 'Hostar du?', 'Do you have a cough?'),
    breathless,
    yesNo('chest-pain-breathing', 'Gör det ont i bröstet när du andas djupt?', 'Does your chest hurt when you breathe deeply?'),
    yesNo('face-pain', 'Har du ont i ansiktet eller tänderna som blir värre när du böjer dig fram?', 'Do you have pain in your face or teeth that gets worse when you bend forward?'),
    yesNo('risk-group', 'Har du en lung- eller hjärtsjukdom, nedsatt immunförsvar, eller är du 70 år eller äldre?', 'Do you have a lung or heart disease, a weakened immune system, or are you 70 or older?'),
    yesNo('coughing-blood', 'Hostar du upp blod?', 'Are you coughing up blood?'),
    ...newConfusion.questions,
    ...stiffNeckFever.questions,
    sepsisSigns.questions[0],
  ],
  rules: [
    ...newConfusion.rules,
    ...stiffNeckFever.rules,
    ...sepsisSigns.rules,
    rule(yes('coughing-blood'), 'urgent', 'Blod i upphostningar behöver bedömas i dag.', 'Coughing up blood needs to be assessed today.', { profession: 'doctor', rationale: 'Haemoptysis: PE, pneumonia, malignancy; same-day assessment (ED if massive or breathless).', sources: [SRC.cksCough] }),
    rule(is('breathless', 'rest'), 'emergency', 'Andfåddhet i vila kan betyda att kroppen inte får tillräckligt med syre.', 'Shortness of breath at rest can mean your body is not getting enough oxygen.', { redFlag: 'breathing', rationale: 'Dyspnoea at rest with infection: hypoxia, severe pneumonia (RETTS red).' }),
    rule(is('breathless', 'exertion'), 'urgent', 'Andfåddhet vid infektion behöver bedömas i dag.', 'Shortness of breath with an infection needs to be assessed today.', { profession: 'doctor', rationale: 'Exertional dyspnoea with infection: pneumonia risk, same-day exam and saturation.' }),
    rule(all(yes('chest-pain-breathing'), atLeast(T, 38)), 'urgent', 'Feber och smärta vid djupandning kan tyda på lunginflammation.', 'Fever with pain on deep breathing can be a sign of pneumonia.', { profession: 'doctor', rationale: 'Fever + pleuritic pain: pneumonia, same-day assessment.' }),
    rule(all(yes('risk-group'), atLeast(T, 38)), 'soon', 'Du tillhör en riskgrupp och har feber.', 'You are in a risk group and have a fever.', { rationale: 'Risk group with fever: lower threshold for assessment.' }),
    rule(all(yes('face-pain'), oneOf(COMMON.since, 'weeks-1-4', 'months')), 'soon', 'Ansiktssmärta i mer än en vecka kan vara bihåleinflammation som behöver behandling.', 'Facial pain for more than a week may be sinusitis that needs treatment.', { rationale: 'Facial pain > 7–10 days: bacterial sinusitis possible.' }),
    rule(all(yes('cough'), oneOf(COMMON.since, 'weeks-1-4', 'months')), 'routine', 'Hosta som varar mer än en vecka bör följas upp om den inte blir bättre.', 'A cough lasting more than a week should be followed up if it is not improving.', { rationale: 'Cough > 1–3 weeks: follow-up (pertussis, asthma, malignancy if persistent).' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Dina svar tyder på en vanlig luftvägsinfektion som brukar gå över av sig själv.', 'Your answers suggest a common respiratory infection that usually clears up on its own.'),
  selfCare: [
    text('Vila och drick mycket.', 'Rest and drink plenty.'),
    text('Receptfria febernedsättande läkemedel kan lindra feber och värk.', 'Over-the-counter pain and fever relief can ease fever and aches.'),
    text('Koksaltspray och att sova med högt huvudläge kan lindra nästäppa.', 'Saline nasal spray and sleeping with your head raised can ease a blocked nose.'),
    text('Stanna hemma tills du är feberfri och tvätta händerna ofta.', 'Stay at home until you are free of fever, and wash your hands often.'),
  ],
  safetyNet: text(
    'Kontakta vårdcentralen eller 1177 om du blir andfådd, får hög feber i mer än tre dagar eller blir sämre efter att ha börjat bli bättre.',
    'Contact the clinic or 1177 if you become short of breath, have a high fever for more than three days, or get worse after starting to improve.',
  ),
};

/** Sore throat: strep and abscess signs lead to care, the rest is self-care. */
export const soreThroat: ReasonFamily = {
  id: 'sore-throat',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.throat1177, SRC.rettsThroat, SRC.cksSoreThroat],
  questions: [
    yesNo('can-swallow-saliva', 'Kan du svälja din egen saliv?', 'Can you swallow your own saliva?', { required: true }),
    yesNo('one-sided', 'Är smärtan mycket värre på ena sidan, eller har du svårt att gapa?', 'Is the pain much worse on one side, or is it hard to open your mouth?'),
    yesNo('tonsil-coating', 'Har du beläggningar på halsmandlarna?', 'Do you have white patches on your tonsils?'),
    yesNo('cough', 'Hostar du?', 'Do you have a cough?'),
    yesNo('noisy-breathing', 'Låter det när du andas in, eller har rösten blivit grötig?', 'Is there a noise when you breathe in, or has your voice become muffled?'),
    ...stiffNeckFever.questions,
  ],
  rules: [
    rule(all(no('can-swallow-saliva'), yes('noisy-breathing')), 'emergency', 'Dregling eller svårt att svälja med ljud när du andas kan betyda att svalget håller på att svullna igen.', 'Drooling or trouble swallowing with noisy breathing can mean the throat is swelling shut.', { redFlag: 'breathing', rationale: 'Drooling + stridor/muffled voice: epiglottitis or deep neck infection threatening the airway.' }),
    rule(no('can-swallow-saliva'), 'emergency-department', 'Att inte kunna svälja saliv kan betyda en svullnad i svalget som behöver ses direkt.', 'Not being able to swallow saliva can mean swelling in the throat that needs to be seen at once.', { profession: 'doctor', redFlag: 'airway-swelling', rationale: 'Drooling/unable to swallow saliva: peritonsillar abscess or epiglottitis (RETTS orange).' }),
    ...stiffNeckFever.rules,
    rule(yes('one-sided'), 'urgent', 'Kraftig ensidig halsont eller svårt att gapa kan tyda på en halsböld.', 'Severe one-sided throat pain or trouble opening the mouth can be a sign of an abscess.', { profession: 'doctor', rationale: 'Severe unilateral throat pain/trismus: peritonsillar abscess (quinsy).' }),
    rule(all(yes('tonsil-coating'), no('cough'), atLeast(T, 38.5)), 'soon', 'Feber, beläggningar och ingen hosta kan tyda på halsfluss; ett snabbtest kan behövas.', 'Fever, white patches and no cough can mean strep throat; a rapid test may be needed.', { rationale: 'Centor ≥ 3 (fever, exudate, no cough): rapid strep test.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Dina svar tyder på halsont av ett virus, som brukar gå över på en vecka.', 'Your answers suggest a sore throat caused by a virus, which usually clears up within a week.'),
  selfCare: [
    text('Drick mycket, gärna kallt eller ljummet.', 'Drink plenty, cold or lukewarm.'),
    text('Halstabletter och receptfria smärtstillande läkemedel kan lindra.', 'Throat lozenges and over-the-counter pain relief can help.'),
  ],
  safetyNet: text('Kontakta vården om du får svårt att svälja, andas eller gapa, eller om halsontet inte är bättre efter en vecka.', 'Contact care if it becomes hard to swallow, breathe or open your mouth, or if the sore throat is not better after a week.'),
};

/** Ear problems in adults. */
export const ear: ReasonFamily = {
  id: 'ear',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.fever1177, SRC.cksOtitis],
  questions: [
    yesNo('ear-discharge', 'Rinner det vätska eller var ur örat?', 'Is fluid or pus coming from the ear?'),
    yesNo('sudden-hearing-loss', 'Har hörseln plötsligt blivit sämre på ena örat?', 'Has your hearing suddenly got worse in one ear?'),
    yesNo('behind-ear-swelling', 'Är det svullet, rött eller ömt bakom örat?', 'Is it swollen, red or tender behind the ear?'),
    ...stiffNeckFever.questions,
  ],
  rules: [
    ...stiffNeckFever.rules,
    rule(yes('behind-ear-swelling'), 'emergency-department', 'Svullnad bakom örat kan vara en infektion i skelettet (mastoidit) som måste behandlas direkt.', 'Swelling behind the ear can be an infection of the bone (mastoiditis) that must be treated at once.', { profession: 'doctor', redFlag: 'mastoiditis', rationale: 'Post-auricular swelling/tenderness: mastoiditis, IV antibiotics.' }),
    rule(yes('sudden-hearing-loss'), 'urgent', 'Plötslig hörselnedsättning på ett öra behöver undersökas snabbt.', 'Sudden hearing loss in one ear needs to be examined quickly.', { profession: 'doctor', rationale: 'Sudden sensorineural hearing loss: steroids within days, ENT same day.' }),
    rule(yes('ear-discharge'), 'soon', 'Vätska från örat bör undersökas.', 'Fluid from the ear should be examined.', { rationale: 'Otorrhoea: perforation or otitis externa, examination.' }),
    rule(oneOf(COMMON.since, 'days-4-7', 'weeks-1-4'), 'routine', 'Örat har besvärat dig i mer än tre dagar.', 'Your ear has troubled you for more than three days.', { rationale: 'Ear symptoms > 3 days: examination.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Öronvärk går oftast över av sig själv inom några dagar.', 'Earache usually clears up on its own within a few days.'),
  selfCare: [
    text('Receptfria smärtstillande läkemedel lindrar värken.', 'Over-the-counter pain relief eases the pain.'),
    text('Peta inte i örat med tops.', 'Do not poke the ear with cotton buds.'),
    text('Vid vaxpropp kan receptfria öronoljor eller droppar lösa upp vaxet.', 'For earwax, over-the-counter ear oil or drops can soften it.'),
  ],
  safetyNet: text('Kontakta vården om det blir svullet bakom örat, om du får hög feber eller om besvären inte går över på tre dagar.', 'Contact care if it swells behind the ear, you get a high fever, or it does not clear up in three days.'),
};

/** Eye problems. */
export const eye: ReasonFamily = {
  id: 'eye',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.rettsEye, SRC.cksRedEye],
  questions: [
    yesNo('vision-worse', 'Har synen blivit sämre, eller ser du blixtar, dubbelt eller en skugga?', 'Has your vision got worse, or do you see flashes, double or a shadow?', { required: true }),
    yesNo('eye-pain', 'Gör ögat mycket ont eller är det ljuskänsligt?', 'Is the eye very painful or sensitive to light?'),
    yesNo('chemical', 'Har du fått frätande ämne eller något vasst i ögat?', 'Did a corrosive substance or something sharp get into the eye?'),
    yesNo('contact-lenses', 'Använder du kontaktlinser?', 'Do you wear contact lenses?'),
    yesNo('sudden-vision-loss', 'Har du plötsligt förlorat synen helt eller delvis på ett öga, även om det har gått över?', 'Have you suddenly lost all or part of the sight in one eye, even if it has come back?', { child: text('Har barnet plötsligt förlorat synen helt eller delvis på ett öga, även om det har gått över?', 'Has the child suddenly lost all or part of the sight in one eye, even if it has come back?') }),
  ],
  rules: [
    rule(yes('chemical'), 'emergency-department', 'Frätande ämne eller vasst föremål i ögat behöver undersökas direkt. Skölj ögat med vatten i minst 15 minuter.', 'A corrosive substance or sharp object in the eye needs to be examined straight away. Rinse the eye with water for at least 15 minutes.', { profession: 'doctor', redFlag: 'eye-emergency', rationale: 'Chemical or penetrating eye injury: irrigate, same-hour ophthalmology.', advice: text('Skölj ögat med vatten i minst 15 minuter innan du åker, gärna under tiden.', 'Rinse the eye with water for at least 15 minutes before you go, and on the way if you can.') }),
    rule(yes('sudden-vision-loss'), 'emergency-department', 'Plötslig synförlust på ett öga, också om den har gått över, kan vara en propp i ögat eller en TIA och behöver undersökas direkt.', 'Sudden loss of sight in one eye, also if it has come back, can be a clot in the eye or a TIA and needs to be examined at once.', { profession: 'doctor', redFlag: 'eye-emergency', rationale: 'Sudden monocular visual loss (CRAO, amaurosis fugax = TIA, detachment): same-hour assessment.', sources: [SRC.rettsEye, SRC.cksRedEye, SRC.cksStroke] }),
    rule(yes('vision-worse'), 'urgent', 'Försämrad syn, blixtar eller skuggor behöver undersökas samma dag.', 'Worse vision, flashes or shadows need to be examined the same day.', { profession: 'doctor', rationale: 'Worse vision, flashes or shadows: retinal detachment, same-day ophthalmology.' }),
    rule(yes('eye-pain'), 'urgent', 'Kraftig smärta eller ljuskänslighet i ögat kan vara allvarligt.', 'Severe pain or sensitivity to light in the eye can be serious.', { profession: 'doctor', rationale: 'Severe eye pain or photophobia: keratitis, iritis, acute glaucoma.' }),
    rule(yes('contact-lenses'), 'soon', 'Ett rött öga hos den som använder kontaktlinser bör undersökas.', 'A red eye in someone who wears contact lenses should be examined.', { rationale: 'Red eye with contact lenses: microbial keratitis risk.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Ett rött, kliande eller kladdigt öga utan synpåverkan går oftast över av sig själv.', 'A red, itchy or sticky eye without vision changes usually clears up on its own.'),
  selfCare: [
    text('Tvätta ögat med ljummet vatten och en ren kompress.', 'Clean the eye with lukewarm water and a clean pad.'),
    text('Receptfria ögondroppar kan lindra torra eller kliande ögon.', 'Over-the-counter eye drops can soothe dry or itchy eyes.'),
    text('Vänta med kontaktlinser tills ögat är bra.', 'Do not wear contact lenses until the eye is well.'),
  ],
  safetyNet: text('Sök vård samma dag om synen blir sämre eller ögat gör mycket ont.', 'Seek care the same day if your vision gets worse or the eye becomes very painful.'),
};

/** Urinary tract infection ("UVI") and other urinary problems. */
export const urinary: ReasonFamily = {
  id: 'urinary',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.uti1177, SRC.pyelo1177, SRC.cksUti, SRC.cksPyelo],
  questions: [
    yesNo('burning', 'Svider det när du kissar, eller behöver du kissa ofta?', 'Does it sting when you pee, or do you need to pee often?'),
    yesNo('flank-pain', 'Har du ont i sidan eller ryggen, i höjd med njurarna?', 'Do you have pain in your side or back, at the level of the kidneys?', { required: true }),
    yesNo('blood-in-urine', 'Har du sett blod i urinen?', 'Have you seen blood in your urine?'),
    yesNo('pregnant', 'Är du gravid?', 'Are you pregnant?'),
    yesNo('repeated', 'Har du haft urinvägsinfektion mer än två gånger det senaste halvåret?', 'Have you had a urinary infection more than twice in the last six months?'),
    ...cannotPee.questions,
    ...renalColic.questions,
    ...testicleSudden.questions,
    ...newConfusion.questions,
    yesNo('feverish', 'Har du feber eller känner du dig febrig, med frossa?', 'Do you have a fever or feel feverish, with chills?'),
    sepsisSigns.questions[0],
  ],
  rules: [
    ...sepsisSigns.rules,
    ...cannotPee.rules,
    ...renalColic.rules,
    ...testicleSudden.rules,
    ...newConfusion.rules,
    rule(all(yes('flank-pain'), yes('feverish')), 'urgent', 'Feber och ont i sidan kan vara njurbäckeninflammation, som behöver behandlas i dag.', 'Fever with pain in the side can be a kidney infection, which needs treatment today.', { profession: 'doctor', rationale: 'Loin pain + fever (unmeasured): pyelonephritis; same-day antibiotics.' }),
    rule(all(yes('flank-pain'), atLeast(T, 38)), 'urgent', 'Feber och ont i sidan kan vara njurbäckeninflammation, som behöver behandlas i dag.', 'Fever with pain in the side can be a kidney infection, which needs treatment today.', { profession: 'doctor', rationale: 'Flank pain + fever: pyelonephritis, same-day antibiotics.' }),
    rule(any(yes('pregnant'), yes('blood-in-urine')), 'soon', 'Vid graviditet eller blod i urinen behöver urinen undersökas.', 'If you are pregnant or see blood in the urine, the urine needs to be tested.', { rationale: 'UTI in pregnancy or haematuria: urine culture/investigation.' }),
    rule(yes('repeated'), 'routine', 'Upprepade urinvägsinfektioner bör utredas.', 'Repeated urinary infections should be investigated.', { profession: 'doctor', rationale: 'Recurrent UTI: investigate and consider prophylaxis.' }),
    rule(yes('burning'), 'routine', 'Sveda och täta trängningar tyder på urinvägsinfektion, som ofta kan bedömas i chatten.', 'Stinging and frequent urges suggest a urinary infection, which can often be assessed in the chat.', { rationale: 'Typical cystitis symptoms: uncomplicated lower UTI, manageable remotely.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Besvär med att kissa bör bedömas av en sjuksköterska.', 'Problems passing urine should be assessed by a nurse.'),
  selfCare: [
    { text: text('Drick mycket vatten.', 'Drink plenty of water.'), unless: any(yes('cannot-pee'), yes('flank-severe')) },
    { text: text('Kissa ofta och töm blåsan ordentligt.', 'Pee often and empty your bladder fully.'), unless: yes('cannot-pee') },
  ],
  safetyNet: text('Kontakta vården samma dag om du får feber, ont i sidan eller mår sämre.', 'Contact care the same day if you get a fever, pain in your side or feel worse.'),
  channels: [{ action: 'chat' }, { action: 'book', visitType: 'physical' }],
};
