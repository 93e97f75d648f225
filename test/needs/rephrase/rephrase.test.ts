import { describe, expect, it } from 'vitest';
import { isHelpQuestion, LEARNING_QUESTION_MAX, suggestLearningQuestion } from '../../../src/core/features/needs/rephrase/index.js';

const NL_END = ', zodat ik zulke situaties voortaan zelf aanpak?';
const EN_END = ', so that I can handle such situations myself?';
const FR_END = ', afin de pouvoir faire face moi-même à ce genre de situations ?';

const nl: Array<[string, string]> = [
  ['help me met een leerling die altijd stoort in de klas', 'Hoe kan ik omgaan met een leerling die altijd stoort in de klas'],
  ['ik weet niet hoe ik moet differentiëren in een drukke klas', 'Hoe kan ik leren differentiëren in een drukke klas'],
  ['Eigenlijk weet ik niet hoe ik met ouders moet praten over slechte resultaten.', 'Hoe kan ik met ouders leren praten over slechte resultaten'],
  ['Kan iemand mij helpen met het plannen van co-teaching?', 'Hoe kan ik omgaan met het plannen van co-teaching'],
  ['Kan iemand mij uitleggen hoe ik een klasgesprek leid?', 'Hoe kan ik leren hoe ik een klasgesprek leid'],
  ['Ik zoek hulp bij het opstellen van een rubric voor groepswerk', 'Hoe kan ik omgaan met het opstellen van een rubric voor groepswerk'],
  ['Wie kan mij tips geven over anderstalige nieuwkomers in mijn klas?', 'Hoe kan ik omgaan met anderstalige nieuwkomers in mijn klas'],
  ['Ik heb hulp nodig om mijn leerlingen beter te motiveren', 'Hoe kan ik mijn leerlingen beter motiveren'],
  ['Ik kom er niet uit met de planning van mijn lessen', 'Hoe kan ik omgaan met de planning van mijn lessen'],
  ['Ik loop vast bij het evalueren van groepswerk, alvast bedankt!', 'Hoe kan ik omgaan met het evalueren van groepswerk'],
  ['Iemand tips voor een eerste oudercontact?', 'Hoe kan ik omgaan met een eerste oudercontact'],
  ['Wie kan mij helpen met klasmanagement in het eerste leerjaar?', 'Hoe kan ik omgaan met klasmanagement in het eerste leerjaar'],
  ['Zou iemand me kunnen helpen bij de zorg voor kinderen met een rugzak?', 'Hoe kan ik omgaan met de zorg voor kinderen met een rugzak'],
  ['Hallo allemaal, ik weet echt niet goed hoe ik het best kan reageren op pesten.', 'Hoe kan ik het best leren reageren op pesten'],
];

const en: Array<[string, string]> = [
  ['Help me with a pupil who keeps disrupting the class', 'How can I deal with a pupil who keeps disrupting the class'],
  ["I don't know how to differentiate in a busy classroom.", 'How can I learn to differentiate in a busy classroom'],
  ['I don’t know how I should talk to parents about bad results', 'How can I learn to talk to parents about bad results'],
  ['Can someone help me with co-teaching in maths?', 'How can I deal with co-teaching in maths'],
  ['Any tips for managing a noisy class?', 'How can I get better at managing a noisy class'],
  ["I'm stuck with my planning for the new term", 'How can I deal with my planning for the new term'],
  ['I need help with assessing group work, thanks!', 'How can I get better at assessing group work'],
  ['Can someone explain how I can run a good class discussion?', 'How can I learn to run a good class discussion'],
  ['Help me to motivate my pupils in the last period', 'How can I motivate my pupils in the last period'],
  ['Honestly, I have no idea how pupils with dyslexia experience my tests', 'How can I learn how pupils with dyslexia experience my tests'],
  ['Does anyone have any tips on newcomers who do not speak Dutch yet?', 'How can I deal with newcomers who do not speak Dutch yet'],
  ['I am stuck on giving feedback to student teachers', 'How can I get better at giving feedback to student teachers'],
  ['Could anyone give me some advice about parent conversations please', 'How can I deal with parent conversations'],
];

