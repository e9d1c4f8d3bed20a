import { all, any, atLeast, choice, is, no, oneOf, rule, yes, yesNo } from '../conditions.js';
import { COMMON } from '../common-items.js';
import type { ReasonFamily } from '../model.js';
import { SRC } from '../sources.js';
import { text } from '../text.js';
import { chestPainNow, feverishQuestion, gutBleeding, mightBePregnant, newConfusion, renalColic, sepsisSigns, stiffNeckFever, strokeSigns, testicleSudden } from '../warning-signs.js';

const T = COMMON.temperature;
const photoFirst = [{ action: 'chat' as const }, { action: 'book' as const, visitType: 'video' as const }, { action: 'book' as const, visitType: 'physical' as const }];

/** Rashes, hives, shingles, cellulitis. */
export const skinRash: ReasonFamily = {
  id: 'skin-rash',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.rettsSkin, SRC.cksCellulitis, SRC.shingles1177, SRC.cksShingles],
  questions: [
    yesNo('non-blanching', 'Finns det prickar eller fläckar som inte bleknar när du trycker ett glas mot huden?', 'Are there spots that do not fade when you press a glass against the skin?', { required: true }),
    yesNo('spreading', 'Sprider sig rodnaden snabbt, eller är huden varm och svullen?', 'Is the redness spreading fast, or is the skin hot and swollen?'),
    yesNo('blisters-face', 'Har du blåsor i ansiktet eller nära ögat?', 'Do you have blisters on your face or near the eye?'),
    yesNo('eye-symptoms', 'Är ögat rött, gör det ont i ögat eller ser du sämre?', 'Is the eye red, painful, or is your vision worse?', { child: text('Är barnets öga rött, gör det ont i ögat eller ser barnet sämre?', "Is the child's eye red, painful, or is its vision worse?") }),
    yesNo('itch', 'Kliar det?', 'Does it itch?'),
  ],
  rules: [
    rule(all(yes('non-blanching'), atLeast(T, 38)), 'emergency', 'Feber och utslag som inte bleknar under glas kan vara tecken på blodförgiftning.', 'Fever with a rash that does not fade under a glass can be a sign of sepsis.', { redFlag: 'sepsis', rationale: 'Fever + non-blanching rash: meningococcal sepsis until excluded (NICE red).' }),
    rule(yes('non-blanching'), 'urgent', 'Utslag som inte bleknar under glas behöver bedömas i dag.', 'A rash that does not fade under a glass needs to be assessed today.', { profession: 'doctor', rationale: 'Non-blanching rash without fever: petechiae/vasculitis/ITP — same-day blood count.' }),
    rule(all(yes('spreading'), atLeast(T, 38)), 'urgent', 'Snabbt spridande rodnad med feber kan vara rosfeber.', 'Fast-spreading redness with fever can be erysipelas (a skin infection).', { profession: 'doctor', rationale: 'Spreading erythema with fever: cellulitis/erysipelas needing antibiotics today.' }),
    rule(all(yes('blisters-face'), yes('eye-symptoms')), 'emergency-department', 'Bältros nära ögat med rött eller ömt öga eller sämre syn kan skada ögat och behöver undersökas direkt.', 'Shingles near the eye with a red or painful eye or worse vision can damage the eye and needs to be examined at once.', { profession: 'doctor', redFlag: 'shingles-eye', rationale: 'Herpes zoster ophthalmicus with eye signs: same-day ophthalmology, antivirals.' }),
    rule(yes('blisters-face'), 'urgent', 'Blåsor i ansiktet eller nära ögat kan vara bältros, som ska behandlas samma dag.', 'Blisters on the face or near the eye can be shingles, which should be treated the same day.', { profession: 'doctor', rationale: 'Facial zoster: antivirals within 72 h; eye risk (Hutchinson sign).' }),
    rule(yes('spreading'), 'soon', 'En rodnad som sprider sig bör ses inom några dagar.', 'Redness that is spreading should be seen within a few days.', { rationale: 'Spreading redness without fever: early cellulitis, review within days.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Utslag utan feber eller snabb spridning kan oftast behandlas hemma.', 'A rash without fever or fast spreading can usually be treated at home.'),
  selfCare: [
    text('Undvik det som kan ha orsakat utslagen, till exempel ny tvål eller kräm.', 'Avoid what may have caused the rash, such as a new soap or cream.'),
    text('Receptfria antihistaminer och mild kortisonkräm kan lindra klåda.', 'Over-the-counter antihistamines and mild hydrocortisone cream can ease itching.'),
    text('Ta en bild varje dag så ser du om det förändras.', 'Take a photo each day so you can see whether it changes.'),
  ],
  safetyNet: text('Ring 112 om du får feber och utslag som inte bleknar under glas. Kontakta vården om utslagen sprider sig eller du får feber.', 'Call 112 if you get a fever and a rash that does not fade under a glass. Contact care if the rash spreads or you get a fever.'),
  channels: photoFirst,
};

/** Moles, warts, eczema, acne and other long-standing skin problems. */
export const skinCondition: ReasonFamily = {
  id: 'skin-condition',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.cksSkinLesion, SRC.cksAcne, SRC.cksEczema],
  questions: [
    yesNo('changed', 'Har en fläck eller ett födelsemärke ändrat storlek, form eller färg, eller börjat blöda?', 'Has a spot or mole changed size, shape or colour, or started to bleed?'),
    yesNo('tried-treatment', 'Har du provat receptfri behandling i minst två veckor?', 'Have you tried an over-the-counter treatment for at least two weeks?'),
    yesNo('affects-life', 'Påverkar besväret din sömn eller vardag?', 'Does the problem affect your sleep or daily life?'),
  ],
  rules: [
    rule(yes('changed'), 'soon', 'Ett födelsemärke som förändras bör undersökas av en läkare.', 'A mole that changes should be examined by a doctor.', { profession: 'doctor', rationale: 'Changing mole (ABCDE): melanoma pathway, dermatoscopy by a doctor.' }),
    rule(any(yes('tried-treatment'), yes('affects-life')), 'routine', 'Besväret har inte gått över med egenvård eller påverkar din vardag.', 'The problem has not cleared with self-care or affects your daily life.', { rationale: 'Failed OTC treatment or impact on life: planned review.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Många hudbesvär går att behandla själv med receptfria medel.', 'Many skin problems can be treated yourself with over-the-counter products.'),
  selfCare: [
    text('Smörj torr hud med mjukgörande kräm flera gånger om dagen.', 'Moisturise dry skin several times a day.'),
    text('Fråga på apoteket om receptfri behandling mot vårtor, svamp eller akne.', 'Ask at the pharmacy about over-the-counter treatment for warts, fungus or acne.'),
  ],
  safetyNet: text('Kontakta vården om ett födelsemärke förändras eller om besvären inte blir bättre efter två veckors behandling.', 'Contact care if a mole changes or the problem is not better after two weeks of treatment.'),
  channels: photoFirst,
};

/** Cuts, burns, bites, stings and wounds. */
export const wound: ReasonFamily = {
  id: 'wound',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.rettsBleeding, SRC.cksWounds],
  questions: [
    yesNo('still-bleeding', 'Blöder det fortfarande efter 10 minuter av hårt tryck?', 'Is it still bleeding after 10 minutes of firm pressure?', { required: true }),
    yesNo('gaping', 'Är såret djupt eller gapande, eller större än en handflata (brännskada)?', 'Is the wound deep or gaping, or larger than the palm of a hand (burn)?'),
    yesNo('infection-signs', 'Är det rött, varmt, svullet eller varigt runt såret, eller går det en röd strimma från det?', 'Is it red, hot, swollen or weeping pus around the wound, or is there a red streak from it?'),
    yesNo('animal-bite', 'Är det ett bett av ett djur eller en människa?', 'Is it a bite from an animal or a person?'),
    yesNo('ring-rash', 'Har en ring av rodnad vuxit ut runt ett fästingbett?', 'Has a ring of redness grown around a tick bite?'),
    yesNo('swelling-after-sting', 'Har du efter ett bett eller stick fått svullnad i ansiktet, läpparna eller svalget, eller svårt att andas?', 'After a bite or sting, have you got swelling of the face, lips or throat, or difficulty breathing?', { child: text('Har barnet efter ett bett eller stick fått svullnad i ansiktet, läpparna eller svalget, eller svårt att andas?', 'After a bite or sting, has the child got swelling of the face, lips or throat, or difficulty breathing?') }),
    ...sepsisSigns.questions,
  ],
  rules: [
    rule(yes('swelling-after-sting'), 'emergency', 'Svullnad i ansiktet eller svalget eller andningsbesvär efter ett stick kan vara en allvarlig allergisk reaktion.', 'Swelling of the face or throat or breathing trouble after a sting can be a severe allergic reaction.', { redFlag: 'anaphylaxis', rationale: 'Angio-oedema or dyspnoea after a sting/bite: anaphylaxis, IM adrenaline.', sources: [SRC.anaphylaxis1177, SRC.cksAnaphylaxis] }),
    ...sepsisSigns.rules,
    rule(yes('still-bleeding'), 'emergency', 'En blödning som inte slutar trots tryck måste tas om hand direkt.', 'Bleeding that does not stop despite pressure must be cared for at once.', { redFlag: 'bleeding', rationale: 'Bleeding not controlled by 10 min firm pressure: haemorrhage control needed now.' }),
    rule(all(yes('infection-signs'), atLeast(T, 38)), 'urgent', 'Tecken på infektion i ett sår tillsammans med feber behöver bedömas i dag.', 'Signs of wound infection together with fever need to be assessed today.', { profession: 'doctor', rationale: 'Wound infection with fever: systemic spread risk, same-day antibiotics.' }),
    rule(yes('gaping'), 'urgent', 'Ett djupt eller gapande sår behöver sys eller tejpas inom några timmar.', 'A deep or gaping wound needs stitches or strips within a few hours.', { rationale: 'Deep or gaping wound: closure within ~6–8 h (tetanus status).' }),
    rule(yes('animal-bite'), 'soon', 'Bett infekteras lätt och bör ses av vården.', 'Bites infect easily and should be seen by care staff.', { rationale: 'Animal/human bite: high infection risk, prophylactic antibiotics considered.' }),
    rule(any(yes('infection-signs'), yes('ring-rash')), 'soon', 'Rodnad som sprider sig kring ett sår eller bett kan behöva behandling.', 'Redness spreading around a wound or bite may need treatment.', { rationale: 'Local spreading redness/erythema migrans: antibiotics (Lyme) within days.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Små sår, bett och brännskador läker oftast bra med egenvård.', 'Small wounds, bites and burns usually heal well with self-care.'),
  selfCare: [
    text('Skölj såret med rent vatten och sätt på ett rent förband.', 'Rinse the wound with clean water and cover it with a clean dressing.'),
    text('Kyl en brännskada med ljummet vatten i 20 minuter.', 'Cool a burn with lukewarm water for 20 minutes.'),
    text('Ta bort en fästing så nära huden som möjligt och håll koll på huden i fyra veckor.', 'Remove a tick as close to the skin as possible and watch the skin for four weeks.'),
  ],
  safetyNet: text('Kontakta vården om såret blir rött, varmt och svullet, om du får feber eller om en rodnad växer.', 'Contact care if the wound becomes red, hot and swollen, you get a fever, or a redness grows.'),
  channels: photoFirst,
};

/** Allergies and allergic reactions. */
export const allergy: ReasonFamily = {
  id: 'allergy',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.anaphylaxis1177, SRC.rettsAllergy, SRC.cksAnaphylaxis, SRC.cksRhinitis],
  questions: [
    yesNo('swelling-throat', 'Har du svullnad i läppar, tunga eller svalg, eller svårt att svälja?', 'Do you have swelling of the lips, tongue or throat, or difficulty swallowing?', { required: true }),
    yesNo('wheeze', 'Har du svårt att andas eller väser det när du andas?', 'Is it hard to breathe, or do you wheeze?', { required: true }),
    yesNo('hives', 'Har du nässelutslag över stora delar av kroppen?', 'Do you have hives over large parts of the body?'),
    yesNo('antihistamine-helps', 'Hjälper receptfria allergitabletter?', 'Do over-the-counter allergy tablets help?'),
  ],
  rules: [
    rule(any(yes('swelling-throat'), yes('wheeze')), 'emergency', 'Svullnad i svalget eller andningsbesvär vid allergi kan vara en allvarlig allergisk reaktion.', 'Swelling in the throat or breathing trouble with allergy can be a severe allergic reaction.', { redFlag: 'anaphylaxis', rationale: 'Airway swelling or wheeze with allergy: anaphylaxis, adrenaline IM.' }),
    rule(yes('hives'), 'soon', 'Utbredda nässelutslag bör bedömas.', 'Widespread hives should be assessed.', { rationale: 'Widespread urticaria: assess trigger and angio-oedema risk.' }),
    rule(no('antihistamine-helps'), 'routine', 'Allergin blir inte bättre av receptfria läkemedel.', 'The allergy is not improving with over-the-counter medicines.', { rationale: 'Allergy not controlled by OTC antihistamines: planned review of treatment.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Lindriga allergibesvär kan oftast behandlas med receptfria läkemedel.', 'Mild allergy symptoms can usually be treated with over-the-counter medicines.'),
  selfCare: [
    text('Receptfria antihistaminer, nässpray och ögondroppar lindrar pollenallergi.', 'Over-the-counter antihistamines, nasal spray and eye drops ease hay fever.'),
    text('Undvik det du reagerar på och duscha efter att ha varit ute under pollensäsong.', 'Avoid what you react to and shower after being outdoors in pollen season.'),
  ],
  safetyNet: text('Ring 112 om du får svullnad i ansikte eller svalg eller svårt att andas.', 'Call 112 if your face or throat swells or it becomes hard to breathe.'),
};

/** Asthma, COPD and breathlessness. */
export const breathing: ReasonFamily = {
  id: 'breathing',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.breath1177, SRC.rettsBreathing, SRC.cksAsthma],
  questions: [
    choice('breathless', 'Hur andfådd är du?', 'How short of breath are you?', [
      ['no', 'Inte alls just nu', 'Not at all right now'],
      ['exertion', 'När jag anstränger mig', 'When I exert myself'],
      ['rest', 'Även i vila, eller kan inte prata hela meningar', 'Even at rest, or cannot speak in full sentences'],
    ], { required: true }),
    yesNo('reliever-more', 'Behöver du din luftrörsvidgande medicin oftare än vanligt?', 'Do you need your reliever inhaler more often than usual?'),
    yesNo('reliever-no-help', 'Hjälper inte din luftrörsvidgande medicin?', 'Is your reliever inhaler not helping?'),
    ...chestPainNow.questions,
  ],
  rules: [
    ...chestPainNow.rules,
    rule(is('breathless', 'rest'), 'emergency', 'Andfåddhet i vila är ett akut tillstånd.', 'Shortness of breath at rest is an emergency.', { redFlag: 'breathing', rationale: 'Dyspnoea at rest (cannot speak full sentences): severe exacerbation (RETTS red).' }),
    rule(all(is('breathless', 'exertion'), yes('reliever-no-help')), 'urgent', 'Andfåddhet som inte svarar på din medicin behöver bedömas i dag.', 'Breathlessness that does not respond to your medicine needs to be assessed today.', { profession: 'doctor', rationale: 'Exertional dyspnoea not relieved by reliever: moderate exacerbation, same-day review.' }),
    rule(any(yes('reliever-more'), is('breathless', 'exertion')), 'soon', 'Din astma eller KOL verkar sämre kontrollerad än vanligt.', 'Your asthma or COPD seems less well controlled than usual.', { rationale: 'More reliever use: poor control, review within days.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Astma och KOL följs upp regelbundet hos sjuksköterska.', 'Asthma and COPD are followed up regularly with a nurse.'),
  selfCare: [
    text('Ta dina läkemedel enligt din behandlingsplan.', 'Take your medicines according to your treatment plan.'),
    text('Undvik rök och kall luft, och ta influensavaccin varje höst.', 'Avoid smoke and cold air, and have a flu vaccine every autumn.'),
  ],
  safetyNet: text('Ring 112 om du blir andfådd i vila eller din medicin inte hjälper.', 'Call 112 if you get short of breath at rest or your medicine does not help.'),
};

/** Stomach ache, diarrhoea, vomiting, heartburn. */
export const stomach: ReasonFamily = {
  id: 'stomach',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.abdominal1177, SRC.rettsAbdomen, SRC.cksAbdominalPain],
  questions: [
    yesNo('severe-pain', 'Har du svår, ihållande buksmärta som inte lättar?', 'Do you have severe, constant stomach pain that does not ease?', { required: true }),
    yesNo('blood', 'Har du haft blod i avföringen?', 'Have you had blood in your stools?'),
    ...gutBleeding.questions,
    ...mightBePregnant.questions.filter((q) => q.id !== 'dizzy-faint'),
    ...testicleSudden.questions,
    feverishQuestion,
    yesNo('keeps-fluids', 'Kan du behålla vätska?', 'Can you keep fluids down?'),
    yesNo('weight-loss', 'Har du gått ner i vikt utan att försöka?', 'Have you lost weight without trying?'),
  ],
  rules: [
    ...gutBleeding.rules,
    ...mightBePregnant.rules,
    ...testicleSudden.rules,
    rule(all(yes('severe-pain'), any(yes('dizzy-faint'), yes('feverish'), atLeast(T, 38))), 'emergency-department', 'Svår buksmärta med feber, yrsel eller svimning behöver undersökas direkt.', 'Severe stomach pain with fever, dizziness or fainting needs to be examined at once.', { profession: 'doctor', redFlag: 'severe-abdominal-pain', rationale: 'Severe abdominal pain with systemic signs: peritonitis, perforation, AAA, ischaemia.' }),
    rule(yes('severe-pain'), 'emergency-department', 'Svår, ihållande buksmärta som inte lättar behöver undersökas direkt.', 'Severe, constant stomach pain that does not ease needs to be examined at once.', { profession: 'doctor', redFlag: 'severe-abdominal-pain', rationale: 'Severe constant abdominal pain: surgical abdomen until excluded (RETTS orange).' }),
    rule(yes('blood'), 'urgent', 'Blod i avföringen behöver bedömas i dag.', 'Blood in the stools needs to be assessed today.', { profession: 'doctor', rationale: 'Fresh rectal bleeding without instability: same-day assessment.', sources: [SRC.giBleed1177, SRC.cksLowerGi] }),
    rule(no('keeps-fluids'), 'urgent', 'Den som inte kan behålla vätska riskerar uttorkning.', 'If you cannot keep fluids down you risk dehydration.', { rationale: 'Cannot keep fluids down: dehydration, antiemetics/IV fluids.' }),
    rule(yes('weight-loss'), 'soon', 'Oförklarad viktnedgång bör utredas.', 'Unexplained weight loss should be investigated.', { profession: 'doctor', rationale: 'Unintentional weight loss: malignancy work-up (GI cancer pathway).' }),
    rule(oneOf(COMMON.since, 'weeks-1-4'), 'routine', 'Magbesvär i mer än en vecka bör bedömas.', 'Stomach trouble for more than a week should be assessed.', { rationale: 'Symptoms over a week: planned assessment for a cause.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Magsjuka och lindriga magbesvär går oftast över på några dagar.', 'Stomach bugs and mild stomach trouble usually pass within a few days.'),
  selfCare: [
    { text: text('Drick lite i taget men ofta, gärna vätskeersättning.', 'Drink a little at a time but often, ideally an oral rehydration solution.'), unless: yes('severe-pain') },
    text('Ät det du orkar när kräkningarna slutat.', 'Eat what you can once the vomiting stops.'),
    text('Tvätta händerna noga och stanna hemma tills du varit frisk i 48 timmar.', 'Wash your hands carefully and stay home until you have been well for 48 hours.'),
  ],
  safetyNet: text('Sök vård samma dag om du får svår magsmärta, blod i kräkningen eller avföringen, eller inte kan behålla vätska.', 'Seek care the same day if you get severe stomach pain, blood in vomit or stools, or cannot keep fluids down.'),
};

/** Back, neck and joint pain: physiotherapist first unless a warning sign. */
export const musculoskeletal: ReasonFamily = {
  id: 'musculoskeletal',
  category: 'medical',
  profession: 'physiotherapist',
  sources: [SRC.rettsBack, SRC.cksBackPain, SRC.cksNeckPain, SRC.cksMusculoskeletal],
  questions: [
    yesNo('saddle-numbness', 'Har du domningar i underlivet eller svårt att kontrollera urin eller avföring?', 'Do you have numbness in the groin or trouble controlling urine or bowels?', { required: true }),
    yesNo('leg-weakness', 'Har du fått svaghet i ett ben eller en arm?', 'Have you got weakness in a leg or an arm?'),
    yesNo('injury', 'Började det efter ett fall eller en olycka, och kan du inte belasta?', 'Did it start after a fall or an accident, and can you not put weight on it?'),
    yesNo('hot-swollen-joint', 'Är en led röd, varm och svullen?', 'Is a joint red, hot and swollen?'),
    ...stiffNeckFever.questions,
    yesNo('pain-with-faint', 'Har du plötslig, mycket svår smärta i ryggen eller magen och samtidigt yrsel eller svimning?', 'Do you have sudden, very severe pain in the back or belly together with dizziness or fainting?', { child: text('Har barnet plötslig, mycket svår smärta i ryggen eller magen och samtidigt yrsel eller svimning?', 'Does the child have sudden, very severe pain in the back or belly together with dizziness or fainting?') }),
    { ...renalColic.questions[0], child: text('Har barnet mycket svår smärta i ena sidan av ryggen eller magen, som kommer i vågor?', 'Does the child have very severe pain in one side of the back or belly that comes in waves?') },
  ],
  rules: [
    ...stiffNeckFever.rules,
    ...renalColic.rules,
    rule(yes('pain-with-faint'), 'emergency', 'Plötslig svår smärta i ryggen eller magen med yrsel eller svimning kan vara en brusten pulsåder eller inre blödning.', 'Sudden severe back or belly pain with dizziness or fainting can be a ruptured aorta or internal bleeding.', { redFlag: 'bleeding', rationale: 'Sudden severe back/abdominal pain with syncope: ruptured AAA until excluded (RETTS red).', sources: [SRC.rettsBack, SRC.rettsAbdomen] }),
    rule(yes('saddle-numbness'), 'emergency-department', 'Domning i underlivet eller svårt att hålla urin kan betyda tryck på nerverna i ryggen (cauda equina), som måste opereras akut.', 'Numbness in the groin or losing control of the bladder can mean pressure on the nerves in the back (cauda equina), which needs emergency surgery.', { redFlag: 'cauda-equina', rationale: 'Saddle anaesthesia or sphincter disturbance: cauda equina syndrome, emergency MRI.', sources: [SRC.cauda1177, SRC.rettsBack, SRC.cksBackPain] }),
    rule(all(yes('hot-swollen-joint'), any(atLeast(T, 38), yes('feverish'))), 'emergency-department', 'En röd, svullen led med feber kan vara en ledinfektion som behöver behandlas direkt.', 'A red, swollen joint with fever can be a joint infection that needs treatment at once.', { profession: 'doctor', redFlag: 'septic-arthritis', rationale: 'Hot swollen joint + fever: septic arthritis, joint aspiration same day.' }),
    rule(any(yes('leg-weakness'), yes('injury')), 'urgent', 'Svaghet eller en skada du inte kan belasta behöver undersökas i dag.', 'Weakness, or an injury you cannot put weight on, needs to be examined today.', { profession: 'doctor', rationale: 'Weakness or non-weight-bearing after injury: fracture or neurological deficit, same-day exam/X-ray.' }),
    rule(yes('hot-swollen-joint'), 'soon', 'En svullen, varm led bör undersökas.', 'A swollen, hot joint should be examined.', { profession: 'doctor', rationale: 'Hot swollen joint without fever: gout/inflammatory arthritis; septic arthritis to exclude.' }),
    rule(oneOf(COMMON.since, 'weeks-1-4', 'months'), 'routine', 'Smärta som varat mer än en vecka kan behöva bedömas av en fysioterapeut.', 'Pain lasting more than a week may need to be assessed by a physiotherapist.', { rationale: 'Persisting musculoskeletal pain: physiotherapy assessment.' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Nya ryggbesvär och ledvärk utan varningstecken blir oftast bättre av rörelse.', 'New back and joint pain without warning signs usually gets better with movement.'),
  selfCare: [
    { text: text('Fortsätt röra på dig så gott det går; sängvila gör det ofta sämre.', 'Keep moving as best you can; bed rest often makes it worse.'), unless: any(yes('injury'), yes('stiff-neck'), yes('hot-swollen-joint')) },
    text('Värme och receptfria smärtstillande läkemedel kan lindra.', 'Heat and over-the-counter pain relief can help.'),
  ],
  safetyNet: text('Sök vård direkt på akutmottagning om du får domningar i underlivet eller inte kan kissa, och ring 112 om du får feber och blir stel i nacken. Kontakta vården om smärtan inte blir bättre på en vecka.', 'Go to the emergency department at once if you get numbness in the groin or cannot pee, and call 112 if you get a fever and a stiff neck. Contact care if the pain is not better in a week.'),
  channels: [{ action: 'chat' }, { action: 'book', visitType: 'physical' }, { action: 'book', visitType: 'video' }],
};

/** Headache and head injuries. */
export const headache: ReasonFamily = {
  id: 'headache',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.rettsHeadache, SRC.cksHeadache, SRC.cksHeadInjury],
  questions: [
    yesNo('thunderclap', 'Kom huvudvärken plötsligt, som ett slag, och är den den värsta du haft?', 'Did the headache come suddenly, like a blow, and is it the worst you have had?', { required: true }),
    ...stiffNeckFever.questions,
    ...strokeSigns.questions,
    ...newConfusion.questions,
    yesNo('head-injury', 'Har du slagit i huvudet och sedan kräkts, blivit förvirrad eller svimmat?', 'Did you hit your head and then vomit, get confused or faint?'),
    yesNo('vision-speech', 'Har du fått synstörningar, domningar eller svårt att prata?', 'Have you got vision problems, numbness or trouble speaking?'),
    yesNo('pregnant', 'Är du gravid?', 'Are you pregnant?', { child: text('Kan barnet vara gravid?', 'Could the child be pregnant?') }),
    yesNo('hit-head-anticoagulant', 'Har du slagit i huvudet och tar du blodförtunnande läkemedel (till exempel Waran, Eliquis eller Xarelto)?', 'Did you hit your head, and do you take blood thinners (for example warfarin, apixaban or rivaroxaban)?', { child: text('Har barnet slagit i huvudet och tar barnet blodförtunnande läkemedel eller har en blödningssjukdom?', 'Did the child hit its head, and does it take blood thinners or have a bleeding disorder?') }),
  ],
  rules: [
    rule(yes('thunderclap'), 'emergency', 'En plötslig, mycket svår huvudvärk kan vara en blödning i hjärnan.', 'A sudden, very severe headache can be a bleed in the brain.', { redFlag: 'thunderclap-headache', rationale: 'Thunderclap headache: subarachnoid haemorrhage until excluded.' }),
    ...stiffNeckFever.rules,
    ...strokeSigns.rules,
    ...newConfusion.rules,
    rule(yes('hit-head-anticoagulant'), 'emergency-department', 'Slag mot huvudet när du tar blodförtunnande läkemedel kan ge en blödning i hjärnan som behöver undersökas med datortomografi.', 'A blow to the head when you take blood thinners can cause a bleed in the brain that needs a CT scan.', { profession: 'doctor', redFlag: 'head-injury-anticoagulant', rationale: 'Head injury on anticoagulants: CT within 8 h (NICE head injury).', sources: [SRC.headInjury1177, SRC.cksHeadInjury] }),
    rule(yes('head-injury'), 'emergency', 'Kräkning, förvirring eller svimning efter slag mot huvudet kan vara en hjärnskada.', 'Vomiting, confusion or fainting after a blow to the head can be a brain injury.', { redFlag: 'severe-injury', rationale: 'Head injury with vomiting, confusion or LOC: CT head per NICE head-injury criteria.' }),
    rule(all(yes('pregnant'), yes('vision-speech')), 'emergency-department', 'Huvudvärk med synstörningar under graviditeten kan vara havandeskapsförgiftning och behöver undersökas direkt.', 'A headache with vision problems in pregnancy can be pre-eclampsia and needs to be examined at once.', { profession: 'doctor', redFlag: 'pregnancy-warning', rationale: 'Headache + visual disturbance in pregnancy: pre-eclampsia until BP/urine checked.', sources: [SRC.preeclampsia1177, SRC.cksPreeclampsia] }),
    rule(yes('pregnant'), 'urgent', 'Huvudvärk under graviditeten bör bedömas i dag med blodtryck och urinprov.', 'A headache in pregnancy should be assessed today with a blood pressure and urine test.', { profession: 'midwife', rationale: 'New headache in pregnancy: same-day BP and proteinuria (pre-eclampsia screen).', sources: [SRC.preeclampsia1177] }),
    rule(yes('vision-speech'), 'urgent', 'Huvudvärk med syn-, känsel- eller talstörning behöver bedömas i dag. Ring 112 om det kom plötsligt.', 'A headache with vision, feeling or speech problems needs to be assessed today. Call 112 if it came on suddenly.', { profession: 'doctor', rationale: 'Headache with transient visual/sensory symptoms: migraine aura vs TIA; sudden deficits are caught by stroke-signs.' }),
    rule(oneOf(COMMON.since, 'weeks-1-4', 'months'), 'routine', 'Återkommande huvudvärk bör utredas.', 'Recurring headaches should be investigated.', { profession: 'doctor', rationale: 'Recurring headache: planned diagnosis (migraine, medication overuse).' }),
  ],
  baseline: 'self-care',
  baselineWhy: text('Huvudvärk utan varningstecken går oftast över med vila och receptfria läkemedel.', 'A headache without warning signs usually clears with rest and over-the-counter medicine.'),
  selfCare: [
    text('Vila i ett mörkt, tyst rum och drick vatten.', 'Rest in a dark, quiet room and drink water.'),
    text('Receptfria smärtstillande läkemedel hjälper, men inte mer än 10 dagar i månaden.', 'Over-the-counter pain relief helps, but not on more than 10 days a month.'),
  ],
  safetyNet: text('Ring 112 vid plötslig svår huvudvärk, nackstelhet med feber, eller förlamning och talsvårigheter.', 'Call 112 for a sudden severe headache, a stiff neck with fever, or weakness and speech problems.'),
};

/** Palpitations, blood pressure, dizziness, swollen legs, fainting. */
export const heart: ReasonFamily = {
  id: 'heart',
  category: 'medical',
  profession: 'nurse',
  sources: [SRC.chest1177, SRC.rettsChest, SRC.cksPalpitations, SRC.cksSyncope, SRC.cksDvt],
  questions: [
    yesNo('chest-pain', 'Har du ont eller tryck i bröstet?', 'Do you have pain or pressure in your chest?', { required: true }),
    yesNo('fainted', 'Har du svimmat?', 'Have you fainted?'),
    yesNo('one-leg-swollen', 'Är ett ben svullet, ömt och varmt?', 'Is one leg swollen, tender and warm?'),
    yesNo('racing-now', 'Slår hjärtat snabbt eller oregelbundet just nu?', 'Is your heart racing or irregular right now?'),
    yesNo('breathless-rest', 'Är du andfådd i vila?', 'Are you short of breath at rest?', { child: text('Är barnet andfått i vila?', 'Is the child short of breath at rest?') }),
    ...strokeSigns.questions,
    ...gutBleeding.questions,
    yesNo('sudden-unsteady', 'Kom yrseln plötsligt, och har du svårt att gå eller stå, ser du dubbelt eller har du svårt att svälja?', 'Did the dizziness come suddenly, and do you find it hard to walk or stand, see double or find it hard to swallow?', { child: text('Kom yrseln plötsligt, och har barnet svårt att gå eller stå, ser dubbelt eller har svårt att svälja?', 'Did the dizziness come suddenly, and does the child find it hard to walk or stand, see double or find it hard to swallow?') }),
  ],
  rules: [
    ...chestPainNow.rules,
    ...strokeSigns.rules,
    ...gutBleeding.rules,
    rule(yes('sudden-unsteady'), 'emergency-department', 'Plötslig yrsel med svårt att gå, dubbelseende eller svårt att svälja kan vara en stroke i lillhjärnan eller hjärnstammen.', 'Sudden dizziness with trouble walking, double vision or trouble swallowing can be a stroke in the cerebellum or brainstem.', { profession: 'doctor', redFlag: 'posterior-stroke', rationale: 'Acute vertigo with ataxia, diplopia or dysphagia: posterior circulation stroke (HINTS), FAST-negative.', sources: [SRC.stroke1177, SRC.rettsStroke, SRC.cksStroke] }),
    rule(yes('breathless-rest'), 'emergency', 'Andfåddhet i vila kan vara en blodpropp i lungan eller hjärtsvikt.', 'Breathlessness at rest can be a clot in the lung or heart failure.', { redFlag: 'breathing', rationale: 'Dyspnoea at rest: PE, acute heart failure, arrhythmia (RETTS red/orange).', sources: [SRC.rettsBreathing] }),
    rule(all(yes('fainted'), yes('racing-now')), 'emergency-department', 'Svimning med snabb eller oregelbunden puls behöver undersökas direkt.', 'Fainting with a fast or irregular pulse needs to be examined at once.', { profession: 'doctor', redFlag: 'syncope-arrhythmia', rationale: 'Syncope with palpitations: arrhythmic syncope, ECG monitoring.' }),
    rule(any(yes('fainted'), yes('one-leg-swollen')), 'urgent', 'Svimning eller ett svullet, ömt ben (möjlig blodpropp) behöver bedömas i dag.', 'Fainting, or one swollen tender leg (a possible blood clot), needs to be assessed today.', { profession: 'doctor', rationale: 'Syncope or unilateral leg swelling: arrhythmic syncope or DVT, same-day assessment.' }),
    rule(yes('racing-now'), 'urgent', 'Snabb eller oregelbunden puls just nu behöver kontrolleras i dag.', 'A fast or irregular pulse right now needs to be checked today.', { profession: 'doctor', rationale: 'Palpitations now: ECG during symptoms (AF, SVT).' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Blodtryck, hjärtklappning och yrsel utan varningstecken kan utredas i lugn takt.', 'Blood pressure, palpitations and dizziness without warning signs can be looked into at a calm pace.'),
  selfCare: [
    text('Mät gärna blodtrycket några dagar i rad och skriv upp värdena.', 'Measure your blood pressure a few days in a row and write the values down.'),
    text('Res dig långsamt om du blir yr.', 'Get up slowly if you feel dizzy.'),
  ],
  safetyNet: text('Ring 112 om du får ont i bröstet, svimmar eller får svårt att andas.', 'Call 112 if you get chest pain, faint or find it hard to breathe.'),
};
