import { all, any, atLeast, ageUnder, choice, is, no, oneOf, rule, yes, yesNo } from './conditions.js';
import { COMMON } from './common-items.js';
import type { QuestionDef, Rule } from './model.js';
import { SRC } from './sources.js';
import { text } from './text.js';

/**
 * The second line behind the emergency screen: warning signs asked as questions in the families they
 * belong to, so that the questionnaire alone reaches `emergency-department` or `emergency` when the
 * screen was answered "no" (a TIA that has passed, "weakness" rather than "paralysis"). Each bundle is
 * questions plus the rules that read them; families spread the bundles they need.
 */
export interface WarningSigns {
  questions: QuestionDef[];
  rules: Rule[];
}

const T = COMMON.temperature;
const feverish = any(atLeast(T, 38), yes('feverish'));

/** "Do you have a fever or feel feverish?" — for patients who have not measured. */
export const feverishQuestion = yesNo('feverish', 'Har du feber eller känner du dig febrig, med frossa?', 'Do you have a fever or feel feverish, with chills?', {
  child: text('Har barnet feber eller känns barnet febrigt?', 'Does the child have a fever or feel feverish?'),
});

/** Stroke or TIA signs now or in the last days: now is 112, passed is the emergency department. */
export const strokeSigns: WarningSigns = {
  questions: [
    choice('stroke-signs', 'Har du fått plötslig svaghet, domning, sned mun eller sluddrigt tal?', 'Have you had sudden weakness, numbness, a drooping mouth or slurred speech?', [
      ['no', 'Nej', 'No'],
      ['now', 'Ja, jag har det nu', 'Yes, I have it now'],
      ['passed-24h', 'Ja, men det har gått över (senaste dygnet)', 'Yes, but it has passed (in the last 24 hours)'],
      ['passed-week', 'Ja, för 1–7 dagar sedan, det har gått över', 'Yes, 1–7 days ago, it has passed'],
    ], {
      required: true,
      help: text('Till exempel i ena armen, benet eller ansiktshalvan, eller svårt att hitta ord.', 'For example in one arm, leg or side of the face, or trouble finding words.'),
      child: text('Har barnet fått plötslig svaghet, domning, sned mun eller sluddrigt tal?', 'Has the child had sudden weakness, numbness, a drooping mouth or slurred speech?'),
    }),
  ],
  rules: [
    rule(is('stroke-signs', 'now'), 'emergency', 'Plötslig svaghet, domning, sned mun eller sluddrigt tal kan vara en stroke. Varje minut räknas.', 'Sudden weakness, numbness, a drooping mouth or slurred speech can be a stroke. Every minute counts.', {
      redFlag: 'stroke', rationale: 'Ongoing focal neurological deficit = stroke until proven otherwise; thrombolysis window.', sources: [SRC.stroke1177, SRC.rettsStroke, SRC.cksStroke],
    }),
    rule(oneOf('stroke-signs', 'passed-24h', 'passed-week'), 'emergency-department', 'Stroketecken som har gått över (TIA) ska undersökas direkt: risken för en ny stroke är störst de första dagarna.', 'Stroke signs that have passed (TIA) must be examined at once: the risk of a new stroke is highest in the first days.', {
      redFlag: 'tia', rationale: 'Resolved deficit within 7 days = suspected TIA; high early stroke risk, same-day specialist work-up.', sources: [SRC.tia1177, SRC.rettsStroke, SRC.cksStroke],
    }),
  ],
};

/** Fever with a stiff neck: meningitis, wherever neck or head pain can be reached. */
export const stiffNeckFever: WarningSigns = {
  questions: [
    yesNo('stiff-neck', 'Är du så stel i nacken att du inte kan böja hakan mot bröstet?', 'Is your neck so stiff you cannot bend your chin to your chest?', {
      child: text('Är barnet så stelt i nacken att det inte kan böja hakan mot bröstet?', 'Is the child so stiff in the neck that it cannot bend its chin to its chest?'),
    }),
    feverishQuestion,
  ],
  rules: [
    rule(all(yes('stiff-neck'), feverish), 'emergency', 'Feber och nackstelhet kan vara hjärnhinneinflammation.', 'Fever with a stiff neck can be meningitis.', {
      redFlag: 'meningitis', rationale: 'Fever + meningism: bacterial meningitis until excluded; pre-hospital antibiotics, ambulance.', sources: [SRC.meningitis1177, SRC.rettsFever, SRC.cksMeningitis],
    }),
  ],
};