const fr: Array<[string, string]> = [
  ['Aidez-moi avec un élève qui perturbe toujours la classe', 'Comment puis-je aborder un élève qui perturbe toujours la classe'],
  ['Je ne sais pas comment gérer un élève qui perturbe toujours la classe.', 'Comment puis-je apprendre à gérer un élève qui perturbe toujours la classe'],
  ["J'ai besoin d'aide pour motiver mes élèves", 'Comment puis-je motiver mes élèves'],
  ['Je bloque sur la préparation de mes cours', 'Comment puis-je aborder la préparation de mes cours'],
  ['Des conseils pour la gestion de classe ?', 'Comment puis-je aborder la gestion de classe'],
  ['Je ne sais pas comment je dois parler aux parents', 'Comment puis-je apprendre à parler aux parents'],
  ['Aidez-moi à différencier dans une classe nombreuse', 'Comment puis-je différencier dans une classe nombreuse'],
  ["Quelqu'un peut m'aider à organiser le co-enseignement ?", 'Comment puis-je organiser le co-enseignement'],
  ["Est-ce que quelqu'un peut m'expliquer comment on peut évaluer le travail de groupe ?", 'Comment puis-je apprendre à évaluer le travail de groupe'],
  ['J’ai besoin d’aide avec les élèves primo-arrivants', 'Comment puis-je aborder les élèves primo-arrivants'],
  ['Bonjour à tous, des conseils pour les motiver en fin de journée ?', 'Comment puis-je les motiver en fin de journée'],
  ['En fait, je ne sais pas comment les élèves vivent mes évaluations', 'Comment puis-je apprendre comment les élèves vivent mes évaluations'],
  ['Je suis bloquée avec la planification de mes leçons, merci d’avance', 'Comment puis-je aborder la planification de mes leçons'],
];

const notHelp: Record<'nl' | 'en' | 'fr', string[]> = {
  nl: [
    'Ik wil mijn leerlingen helpen met plannen.',
    'Wij werken dit jaar rond differentiatie.',
    'Ik wil leren hoe ik beter kan differentiëren.',
    'Kan iemand de sleutel van lokaal 12 meebrengen?',
    'Ik weet niet hoe laat de vergadering begint.',
    'Hoe kan ik omgaan met drukke klassen?',
    'De leerlingen lopen vast bij breuken.',
    'Help je mee met de sportdag?',
    'Ik weet hoe ik moet differentiëren.',
  ],
  en: [
    'I want to help my pupils with reading.',
    'How can I differentiate in a busy class?',
    'I know how to run a class discussion.',
    'Can someone open room 12 tomorrow?',
    'We are working on co-teaching this year.',
    'My pupils are stuck on fractions.',
    "I don't know how many pupils are coming.",
    'They help me with marking every week.',
  ],
  fr: [
    'Je veux aider mes élèves avec la lecture.',
    'Comment puis-je mieux différencier ?',
    'Je sais comment gérer une classe difficile.',
    "Quelqu'un peut fermer la salle 12 ?",
    'Nous travaillons sur le co-enseignement cette année.',
    'Mes élèves bloquent sur les fractions.',
    'Je donne des conseils pour la lecture aux parents.',
  ],
};

describe('help question → learning question', () => {
  for (const [language, cases, end] of [
    ['nl', nl, NL_END],
    ['en', en, EN_END],
    ['fr', fr, FR_END],
  ] as const) {
    describe(language, () => {
      it.each(cases)('%s', (text, start) => {
        expect(isHelpQuestion(text, language)).toBe(true);
        expect(suggestLearningQuestion(text, language)).toBe(`${start}${end}`);
      });
      it.each(notHelp[language])('not a help question: %s', (text) => {
        expect(isHelpQuestion(text, language)).toBe(false);
        expect(suggestLearningQuestion(text, language)).toBeUndefined();
      });
    });
  }
});

