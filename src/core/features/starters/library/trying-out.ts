import type { LibraryStarter } from '../starter.js';

/**
 * Phase "trying-out": small experiments in class between two meetings, and checking in on them.
 * Written by the Leerkring team in Dutch (the reference), with English and French versions.
 */
export const TRYING_OUT_STARTERS: readonly LibraryStarter[] = [
  {
    id: 'tryout-check-in',
    phase: 'trying-out',
    audience: 'everyone',
    tags: ['uitproberen', 'leervraag'],
    title: {
      nl: 'Wat heb je uitgeprobeerd?',
      en: 'What did you try out?',
      fr: 'Qu’avez-vous essayé ?',
    },
    intro: {
      nl: 'Tussen twee bijeenkomsten gebeurt het echte werk in de klas. Vertel kort wat je probeerde en wat het opleverde.',
      en: 'Between two meetings the real work happens in class. Tell us briefly what you tried and what came of it.',
      fr: 'Entre deux rencontres, le vrai travail se fait en classe. Racontez brièvement ce que vous avez essayé et ce que cela a donné.',
    },
    questions: [
      {
        nl: 'Wat heb je sinds de vorige keer uitgeprobeerd?',
        en: 'What have you tried out since last time?',
        fr: 'Qu’avez-vous essayé depuis la dernière fois ?',
      },
      {
        nl: 'Wat merkte je bij je leerlingen? Beschrijf het zonder namen.',
        en: 'What did you notice in your pupils? Describe it without names.',
        fr: 'Qu’avez-vous remarqué chez vos élèves ? Décrivez-le sans noms.',
      },
      {
        nl: 'Wat liep anders dan je verwachtte?',
        en: 'What went differently from what you expected?',
        fr: 'Qu’est-ce qui s’est passé autrement que prévu ?',
      },
      {
        nl: 'Wat pas je aan voor de volgende keer?',
        en: 'What will you adjust for next time?',
        fr: 'Qu’allez-vous ajuster pour la prochaine fois ?',
      },
    ],
  },
  {
    id: 'small-next-step',
    phase: 'trying-out',
    audience: 'teachers',
    tags: ['uitproberen', 'leervraag'],
    title: {
      nl: 'Eén ding uitproberen deze week',
      en: 'Try one thing this week',
      fr: 'Essayer une seule chose cette semaine',
    },
    intro: {
      nl: 'Klein beginnen werkt. Kies één haalbare stap die past bij onze leervraag.',
      en: 'Starting small works. Choose one feasible step that fits our learning question.',
      fr: 'Commencer petit, ça marche. Choisissez un pas réaliste qui correspond à notre question d’apprentissage.',
    },
    questions: [
      {
        nl: 'Welk ene ding probeer je deze week uit in je klas?',
        en: 'Which one thing will you try out in your class this week?',
        fr: 'Quelle chose précise allez-vous essayer dans votre classe cette semaine ?',
      },
      {
        nl: 'Waaraan zal je merken dat het werkt?',
        en: 'How will you notice that it works?',
        fr: 'À quoi verrez-vous que cela fonctionne ?',
      },
      {
        nl: 'Wat of wie heb je nodig om het echt te doen?',
        en: 'What or whom do you need to actually do it?',
        fr: 'De quoi ou de qui avez-vous besoin pour le faire vraiment ?',
      },
    ],
  },
  {
    id: 'differentiation-tryout',
    phase: 'trying-out',
    audience: 'teachers',
    tags: ['differentiatie', 'uitproberen', 'gelijke-kansen'],
    title: {
      nl: 'Differentiëren in één les',
      en: 'Differentiating within one lesson',
      fr: 'Différencier au sein d’une leçon',
    },
    intro: {
      nl: 'Differentiëren hoeft niet groots te zijn. Kijk naar één les waarin je rekening hield met verschillen tussen leerlingen.',
      en: 'Differentiation doesn’t have to be big. Look at one lesson in which you took differences between pupils into account.',
      fr: 'Différencier n’a pas besoin d’être spectaculaire. Pensez à une leçon où vous avez tenu compte des différences entre élèves.',
    },
    questions: [
      {
        nl: 'Op welk moment in de les gaf je leerlingen een andere taak, meer tijd of extra steun?',
        en: 'At which point in the lesson did you give pupils a different task, more time or extra support?',
        fr: 'À quel moment de la leçon avez-vous donné aux élèves une autre tâche, plus de temps ou un soutien supplémentaire ?',
      },
      {
        nl: 'Hoe besliste je wie wat nodig had: op basis van een toets, een observatie, je gevoel?',
        en: 'How did you decide who needed what: based on a test, an observation, your instinct?',
        fr: 'Comment avez-vous décidé qui avait besoin de quoi : d’après un test, une observation, votre intuition ?',
      },
      {
        nl: 'Wat deden de leerlingen die al verder stonden? Beschrijf het zonder namen.',
        en: 'What did the pupils who were already further ahead do? Describe it without names.',
        fr: 'Qu’ont fait les élèves qui étaient déjà plus avancés ? Décrivez-le sans noms.',
      },
      {
        nl: 'Wat zou je een volgende keer anders aanpakken?',
        en: 'What would you do differently next time?',
        fr: 'Que feriez-vous autrement la prochaine fois ?',
      },
    ],
  },
  {
    id: 'language-aware-lesson',
    phase: 'trying-out',
    audience: 'teachers',
    tags: ['meertaligheid', 'uitproberen', 'gelijke-kansen'],
    title: {
      nl: 'Taalbewust lesgeven in elk vak',
      en: 'Language-aware teaching in every subject',
      fr: 'Enseigner avec attention à la langue, dans chaque matière',
    },
    intro: {
      nl: 'Elke les is ook een taalles. Met kleine ingrepen maak je de leerstof toegankelijker voor leerlingen die het Nederlands nog leren.',
      en: 'Every lesson is also a language lesson. Small changes make the content more accessible for pupils who are still learning Dutch.',
      fr: 'Chaque leçon est aussi une leçon de langue. De petits ajustements rendent la matière plus accessible aux élèves qui apprennent encore le néerlandais.',
    },
    questions: [
      {
        nl: 'Welke kernwoorden heb je deze week extra ondersteund, bijvoorbeeld met een beeld, een gebaar of een voorbeeld?',
        en: 'Which key words did you give extra support this week, for example with an image, a gesture or an example?',
        fr: 'Quels mots-clés avez-vous particulièrement soutenus cette semaine, par exemple avec une image, un geste ou un exemple ?',
      },
      {
        nl: 'Wanneer kregen leerlingen de kans om zelf over de leerstof te praten, in duo of in groep?',
        en: 'When did pupils get the chance to talk about the content themselves, in pairs or in groups?',
        fr: 'Quand les élèves ont-ils eu l’occasion de parler eux-mêmes de la matière, en duo ou en groupe ?',
      },
      {
        nl: 'Wat merkte je bij leerlingen die het Nederlands nog leren? Beschrijf het zonder namen.',
        en: 'What did you notice in pupils who are still learning Dutch? Describe it without names.',
        fr: 'Qu’avez-vous remarqué chez les élèves qui apprennent encore le néerlandais ? Décrivez-le sans noms.',
      },
      {
        nl: 'Welke ingreep hou je erin?',
        en: 'Which change will you keep?',
        fr: 'Quel ajustement allez-vous garder ?',
      },
    ],
  },
  {
    id: 'co-teaching-tryout',
    phase: 'trying-out',
    audience: 'teachers',
    tags: ['co-teaching', 'samenwerking', 'uitproberen'],
    title: {
      nl: 'Samen voor de klas staan',
      en: 'Teaching together',
      fr: 'Enseigner à deux',
    },
    intro: {
      nl: 'Co-teaching werkt het best als je samen voorbereidt en samen terugblikt, als gelijkwaardige partners.',
      en: 'Co-teaching works best when you prepare together and look back together, as equal partners.',
      fr: 'Le co-enseignement fonctionne le mieux quand on prépare ensemble et qu’on fait le bilan ensemble, en partenaires égaux.',
    },
    questions: [
      {
        nl: 'Hoe hebben jullie de les samen voorbereid, en wie deed wat?',
        en: 'How did you prepare the lesson together, and who did what?',
        fr: 'Comment avez-vous préparé la leçon ensemble, et qui a fait quoi ?',
      },
      {
        nl: 'Welke vorm van samen lesgeven probeerden jullie: om beurten, elk met een groep, of één die leidt en één die ondersteunt?',
        en: 'Which form of teaching together did you try: taking turns, each with a group, or one leading and one supporting?',
        fr: 'Quelle forme de co-enseignement avez-vous essayée : à tour de rôle, chacun avec un groupe, ou l’un qui mène et l’autre qui soutient ?',
      },
      {
        nl: 'Wat lukte beter met twee dan alleen?',
        en: 'What worked better with two than alone?',
        fr: 'Qu’est-ce qui a mieux marché à deux qu’en solo ?',
      },
      {
        nl: 'Wat spreken jullie af voor de volgende keer?',
        en: 'What do you agree on for next time?',
        fr: 'Que convenez-vous pour la prochaine fois ?',
      },
    ],
  },
  {
    id: 'pupil-feedback-tryout',
    phase: 'trying-out',
    audience: 'teachers',
    tags: ['feedback', 'uitproberen'],
    title: {
      nl: 'Feedback vragen aan je leerlingen',
      en: 'Asking your pupils for feedback',
      fr: 'Demander un retour à vos élèves',
    },
    intro: {
      nl: 'Leerlingen zien elke dag hoe je lesgeeft. Hun feedback is waardevol, op voorwaarde dat ze vrijwillig is en alleen voor jou dient.',
      en: 'Pupils see how you teach every day. Their feedback is valuable, provided it is voluntary and meant only for you.',
      fr: 'Les élèves voient chaque jour comment vous enseignez. Leurs retours sont précieux, à condition d’être volontaires et de ne servir qu’à vous.',
    },
    questions: [
      {
        nl: 'Wat heb je je leerlingen gevraagd, en hoe: mondeling, op papier, anoniem?',
        en: 'What did you ask your pupils, and how: out loud, on paper, anonymously?',
        fr: 'Qu’avez-vous demandé à vos élèves, et comment : à l’oral, sur papier, de manière anonyme ?',
      },
      {
        nl: 'Welke antwoorden verrasten je?',
        en: 'Which answers surprised you?',
        fr: 'Quelles réponses ont été une surprise pour vous ?',
      },
      {
        nl: 'Wat doe je met hun feedback, en hoe laat je hen weten dat je geluisterd hebt?',
        en: 'What will you do with their feedback, and how do you let them know you listened?',
        fr: 'Que faites-vous de leurs retours, et comment leur montrez-vous que vous les avez écoutés ?',
      },
    ],
  },
  {
    id: 'parent-conversation-prep',
    phase: 'trying-out',
    audience: 'teachers',
    tags: ['ouders', 'diversiteit', 'uitproberen'],
    title: {
      nl: 'Een oudergesprek voorbereiden',
      en: 'Preparing a conversation with parents',
      fr: 'Préparer un entretien avec des parents',
    },
    intro: {
      nl: 'Een goed oudergesprek loopt in twee richtingen. Bereid er een voor met deze vragen, zonder namen te noemen.',
      en: 'A good conversation with parents runs both ways. Prepare one with these questions, without mentioning names.',
      fr: 'Un bon entretien avec des parents va dans les deux sens. Préparez-en un avec ces questions, sans citer de noms.',
    },
    questions: [
      {
        nl: 'Wat wil je dat de ouders na het gesprek zeker weten? Beschrijf het zonder namen.',
        en: 'What do you want the parents to know for sure after the conversation? Describe it without names.',
        fr: 'Que voulez-vous que les parents sachent à coup sûr après l’entretien ? Décrivez-le sans noms.',
      },
      {
        nl: 'Wat wil je zelf van de ouders te weten komen over hun kind?',
        en: 'What do you want to find out from the parents about their child?',
        fr: 'Qu’aimeriez-vous apprendre des parents au sujet de leur enfant ?',
      },
      {
        nl: 'Hoe zorg je dat ouders die minder Nederlands spreken of de school minder goed kennen, zich welkom voelen?',
        en: 'How do you make sure that parents who speak less Dutch or know the school less well feel welcome?',
        fr: 'Comment faire en sorte que les parents qui parlent moins le néerlandais ou connaissent moins bien l’école se sentent les bienvenus ?',
      },
      {
        nl: 'Hoe rond je af, zodat jullie allebei weten wat de volgende stap is?',
        en: 'How do you wrap up, so that you both know what the next step is?',
        fr: 'Comment concluez-vous, pour que chacun sache quelle est la prochaine étape ?',
      },
    ],
  },
  {
    id: 'student-teacher-tryout',
    phase: 'trying-out',
    audience: 'student-teachers',
    tags: ['stage', 'uitproberen', 'feedback'],
    title: {
      nl: 'Op stage: wat probeerde je?',
      en: 'On placement: what did you try?',
      fr: 'En stage : qu’avez-vous essayé ?',
    },
    intro: {
      nl: 'Je stage is de plek om dingen te proberen, ook als het niet meteen lukt. Blik even terug op één les.',
      en: 'Your placement is the place to try things, even if they don’t work straight away. Look back on one lesson.',
      fr: 'Le stage est l’endroit pour essayer, même si cela ne marche pas du premier coup. Revenez un instant sur une leçon.',
    },
    questions: [
      {
        nl: 'Welke aanpak of werkvorm probeerde je uit, en waarom koos je die?',
        en: 'Which approach or activity did you try out, and why did you choose it?',
        fr: 'Quelle approche ou quelle activité avez-vous essayée, et pourquoi l’avez-vous choisie ?',
      },
      {
        nl: 'Wat zag je bij de leerlingen gebeuren? Beschrijf het zonder namen.',
        en: 'What did you see happening with the pupils? Describe it without names.',
        fr: 'Qu’avez-vous vu se passer chez les élèves ? Décrivez-le sans noms.',
      },
      {
        nl: 'Welke feedback kreeg je van je mentor of een medestudent, en wat doe je ermee?',
        en: 'What feedback did you get from your mentor or a fellow student, and what will you do with it?',
        fr: 'Quel retour avez-vous reçu de votre mentor ou d’un autre étudiant, et qu’en faites-vous ?',
      },
    ],
  },
  {
    id: 'care-tip-tryout',
    phase: 'trying-out',
    audience: 'care-staff',
    tags: ['zorg', 'leerlingenbegeleiding', 'uitproberen', 'samenwerking'],
    title: {
      nl: 'Een concrete tip voor de klas',
      en: 'A concrete tip for the classroom',
      fr: 'Un conseil concret pour la classe',
    },
    intro: {
      nl: 'Leraren hebben vaak het meest aan een kleine, concrete tip die ze morgen al kunnen toepassen. Hoe kwam jouw laatste tip aan?',
      en: 'Teachers often benefit most from a small, concrete tip they can use as soon as tomorrow. How did your last tip land?',
      fr: 'Les enseignants profitent souvent le plus d’un petit conseil concret applicable dès le lendemain. Comment votre dernier conseil a-t-il été reçu ?',
    },
    questions: [
      {
        nl: 'Welke tip gaf je onlangs aan een leraar in het kader van de brede basiszorg?',
        en: 'Which tip did you recently give a teacher as part of broad basic care?',
        fr: 'Quel conseil avez-vous récemment donné à un enseignant dans le cadre des soins de base élargis ?',
      },
      {
        nl: 'Wat zag je daardoor veranderen in de klas? Beschrijf het zonder namen.',
        en: 'What did you see change in the class as a result? Describe it without names.',
        fr: 'Qu’avez-vous vu changer en classe grâce à cela ? Décrivez-le sans noms.',
      },
      {
        nl: 'Hoe liet je de leraar in zijn of haar rol, zonder het over te nemen?',
        en: 'How did you leave the teacher in charge, without taking over?',
        fr: 'Comment avez-vous laissé l’enseignant dans son rôle, sans prendre sa place ?',
      },
      {
        nl: 'Welke tip zou je vaker met het hele team willen delen?',
        en: 'Which tip would you like to share more often with the whole team?',
        fr: 'Quel conseil aimeriez-vous partager plus souvent avec toute l’équipe ?',
      },
    ],
  },
];