/** New confusion (delirium), above all in an older person; with fever, sepsis. */
export const newConfusion: WarningSigns = {
  questions: [
    yesNo('new-confusion', 'Har du, eller någon närstående, märkt att du plötsligt blivit förvirrad eller inte är som vanligt?', 'Have you, or someone close to you, noticed that you have suddenly become confused or are not your usual self?', {
      child: text('Har barnet plötsligt blivit förvirrat eller inte sig likt?', 'Has the child suddenly become confused or not its usual self?'),
    }),
  ],
  rules: [
    rule(all(yes('new-confusion'), feverish), 'emergency', 'Förvirring tillsammans med feber kan vara sepsis (blodförgiftning).', 'Confusion together with fever can be sepsis.', {
      redFlag: 'sepsis', rationale: 'New confusion with infection = qSOFA criterion; suspected sepsis.', sources: [SRC.sepsis1177, SRC.rettsFever, SRC.cksSepsis],
    }),
    rule(yes('new-confusion'), 'emergency-department', 'Plötslig förvirring behöver undersökas direkt; orsaken kan vara infektion, blodsocker, läkemedel eller en stroke.', 'Sudden confusion needs to be examined at once; the cause can be an infection, blood sugar, medicines or a stroke.', {
      redFlag: 'acute-confusion', rationale: 'Acute confusion = delirium until proven otherwise; needs same-hour assessment of cause.', sources: [SRC.confusion1177, SRC.rettsConfusion, SRC.cksDelirium],
    }),
  ],
};

/** Dizziness or fainting: with bleeding or abdominal pain, a sign of blood loss. */
export const dizzyFaint = yesNo('dizzy-faint', 'Känner du dig yr eller svimfärdig när du reser dig, eller har du svimmat?', 'Do you feel dizzy or faint when you stand up, or have you fainted?', {
  child: text('Är barnet yrt eller svimfärdigt, eller har barnet svimmat?', 'Is the child dizzy or faint, or has it fainted?'),
});

/** Blood from the gut: vomiting blood, black or bloody stools, with dizziness. */
export const gutBleeding: WarningSigns = {
  questions: [
    yesNo('vomit-blood', 'Har du kräkts blod eller något som liknar kaffesump?', 'Have you vomited blood or something that looks like coffee grounds?', {
      child: text('Har barnet kräkts blod eller något som liknar kaffesump?', 'Has the child vomited blood or something that looks like coffee grounds?'),
    }),
    yesNo('black-stool', 'Har du haft svart, tjärliknande avföring, eller mycket blod i avföringen?', 'Have you had black, tar-like stools, or a lot of blood in your stools?', {
      child: text('Har barnet haft svart, tjärliknande avföring, eller mycket blod i avföringen?', 'Has the child had black, tar-like stools, or a lot of blood in its stools?'),
    }),
    dizzyFaint,
  ],
  rules: [
    rule(all(any(yes('vomit-blood'), yes('black-stool')), yes('dizzy-faint')), 'emergency', 'Blödning från magen eller tarmen med yrsel eller svimning kan betyda att du har förlorat mycket blod.', 'Bleeding from the stomach or gut with dizziness or fainting can mean you have lost a lot of blood.', {
      redFlag: 'gi-bleeding', rationale: 'GI bleed with postural symptoms/syncope = haemodynamic compromise (RETTS red).', sources: [SRC.giBleed1177, SRC.rettsGiBleed, SRC.cksUpperGi],
    }),
    rule(any(yes('vomit-blood'), yes('black-stool')), 'emergency-department', 'Blod i kräkningen eller svart, tjärliknande avföring kan vara en blödning i magen eller tarmen som behöver undersökas direkt.', 'Blood in vomit or black, tar-like stools can be a bleed in the stomach or gut that needs to be examined at once.', {
      redFlag: 'gi-bleeding', rationale: 'Haematemesis or melaena: upper GI bleed, needs Hb and risk score (Glasgow-Blatchford) the same hours.', sources: [SRC.vomitBlood1177, SRC.rettsGiBleed, SRC.cksUpperGi],
    }),
  ],
};