describe('edge cases', () => {
  it('empty and blank text', () => {
    for (const language of ['nl', 'en', 'fr'] as const) {
      expect(isHelpQuestion('', language)).toBe(false);
      expect(suggestLearningQuestion('', language)).toBeUndefined();
      expect(suggestLearningQuestion('   \n ', language)).toBeUndefined();
    }
  });

  it('only the help phrase is a help question without a suggestion', () => {
    expect(isHelpQuestion('Kan iemand mij helpen?', 'nl')).toBe(true);
    expect(suggestLearningQuestion('Kan iemand mij helpen?', 'nl')).toBeUndefined();
    expect(isHelpQuestion('Ik heb hulp nodig!', 'nl')).toBe(true);
    expect(suggestLearningQuestion('Help me met...', 'nl')).toBeUndefined();
    expect(isHelpQuestion('I need help', 'en')).toBe(true);
    expect(suggestLearningQuestion('I need help.', 'en')).toBeUndefined();
    expect(isHelpQuestion('Aidez-moi !', 'fr')).toBe(true);
    expect(suggestLearningQuestion('Aidez-moi !', 'fr')).toBeUndefined();
  });

  it('a topic under 8 characters gives no suggestion', () => {
    expect(suggestLearningQuestion('help me met de klas', 'nl')).toBeUndefined();
    expect(suggestLearningQuestion('help me met de klasraad', 'nl')).toBe(`Hoe kan ik omgaan met de klasraad${NL_END}`);
  });

  it('text over 2000 characters gives no suggestion', () => {
    const long = `help me met ${'een leerling die stoort '.repeat(90)}`;
    expect(long.length).toBeGreaterThan(2000);
    expect(suggestLearningQuestion(long, 'nl')).toBeUndefined();
  });

  it('a long topic is shortened with an ellipsis to stay under 300 characters', () => {
    const text = `Ik loop vast bij ${'het opvolgen van leerlingen die vaak afwezig zijn en '.repeat(6)}de communicatie daarover`;
    const out = suggestLearningQuestion(text, 'nl') ?? '';
    expect(out.length).toBeLessThan(LEARNING_QUESTION_MAX);
    expect(out.startsWith('Hoe kan ik omgaan met het opvolgen van leerlingen die vaak afwezig zijn')).toBe(true);
    expect(out.endsWith(`…${NL_END}`)).toBe(true);
    expect(out).not.toMatch(/ …/);
    const en = suggestLearningQuestion(`I need help with ${'pupils who are often absent and '.repeat(10)}their parents`, 'en') ?? '';
    expect(en.length).toBeLessThan(LEARNING_QUESTION_MAX);
    expect(en.endsWith(`…${EN_END}`)).toBe(true);
  });

  it('mixed case, extra spaces and missing accents', () => {
    expect(suggestLearningQuestion('HELP ME   MET   een leerling  die stoort', 'nl')).toBe(`Hoe kan ik omgaan met een leerling die stoort${NL_END}`);
    expect(suggestLearningQuestion('IK WEET NIET HOE ik moet differentieren in een drukke klas', 'nl')).toBe(`Hoe kan ik leren differentieren in een drukke klas${NL_END}`);
    expect(suggestLearningQuestion('  i   DON’T know how to plan co-teaching  ', 'en')).toBe(`How can I learn to plan co-teaching${EN_END}`);
    expect(suggestLearningQuestion("J'AI BESOIN D'AIDE POUR motiver mes élèves", 'fr')).toBe(`Comment puis-je motiver mes élèves${FR_END}`);
    expect(isHelpQuestion('aidez moi avec mes eleves svp', 'fr')).toBe(true);
    expect(suggestLearningQuestion('Je ne sais pas comment gerer les parents', 'fr')).toBe(`Comment puis-je apprendre à gerer les parents${FR_END}`);
  });

  it('lower-cases the first letter but keeps acronyms', () => {
    expect(suggestLearningQuestion('Help me met Evaluatie van stages', 'nl')).toBe(`Hoe kan ik omgaan met evaluatie van stages${NL_END}`);
    expect(suggestLearningQuestion('Help me met ICT in de kleuterklas', 'nl')).toBe(`Hoe kan ik omgaan met ICT in de kleuterklas${NL_END}`);
  });

  it('keeps only the help sentence and ignores abbreviations as sentence ends', () => {
    expect(suggestLearningQuestion('Ik loop vast bij het plannen van uitstappen, bv. naar het museum. Het is elk jaar hetzelfde.', 'nl')).toBe(
      `Hoe kan ik omgaan met het plannen van uitstappen, bv. naar het museum${NL_END}`,
    );
    expect(suggestLearningQuestion('Goedemorgen. Ik zoek hulp bij het opstellen van een handelingsplan!', 'nl')).toBe(`Hoe kan ik omgaan met het opstellen van een handelingsplan${NL_END}`);
  });

  it('never copies a pupil name after leerling / pupil / élève', () => {
    expect(suggestLearningQuestion('Help me met leerling Jonas die altijd stoort', 'nl')).toBe(`Hoe kan ik omgaan met een leerling die altijd stoort${NL_END}`);
    expect(suggestLearningQuestion('Help me met mijn leerling Jonas V. die altijd stoort', 'nl')).toBe(`Hoe kan ik omgaan met mijn leerling die altijd stoort${NL_END}`);
    expect(suggestLearningQuestion('Ik loop vast bij de leerlingen Jonas en Sara die niet samenwerken', 'nl')).toBe(`Hoe kan ik omgaan met de leerlingen die niet samenwerken${NL_END}`);
    expect(suggestLearningQuestion('Help me with pupil Tom, who never hands in homework', 'en')).toBe(`How can I deal with a pupil who never hands in homework${EN_END}`);
    expect(suggestLearningQuestion('I need help with my student (Emma) who is always late', 'en')).toBe(`How can I deal with my student who is always late${EN_END}`);
    expect(suggestLearningQuestion("Quelqu'un peut m'aider avec l'élève Lucas qui ne lit pas ?", 'fr')).toBe(`Comment puis-je aborder l'élève qui ne lit pas${FR_END}`);
    expect(suggestLearningQuestion('Aidez-moi avec élève Léa qui pleure souvent', 'fr')).toBe(`Comment puis-je aborder un élève qui pleure souvent${FR_END}`);
    for (const [text, language] of [
      ['Help me met leerling Jonas die altijd stoort', 'nl'],
      ['Help me with pupil Tom, who never hands in homework', 'en'],
      ["Quelqu'un peut m'aider avec l'élève Lucas qui ne lit pas ?", 'fr'],
    ] as const) {
      expect(suggestLearningQuestion(text, language)).not.toMatch(/Jonas|Tom|Lucas/);
    }
  });

  it('the language decides the rules', () => {
    expect(isHelpQuestion('help me met een leerling die stoort', 'fr')).toBe(false);
    expect(isHelpQuestion('Je ne sais pas comment gérer la classe', 'en')).toBe(false);
  });
});
