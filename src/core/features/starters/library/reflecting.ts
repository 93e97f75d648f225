import type { LibraryStarter } from '../starter.js';

/**
 * Phase "reflecting": looking back on practice, on wellbeing and workload, and on how the group works.
 * Written by the Leerkring team in Dutch (the reference), with English and French versions.
 */
export const REFLECTING_STARTERS: readonly LibraryStarter[] = [
  {
    id: 'workable-work',
    phase: 'reflecting',
    audience: 'everyone',
    tags: ['werkbaar-werk', 'welbevinden'],
    title: {
      nl: 'Werkbaar werk: hoe is het nu?',
      en: 'Workable work: how is it right now?',
      fr: 'Travail faisable : où en êtes-vous ?',
    },
    intro: {
      nl: 'Werk is werkbaar als de druk haalbaar blijft, je er goesting in hebt, je kan blijven bijleren en er tijd overblijft voor je leven naast school. Hoe scoort jouw werk op die vier punten?',
      en: 'Work is workable when the pressure stays manageable, you enjoy it, you can keep learning and there is time left for your life outside school. How does your work do on those four points?',
      fr: 'Un travail est faisable quand la pression reste gérable, que vous y prenez plaisir, que vous pouvez continuer à apprendre et qu’il reste du temps pour votre vie hors de l’école. Où en est votre travail sur ces quatre points ?',
    },
    questions: [
      {
        nl: 'Hoe haalbaar is je werkdruk op dit moment, en wat zorgt voor de meeste stress?',
        en: 'How manageable is your workload at the moment, and what causes the most stress?',
        fr: 'Votre charge de travail est-elle gérable en ce moment, et qu’est-ce qui crée le plus de stress ?',
      },
      {
        nl: 'Wat geeft je op dit moment energie en goesting in je werk?',
        en: 'What gives you energy and motivation in your work at the moment?',
        fr: 'Qu’est-ce qui vous donne de l’énergie et de l’envie dans votre travail en ce moment ?',
      },
      {
        nl: 'Welke kansen om bij te leren krijg je, en welke zou je willen?',
        en: 'Which opportunities to learn do you get, and which would you like?',
        fr: 'Quelles occasions d’apprendre avez-vous, et lesquelles aimeriez-vous avoir ?',
      },
      {
        nl: 'Hoe lukt het om werk en privé in evenwicht te houden?',
        en: 'How are you managing to keep work and private life in balance?',
        fr: 'Arrivez-vous à garder l’équilibre entre travail et vie privée ?',
      },
      {
        nl: 'Wat zou je werk deze maand iets werkbaarder maken, en wie kan daarbij helpen?',
        en: 'What would make your work a little more workable this month, and who could help?',
        fr: 'Qu’est-ce qui rendrait votre travail un peu plus faisable ce mois-ci, et qui pourrait y aider ?',
      },
    ],
  },
  {
    id: 'wellbeing-check',
    phase: 'reflecting',
    audience: 'everyone',
    tags: ['welbevinden', 'zelfzorg'],
    title: {
      nl: 'Hoe gaat het met je, echt?',
      en: 'How are you, really?',
      fr: 'Comment allez-vous, vraiment ?',
    },
    intro: {
      nl: 'Goed lesgeven begint ermee dat je je goed voelt op school. Een korte check-in, zonder oordeel.',
      en: 'Teaching well starts with feeling good at school. A short check-in, without judgement.',
      fr: 'Bien enseigner commence par se sentir bien à l’école. Un petit point, sans jugement.',
    },
    questions: [
      {
        nl: 'Hoe is je energie deze week, op een schaal van 1 tot 10, en waarom?',
        en: 'How is your energy this week, on a scale of 1 to 10, and why?',
        fr: 'Où en est votre énergie cette semaine, sur une échelle de 1 à 10, et pourquoi ?',
      },
      {
        nl: 'Welk moment op school deed je deze week deugd?',
        en: 'Which moment at school felt good this week?',
        fr: 'Quel moment à l’école vous a fait du bien cette semaine ?',
      },
      {
        nl: 'Wat houdt je gaande in het onderwijs, ook op moeilijke dagen?',
        en: 'What keeps you going in education, even on hard days?',
        fr: 'Qu’est-ce qui vous fait tenir dans l’enseignement, même les jours difficiles ?',
      },
      {
        nl: 'Wat kan een collega of de groep doen om je te steunen?',
        en: 'What could a colleague or the group do to support you?',
        fr: 'Que pourrait faire un ou une collègue, ou le groupe, pour vous soutenir ?',
      },
    ],
  },
  {
    id: 'feedback-on-teaching',
    phase: 'reflecting',
    audience: 'teachers',
    tags: ['feedback', 'professionalisering'],
    title: {
      nl: 'Feedback op je lesgeven',
      en: 'Feedback on your teaching',
      fr: 'Des retours sur votre enseignement',
    },
    intro: {
      nl: 'Lesgeven is vaak eenzaam werk: je hoort weinig over wat goed gaat en wat beter kan. Tijd om daar even bij stil te staan.',
      en: 'Teaching is often lonely work: you rarely hear what goes well and what could be better. Time to pause on that.',
      fr: 'Enseigner est souvent un travail solitaire : on entend rarement ce qui va bien et ce qui pourrait s’améliorer. Prenons le temps d’y réfléchir.',
    },
    questions: [
      {
        nl: 'Wanneer kreeg je voor het laatst feedback op je lesgeven, en wat deed je ermee?',
        en: 'When did you last get feedback on your teaching, and what did you do with it?',
        fr: 'Quand avez-vous reçu un retour sur votre enseignement pour la dernière fois, et qu’en avez-vous fait ?',
      },
      {
        nl: 'Wat doe je goed, volgens jezelf?',
        en: 'What do you do well, in your own view?',
        fr: 'Qu’est-ce que vous faites bien, selon vous ?',
      },
      {
        nl: 'Over welk aspect van je lessen zou je graag feedback krijgen?',
        en: 'On which aspect of your lessons would you like feedback?',
        fr: 'Sur quel aspect de vos leçons aimeriez-vous recevoir un retour ?',
      },
      {
        nl: 'Van wie wil je die feedback: een collega, je mentor, je directie, je leerlingen?',
        en: 'From whom would you like that feedback: a colleague, your mentor, your school leader, your pupils?',
        fr: 'De qui aimeriez-vous ce retour : un ou une collègue, votre mentor, votre direction, vos élèves ?',
      },
    ],
  },
  {
    id: 'learning-question-check',
    phase: 'reflecting',
    audience: 'everyone',
    tags: ['leervraag', 'evaluatie'],
    title: {
      nl: 'Klopt onze leervraag nog?',
      en: 'Is our learning question still right?',
      fr: 'Notre question d’apprentissage tient-elle toujours ?',
    },
    intro: {
      nl: 'Een leervraag mag bijgestuurd worden. Halverwege kijken we of ze nog scherp is en nog bij ons past.',
      en: 'A learning question may be adjusted. Halfway through, we check whether it is still sharp and still fits us.',
      fr: 'Une question d’apprentissage peut être ajustée. À mi-parcours, nous vérifions si elle est encore précise et nous correspond toujours.',
    },
    questions: [
      {
        nl: 'Wat hebben we tot nu toe geleerd over onze leervraag?',
        en: 'What have we learned about our learning question so far?',
        fr: 'Qu’avons-nous appris jusqu’ici sur notre question d’apprentissage ?',
      },
      {
        nl: 'Is de vraag nog van ons allemaal, of vooral van enkelen?',
        en: 'Does the question still belong to all of us, or mainly to a few?',
        fr: 'La question appartient-elle encore à tout le groupe, ou surtout à quelques-uns ?',
      },
      {
        nl: 'Moet ze smaller, breder of anders geformuleerd worden?',
        en: 'Should it be narrower, broader or phrased differently?',
        fr: 'Faut-il la resserrer, l’élargir ou la reformuler ?',
      },
      {
        nl: 'Wat is onze volgende stap?',
        en: 'What is our next step?',
        fr: 'Quelle est notre prochaine étape ?',
      },
    ],
  },
  {
    id: 'high-expectations',
    phase: 'reflecting',
    audience: 'teachers',
    tags: ['gelijke-kansen', 'diversiteit', 'differentiatie'],
    title: {
      nl: 'Hoge verwachtingen voor elke leerling',
      en: 'High expectations for every pupil',
      fr: 'Des attentes élevées pour chaque élève',
    },
    intro: {
      nl: 'Wat we van leerlingen verwachten, beïnvloedt wat ze bereiken. Kijk eerlijk naar je eigen verwachtingen, zonder namen te noemen.',
      en: 'What we expect of pupils influences what they achieve. Take an honest look at your own expectations, without mentioning names.',
      fr: 'Ce que nous attendons des élèves influence ce qu’ils accomplissent. Regardez honnêtement vos propres attentes, sans citer de noms.',
    },
    questions: [
      {
        nl: 'Bij welke groepen leerlingen merk je dat je onbewust minder verwacht? Antwoord zonder namen.',
        en: 'With which groups of pupils do you notice that you unconsciously expect less? Answer without names.',
        fr: 'Envers quels groupes d’élèves vous surprenez-vous à attendre inconsciemment moins ? Répondez sans noms.',
      },
      {
        nl: 'Hoe leg je de lat hoog en bied je tegelijk de steun die nodig is?',
        en: 'How do you set the bar high while offering the support that is needed?',
        fr: 'Comment placez-vous la barre haut tout en offrant le soutien nécessaire ?',
      },
      {
        nl: 'Welke kansen krijgen leerlingen in jouw klas om te tonen wat ze kunnen?',
        en: 'What chances do pupils in your class get to show what they can do?',
        fr: 'Quelles occasions les élèves de votre classe ont-ils de montrer ce dont ils sont capables ?',
      },
      {
        nl: 'Wat wil je hierin morgen anders doen?',
        en: 'What do you want to do differently here, starting tomorrow?',
        fr: 'Que voulez-vous faire autrement sur ce point, dès demain ?',
      },
    ],
  },
  {
    id: 'care-case-consultation',
    phase: 'reflecting',
    audience: 'care-staff',
    tags: ['zorg', 'leerlingenbegeleiding', 'leervraag', 'samenwerking'],
    title: {
      nl: 'Een zorgvraag bespreken, zonder namen',
      en: 'Discussing a care question, without names',
      fr: 'Discuter d’une demande d’accompagnement, sans noms',
    },
    intro: {
      nl: 'Collega’s weten vaak meer dan je denkt. Leg hun een situatie voor, maar hou ze anoniem: geen namen, geen klas, geen details waaraan iemand een leerling kan herkennen.',
      en: 'Colleagues often know more than you think. Put a situation to them, but keep it anonymous: no names, no class, no details by which anyone could recognise a pupil.',
      fr: 'Vos collègues en savent souvent plus que vous ne le pensez. Soumettez-leur une situation, mais gardez-la anonyme : pas de noms, pas de classe, aucun détail permettant de reconnaître un élève.',
    },
    questions: [
      {
        nl: 'Beschrijf de situatie in een paar zinnen, zonder namen of herkenbare details.',
        en: 'Describe the situation in a few sentences, without names or recognisable details.',
        fr: 'Décrivez la situation en quelques phrases, sans noms ni détails reconnaissables.',
      },
      {
        nl: 'Wat heb je al geprobeerd, en wat leverde dat op?',
        en: 'What have you already tried, and what came of it?',
        fr: 'Qu’avez-vous déjà essayé, et qu’est-ce que cela a donné ?',
      },
      {
        nl: 'Wat is je vraag aan de collega’s: wat wil je zelf uit deze situatie leren?',
        en: 'What is your question to your colleagues: what do you want to learn from this situation?',
        fr: 'Quelle est votre question aux collègues : qu’aimeriez-vous apprendre de cette situation ?',
      },
      {
        nl: 'Welk idee van een collega wil je uitproberen?',
        en: 'Which idea from a colleague do you want to try?',
        fr: 'Quelle idée d’un ou d’une collègue voulez-vous essayer ?',
      },
    ],
  },
  {
    id: 'care-self-care',
    phase: 'reflecting',
    audience: 'care-staff',
    tags: ['zelfzorg', 'welbevinden', 'leerlingenbegeleiding', 'zorg'],
    title: {
      nl: 'Bereikbaar zijn en loslaten',
      en: 'Being available and letting go',
      fr: 'Être joignable et savoir décrocher',
    },
    intro: {
      nl: 'Wie voor leerlingen zorgt, loopt zichzelf soms voorbij. Ook jij hebt grenzen nodig.',
      en: 'People who care for pupils sometimes run themselves into the ground. You need boundaries too.',
      fr: 'Qui prend soin des élèves s’oublie parfois. Vous aussi, vous avez besoin de limites.',
    },
    questions: [
      {
        nl: 'Hoe bereikbaar wil je zijn voor leerlingen, ouders en collega’s, en via welke kanalen?',
        en: 'How available do you want to be for pupils, parents and colleagues, and through which channels?',
        fr: 'Dans quelle mesure voulez-vous être joignable pour les élèves, les parents et les collègues, et par quels canaux ?',
      },
      {
        nl: 'Welke zorg om een leerling neem je mee naar huis? Antwoord zonder namen: wat helpt je om ze los te laten?',
        en: 'Which worry about a pupil do you take home? Answer without names: what helps you let it go?',
        fr: 'Quel souci concernant un élève emportez-vous à la maison ? Répondez sans noms : qu’est-ce qui vous aide à le laisser de côté ?',
      },
      {
        nl: 'Wat is deze week dringend maar niet belangrijk, en wat belangrijk maar niet dringend?',
        en: 'What is urgent but not important this week, and what is important but not urgent?',
        fr: 'Qu’est-ce qui est urgent mais pas important cette semaine, et important mais pas urgent ?',
      },
      {
        nl: 'Bij wie kan jij zelf terecht?',
        en: 'Who can you turn to yourself?',
        fr: 'Et vous, vers qui pouvez-vous vous tourner ?',
      },
    ],
  },
  {
    id: 'starter-check-in',
    phase: 'reflecting',
    audience: 'teachers',
    tags: ['starters', 'welbevinden', 'mentoraat'],
    title: {
      nl: 'Starter in het onderwijs: hoe gaat het?',
      en: 'New to teaching: how is it going?',
      fr: 'Débuter dans l’enseignement : comment ça va ?',
    },
    intro: {
      nl: 'Als starter krijg je vaak evenveel werk als een collega met jaren ervaring, en twijfelen hoort erbij. Deze check-in helpt jou en je mentor om te zien wat je nodig hebt.',
      en: 'As a new teacher you often get as much work as a colleague with years of experience, and doubt is part of it. This check-in helps you and your mentor see what you need.',
      fr: 'En début de carrière, on a souvent autant de travail qu’un collègue chevronné, et le doute en fait partie. Ce point vous aide, vous et votre mentor, à voir ce dont vous avez besoin.',
    },
    questions: [
      {
        nl: 'Waar ben je deze week tevreden over?',
        en: 'What are you pleased about this week?',
        fr: 'Qu’est-ce qui s’est bien passé pour vous cette semaine ?',
      },
      {
        nl: 'Waarover twijfel je op dit moment?',
        en: 'What are you unsure about at the moment?',
        fr: 'Sur quoi avez-vous des doutes en ce moment ?',
      },
      {
        nl: 'Welke klas of welk moment van de dag kost je de meeste energie, en hoe komt dat, denk je?',
        en: 'Which class or which moment of the day costs you the most energy, and why do you think that is?',
        fr: 'Quelle classe ou quel moment de la journée vous demande le plus d’énergie, et pourquoi selon vous ?',
      },
      {
        nl: 'Wat zou je willen vragen aan een meer ervaren collega?',
        en: 'What would you like to ask a more experienced colleague?',
        fr: 'Que voudriez-vous demander à une personne plus expérimentée de l’équipe ?',
      },
    ],
  },
  {
    id: 'mentor-reflection',
    phase: 'reflecting',
    audience: 'teachers',
    tags: ['mentoraat', 'stage', 'starters', 'feedback'],
    title: {
      nl: 'Terugblikken als mentor',
      en: 'Looking back as a mentor',
      fr: 'Faire le point en tant que mentor',
    },
    intro: {
      nl: 'Of je nu een stagiair of een startende collega begeleidt: ook mentoren leren door terug te kijken op hun begeleiding.',
      en: 'Whether you support a student-teacher or a new colleague: mentors also learn by looking back on their mentoring.',
      fr: 'Que vous accompagniez un ou une stagiaire ou une nouvelle recrue, les mentors apprennent aussi en revenant sur leur accompagnement.',
    },
    questions: [
      {
        nl: 'Welk gesprek met je stagiair of starter liep goed, en wat deed jij daarin?',
        en: 'Which conversation with your student-teacher or new colleague went well, and what did you do in it?',
        fr: 'Quel échange avec votre stagiaire ou la nouvelle recrue s’est bien passé, et qu’y avez-vous fait ?',
      },
      {
        nl: 'Hoe geef je feedback die eerlijk is en toch moed geeft?',
        en: 'How do you give feedback that is honest and still encouraging?',
        fr: 'Comment faites-vous des retours à la fois honnêtes et encourageants ?',
      },
      {
        nl: 'Waar laat je ruimte om zelf te zoeken, en waar stuur je bij?',
        en: 'Where do you leave room to figure things out, and where do you steer?',
        fr: 'Où laissez-vous de la place pour chercher par soi-même, et où recadrez-vous ?',
      },
      {
        nl: 'Wat heb je zelf geleerd van de persoon die je begeleidt?',
        en: 'What have you learned yourself from the person you support?',
        fr: 'Qu’avez-vous appris vous-même de la personne que vous accompagnez ?',
      },
    ],
  },
  {
    id: 'facilitator-check',
    phase: 'reflecting',
    audience: 'facilitators',
    tags: ['procesbegeleiding', 'evaluatie'],
    title: {
      nl: 'Hoe loopt onze groep?',
      en: 'How is our group doing?',
      fr: 'Comment se porte notre groupe ?',
    },
    intro: {
      nl: 'Als begeleider kijk je af en toe naar het proces, niet alleen naar de inhoud. Deelnemers haken sneller af als ze weinig voeling hebben met elkaar of met het onderwerp.',
      en: 'As a facilitator you look at the process from time to time, not only at the content. Members drop out more easily when they feel little connection with each other or with the topic.',
      fr: 'En tant qu’accompagnateur, vous regardez de temps en temps le processus, pas seulement le contenu. Les membres décrochent plus facilement quand ils se sentent peu liés entre eux ou au sujet.',
    },
    questions: [
      {
        nl: 'Wie komt in onze bijeenkomsten veel aan het woord, en wie weinig?',
        en: 'Who speaks a lot in our meetings, and who speaks little?',
        fr: 'Qui prend beaucoup la parole lors de nos rencontres, et qui peu ?',
      },
      {
        nl: 'Hoe krijgen stillere deelnemers meer ruimte?',
        en: 'How can quieter members get more room?',
        fr: 'Comment donner plus de place aux membres plus discrets ?',
      },
      {
        nl: 'Waar dreigen we de richting kwijt te raken, en wat helpt ons terug op koers?',
        en: 'Where are we at risk of losing direction, and what gets us back on track?',
        fr: 'Où risquons-nous de perdre le fil, et qu’est-ce qui nous remet sur les rails ?',
      },
      {
        nl: 'Wat doe je als begeleider de volgende keer anders?',
        en: 'What will you do differently as facilitator next time?',
        fr: 'Que ferez-vous autrement, en tant qu’accompagnateur, la prochaine fois ?',
      },
    ],
  },
  {
    id: 'breathing-room',
    phase: 'reflecting',
    audience: 'facilitators',
    tags: ['lerarentekort', 'werkbaar-werk', 'tijd'],
    title: {
      nl: 'Minder doen, maar beter',
      en: 'Doing less, but better',
      fr: 'Faire moins, mais mieux',
    },
    intro: {
      nl: 'Met het lerarentekort kan niet alles blijven zoals het was. Door bewust iets af te bouwen, maak je ruimte voor wat echt telt.',
      en: 'With the teacher shortage, not everything can stay as it was. By deliberately phasing something out, you make room for what really counts.',
      fr: 'Avec la pénurie d’enseignants, tout ne peut pas rester comme avant. En abandonnant délibérément certaines choses, vous faites de la place pour ce qui compte vraiment.',
    },
    questions: [
      {
        nl: 'Welke aanpak, welk project of welke gewoonte kost veel tijd maar levert weinig op voor de leerlingen?',
        en: 'Which approach, project or habit takes a lot of time but yields little for the pupils?',
        fr: 'Quelle approche, quel projet ou quelle habitude prend beaucoup de temps mais apporte peu aux élèves ?',
      },
      {
        nl: 'Welk overleg kan vervangen worden door een vast draaiboek of een korte nota?',
        en: 'Which meeting could be replaced by a fixed script or a short note?',
        fr: 'Quelle réunion pourrait être remplacée par un scénario fixe ou une courte note ?',
      },
      {
        nl: 'Wat moet zeker overeind blijven, ook in een krappe periode?',
        en: 'What must certainly stay in place, even in a lean period?',
        fr: 'Qu’est-ce qui doit absolument tenir, même en période de manque ?',
      },
      {
        nl: 'Met wie bespreken we openlijk wat we afbouwen, ook als er geen perfecte oplossing is?',
        en: 'With whom do we openly discuss what we phase out, even if there is no perfect solution?',
        fr: 'Avec qui discutons-nous ouvertement de ce que nous abandonnons, même sans solution parfaite ?',
      },
    ],
  },
  {
    id: 'open-climate',
    phase: 'reflecting',
    audience: 'everyone',
    tags: ['samenwerking', 'welbevinden', 'professionalisering'],
    title: {
      nl: 'Niemand staat er alleen voor',
      en: 'Nobody stands alone',
      fr: 'Personne n’est seul face aux difficultés',
    },
    intro: {
      nl: 'Samen leren gedijt in een open schoolklimaat, waar je fouten mag maken en vragen durft te stellen.',
      en: 'Learning together thrives in an open school climate, where you may make mistakes and dare to ask questions.',
      fr: 'Apprendre ensemble s’épanouit dans un climat scolaire ouvert, où l’on peut se tromper et oser poser des questions.',
    },
    questions: [
      {
        nl: 'Wanneer durf je een vraag of een fout op tafel te leggen bij collega’s, en wat maakt dat mogelijk?',
        en: 'When do you dare to raise a question or a mistake with colleagues, and what makes that possible?',
        fr: 'Quand osez-vous soumettre une question ou une erreur à vos collègues, et qu’est-ce qui le rend possible ?',
      },
      {
        nl: 'Wanneer had je het gevoel dat je er alleen voor stond?',
        en: 'When did you feel you were on your own?',
        fr: 'Quand avez-vous eu l’impression que personne n’était là pour vous ?',
      },
      {
        nl: 'Hoeveel ruimte krijg je om zelf keuzes te maken in je klas?',
        en: 'How much room do you get to make your own choices in your class?',
        fr: 'Quelle marge de manœuvre avez-vous pour faire vos propres choix en classe ?',
      },
      {
        nl: 'Wat kunnen wij als groep doen om het klimaat nog opener te maken?',
        en: 'What can we as a group do to make the climate even more open?',
        fr: 'Que pouvons-nous faire, en tant que groupe, pour rendre le climat encore plus ouvert ?',
      },
    ],
  },
  {
    id: 'student-teacher-reflection',
    phase: 'reflecting',
    audience: 'student-teachers',
    tags: ['stage', 'samenwerking', 'ouders'],
    title: {
      nl: 'Jij als lid van het schoolteam',
      en: 'You as a member of the school team',
      fr: 'Vous, membre de l’équipe éducative',
    },
    intro: {
      nl: 'Lesgeven is teamwerk. Als stagiair kijk je ook naar hoe je samenwerkt met collega’s, ouders en partners buiten de school.',
      en: 'Teaching is teamwork. As a student-teacher you also look at how you work with colleagues, parents and partners outside the school.',
      fr: 'Enseigner est un travail d’équipe. En tant que stagiaire, vous regardez aussi comment vous collaborez avec les collègues, les parents et les partenaires extérieurs à l’école.',
    },
    questions: [
      {
        nl: 'Hoe heb je deze week meegedacht of meegewerkt met het team, buiten je eigen lessen?',
        en: 'How did you think along or work with the team this week, beyond your own lessons?',
        fr: 'Comment avez-vous réfléchi ou travaillé avec l’équipe cette semaine, en dehors de vos propres leçons ?',
      },
      {
        nl: 'Welk contact met ouders heb je meegemaakt, en wat leerde je eruit? Vertel het zonder namen.',
        en: 'Which contact with parents did you take part in, and what did you learn from it? Share it without names.',
        fr: 'À quel contact avec des parents avez-vous assisté, et qu’en avez-vous appris ? Racontez-le sans noms.',
      },
      {
        nl: 'Met welke partners werkt de school samen, zoals het CLB of de pedagogische begeleiding, en wat weet je over hun rol?',
        en: 'Which partners does the school work with, such as the CLB or the pedagogical advisory service, and what do you know about their role?',
        fr: 'Avec quels partenaires l’école collabore-t-elle, comme le CLB ou le service d’accompagnement pédagogique, et que savez-vous de leur rôle ?',
      },
      {
        nl: 'Waarin wil je tijdens je volgende stage groeien als teamlid?',
        en: 'In what way do you want to grow as a team member during your next placement?',
        fr: 'Dans quel domaine voulez-vous progresser comme membre d’une équipe lors de votre prochain stage ?',
      },
    ],
  },
];