/** Could be pregnant: abdominal pain or bleeding with a late period can be an ectopic pregnancy. */
export const mightBePregnant: WarningSigns = {
  questions: [
    yesNo('could-be-pregnant', 'Kan du vara gravid, eller är mensen sen?', 'Could you be pregnant, or is your period late?', {
      child: text('Kan barnet vara gravid, eller är mensen sen?', 'Could the child be pregnant, or is her period late?'),
    }),
    yesNo('one-sided-pain', 'Har du ont mest på ena sidan nedtill i magen?', 'Is the pain mostly on one side low in the stomach?', {
      child: text('Har barnet ont mest på ena sidan nedtill i magen?', 'Is the child’s pain mostly on one side low in the stomach?'),
    }),
    dizzyFaint,
  ],
  rules: [
    rule(all(yes('could-be-pregnant'), any(yes('dizzy-faint'), yes('one-sided-pain'))), 'emergency-department', 'Ont i magen när du kan vara gravid, med ensidig smärta, yrsel eller svimning, kan vara ett utomkvedshavandeskap som behöver undersökas direkt.', 'Stomach pain when you could be pregnant, with one-sided pain, dizziness or fainting, can be an ectopic pregnancy that needs to be examined at once.', {
      redFlag: 'ectopic', rationale: 'Possible pregnancy + unilateral pain/syncope: ectopic until excluded (rupture risk).', sources: [SRC.ectopic1177, SRC.rettsPregnancy, SRC.cksEctopic],
      advice: text('Du kan ringa kvinnokliniken eller gynakuten på vägen och berätta att du kommer.', 'You can call the gynaecology emergency unit on the way and tell them you are coming.'),
    }),
    rule(yes('could-be-pregnant'), 'urgent', 'Ont i magen när du kan vara gravid behöver bedömas i dag; ett graviditetstest hjälper.', 'Stomach pain when you could be pregnant needs to be assessed today; a pregnancy test helps.', {
      profession: 'doctor', rationale: 'Possible early pregnancy with pain, no instability: same-day hCG and assessment.', sources: [SRC.ectopic1177, SRC.cksEctopic],
    }),
  ],
};

/** Sudden pain in a testicle: torsion must be operated on within hours. */
export const testicleSudden: WarningSigns = {
  questions: [
    yesNo('testicle-sudden', 'Har du plötsligt fått ont i en testikel eller i pungen?', 'Have you suddenly got pain in a testicle or the scrotum?', {
      child: text('Har barnet plötsligt fått ont i en testikel eller i pungen?', 'Has the child suddenly got pain in a testicle or the scrotum?'),
      help: text('Smärtan kan också kännas nedtill i magen eller i ljumsken.', 'The pain may also be felt low in the stomach or in the groin.'),
    }),
  ],
  rules: [
    rule(yes('testicle-sudden'), 'emergency-department', 'Plötslig smärta i en testikel kan vara en vridning (testikeltorsion) som måste opereras inom några timmar.', 'Sudden pain in a testicle can be a twist (torsion) that must be operated on within hours.', {
      redFlag: 'testicular-torsion', rationale: 'Acute scrotal pain = torsion until excluded; salvage falls after 6 h. Boys often report lower abdominal pain.', sources: [SRC.torsion1177, SRC.rettsScrotum, SRC.cksScrotal],
    }),
  ],
};

/** Cannot pass urine at all: acute retention. */
export const cannotPee: WarningSigns = {
  questions: [
    yesNo('cannot-pee', 'Kan du inte kissa alls, fast du är kissnödig?', 'Are you unable to pee at all, even though you need to?', {
      child: text('Kan barnet inte kissa alls, fast det är kissnödigt?', 'Is the child unable to pee at all, even though it needs to?'),
    }),
  ],
  rules: [
    rule(yes('cannot-pee'), 'emergency-department', 'Att inte kunna kissa alls (urinstämma) behöver tas om hand direkt; blåsan kan behöva tömmas med kateter.', 'Being unable to pee at all (urinary retention) needs care at once; the bladder may need emptying with a catheter.', {
      redFlag: 'urinary-retention', rationale: 'Acute urinary retention: painful, risk of renal damage; catheterisation within hours.', sources: [SRC.retention1177, SRC.rettsUrinary, SRC.cksRetention],
    }),
  ],
};

/** Severe pain in one side of the back or belly, in waves: kidney stone; with fever an infected, blocked kidney. */
export const renalColic: WarningSigns = {
  questions: [
    yesNo('flank-severe', 'Har du mycket svår smärta i ena sidan av ryggen eller magen, som kommer i vågor?', 'Do you have very severe pain in one side of the back or belly that comes in waves?'),
  ],
  rules: [
    rule(all(yes('flank-severe'), feverish), 'emergency-department', 'Svår smärta i sidan med feber kan vara en njursten som blockerar en infekterad njure.', 'Severe pain in the side with fever can be a kidney stone blocking an infected kidney.', {
      redFlag: 'obstructed-kidney', rationale: 'Renal colic + fever = obstructed infected kidney, urological emergency.', sources: [SRC.kidneyStone1177, SRC.rettsUrinary, SRC.cksRenalColic],
    }),
    rule(yes('flank-severe'), 'emergency-department', 'Mycket svår smärta i ena sidan som kommer i vågor kan vara en njursten som behöver smärtlindring och undersökning direkt.', 'Very severe pain in one side coming in waves can be a kidney stone that needs pain relief and an examination at once.', {
      redFlag: 'renal-colic', rationale: 'Severe colicky flank pain: renal colic needing analgesia/imaging; consider AAA over 60.', sources: [SRC.kidneyStone1177, SRC.rettsUrinary, SRC.cksRenalColic],
    }),
  ],
};

/** Chest pain asked outside the screen (e.g. in heart, breathing and general reasons). */
export const chestPainNow: WarningSigns = {
  questions: [
    yesNo('chest-pain', 'Har du ont eller tryck i bröstet?', 'Do you have pain or pressure in your chest?', {
      required: true,
      child: text('Har barnet ont eller tryck i bröstet?', 'Does the child have pain or pressure in the chest?'),
    }),
  ],
  rules: [
    rule(yes('chest-pain'), 'emergency', 'Smärta eller tryck i bröstet kan vara en hjärtinfarkt.', 'Pain or pressure in the chest can be a heart attack.', {
      redFlag: 'chest-pain', rationale: 'Chest pain/pressure now: ACS until excluded; ECG within 10 min (RETTS).', sources: [SRC.chest1177, SRC.rettsChest, SRC.cksChest],
    }),
  ],
};

/** Fewer wet nappies in an infant: dehydration comes fast under one year. */
export const infantNappies: Rule = rule(all(no('wet-nappies'), ageUnder(12)), 'emergency-department', 'Ett spädbarn utan blöta blöjor på 8 timmar kan vara uttorkat och behöver undersökas direkt.', 'An infant without wet nappies for 8 hours can be dehydrated and needs to be examined at once.', {
  redFlag: 'infant-dehydration', rationale: 'Infants dehydrate fast; reduced urine output = NICE amber→red, needs same-hour assessment.', sources: [SRC.dehydration1177, SRC.rettsChild, SRC.cksGastroChild],
});

/** Signs of sepsis besides confusion: fast breathing, mottled or cold skin, no urine all day. */
export const sepsisSigns: WarningSigns = {
  questions: [
    yesNo('sepsis-signs', 'Andas du mycket snabbt, har du fläckig, blek eller kall hud, eller har du knappt kissat på hela dagen?', 'Are you breathing very fast, is your skin mottled, pale or cold, or have you hardly peed all day?', {
      child: text('Andas barnet mycket snabbt, har barnet fläckig, blek eller kall hud, eller har det knappt kissat på hela dagen?', 'Is the child breathing very fast, is its skin mottled, pale or cold, or has it hardly peed all day?'),
    }),
    feverishQuestion,
  ],
  rules: [
    rule(all(yes('sepsis-signs'), feverish), 'emergency', 'Feber med snabb andning, fläckig eller kall hud eller lite urin kan vara sepsis (blodförgiftning).', 'Fever with fast breathing, mottled or cold skin or little urine can be sepsis.', {
      redFlag: 'sepsis', rationale: 'Infection + tachypnoea, mottling or oliguria: sepsis red flags (NICE high risk).', sources: [SRC.sepsis1177, SRC.rettsFever, SRC.cksSepsis],
    }),
  ],
};

/** A baby under 3 months who feels feverish, even when no one has measured: NICE red. */
export const infantFeverish: Rule = rule(all(ageUnder(3), yes('feverish')), 'emergency', 'Ett barn under 3 månader som har feber ska undersökas direkt.', 'A child under 3 months with a fever must be examined at once.', {
  redFlag: 'infant-fever', rationale: 'Fever (reported or measured) under 3 months = NICE red: serious bacterial infection risk.', sources: [SRC.childFever1177, SRC.rettsChild, SRC.cksFeverChild],
});
