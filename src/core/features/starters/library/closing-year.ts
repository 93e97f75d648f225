import type { LibraryStarter } from '../starter.js';

/**
 * Phase "closing-year": harvesting the year, celebrating it and planning the next one.
 * Written by the Leerkring team in Dutch (the reference), with English and French versions.
 */
export const CLOSING_YEAR_STARTERS: readonly LibraryStarter[] = [
  {
    id: 'keep-stop-start',
    phase: 'closing-year',
    audience: 'everyone',
    tags: ['evaluatie', 'jaarplanning'],
    title: {
      nl: 'Behouden, stoppen, starten',
      en: 'Keep, stop, start',
      fr: 'Garder, arrêter, commencer',
    },
    intro: {
      nl: 'Het schooljaar loopt op zijn einde, en wat we leerden verdient een plek in het volgende. Drie vragen om af te ronden.',
      en: 'The school year is drawing to a close, and what we learned deserves a place in the next one. Three questions to round off.',
      fr: 'L’année scolaire touche à sa fin, et ce que nous avons appris mérite une place dans la suivante. Trois questions pour conclure.',
    },
    questions: [
      {
        nl: 'Wat willen we zeker behouden, omdat het werkt?',
        en: 'What do we definitely want to keep, because it works?',
        fr: 'Que voulons-nous absolument garder, parce que cela fonctionne ?',
      },
      {
        nl: 'Waarmee stoppen we, omdat het te weinig oplevert?',
        en: 'What do we stop, because it yields too little?',
        fr: 'Qu’arrêtons-nous, parce que cela rapporte trop peu ?',
      },
      {
        nl: 'Waarmee willen we volgend schooljaar starten?',
        en: 'What do we want to start next school year?',
        fr: 'Que voulons-nous commencer l’année scolaire prochaine ?',
      },
    ],
  },
  {
    id: 'yearly-table',
    phase: 'closing-year',
    audience: 'everyone',
    tags: ['evaluatie', 'jaarplanning', 'professionalisering'],
    title: {
      nl: 'Onze jaartabel: barrières, mogelijkheden, acties',
      en: 'Our year table: barriers, possibilities, actions',
      fr: 'Notre tableau annuel : obstacles, possibilités, actions',
    },
    intro: {
      nl: 'Na een jaar samen leren zetten we op een rij wat ons tegenhield, welke mogelijkheden we ontdekten en wat we volgend jaar doen. Denk telkens aan drie sporen: de inhoud van onze leervraag, hoe we leren en hoe we ons organiseren.',
      en: 'After a year of joint learning, we list what held us back, which possibilities we discovered and what we will do next year. Each time, think of three strands: the content of our learning question, how we learn and how we organise ourselves.',
      fr: 'Après une année d’apprentissage commun, nous faisons la liste de ce qui nous a freinés, des possibilités découvertes et de ce que nous ferons l’an prochain. Pensez chaque fois à trois axes : le contenu de notre question d’apprentissage, notre façon d’apprendre et notre organisation.',
    },
    questions: [
      {
        nl: 'Barrières: wat hield ons dit jaar tegen, in tijd, middelen of organisatie?',
        en: 'Barriers: what held us back this year, in time, resources or organisation?',
        fr: 'Obstacles : qu’est-ce qui nous a freinés cette année, en temps, en moyens ou en organisation ?',
      },
      {
        nl: 'Mogelijkheden: welke ruimte of hulp ontdekten we, binnen of buiten de school?',
        en: 'Possibilities: what room or help did we discover, inside or outside the school?',
        fr: 'Possibilités : quelle marge ou quelle aide avons-nous découverte, dans l’école ou en dehors ?',
      },
      {
        nl: 'Acties: wat doen we volgend jaar concreet?',
        en: 'Actions: what will we actually do next year?',
        fr: 'Actions : que ferons-nous concrètement l’an prochain ?',
      },
      {
        nl: 'Wie neemt welke actie op, en tegen wanneer?',
        en: 'Who takes on which action, and by when?',
        fr: 'Qui porte quelle action, et pour quand ?',
      },
    ],
  },
  {
    id: 'year-harvest',
    phase: 'closing-year',
    audience: 'teachers',
    tags: ['evaluatie', 'professionalisering'],
    title: {
      nl: 'Wat heb ik dit jaar geleerd?',
      en: 'What did I learn this year?',
      fr: 'Qu’ai-je appris cette année ?',
    },
    intro: {
      nl: 'Voor je de zomer in gaat: je persoonlijke oogst van het jaar.',
      en: 'Before you head into the summer: your personal harvest of the year.',
      fr: 'Avant les vacances d’été : votre récolte personnelle de l’année.',
    },
    questions: [
      {
        nl: 'Wat doe je nu anders in je klas dan in september?',
        en: 'What do you do differently in your class now compared with September?',
        fr: 'Que faites-vous autrement dans votre classe aujourd’hui par rapport à septembre ?',
      },
      {
        nl: 'Welk moment van het jaar was voor jou een echt leermoment?',
        en: 'Which moment of the year was a real learning moment for you?',
        fr: 'Quel moment de l’année a été un vrai moment d’apprentissage pour vous ?',
      },
      {
        nl: 'Wat merkten je leerlingen van wat je leerde? Antwoord zonder namen.',
        en: 'What did your pupils notice of what you learned? Answer without names.',
        fr: 'Qu’ont remarqué vos élèves de ce que vous avez appris ? Répondez sans noms.',
      },
      {
        nl: 'Wat wil je volgend jaar verder uitdiepen?',
        en: 'What do you want to explore further next year?',
        fr: 'Qu’aimeriez-vous approfondir l’an prochain ?',
      },
    ],
  },
  {
    id: 'year-appreciation',
    phase: 'closing-year',
    audience: 'everyone',
    tags: ['waarderend', 'welbevinden', 'evaluatie'],
    title: {
      nl: 'Wat vieren we dit jaar?',
      en: 'What do we celebrate this year?',
      fr: 'Que célébrons-nous cette année ?',
    },
    intro: {
      nl: 'Samen leren is hard werken. Sta even stil bij wat gelukt is en bij wie daarvoor zorgde.',
      en: 'Learning together is hard work. Take a moment for what worked out and for the people who made it happen.',
      fr: 'Apprendre ensemble demande beaucoup d’efforts. Prenez un moment pour ce qui a réussi et pour celles et ceux qui l’ont rendu possible.',
    },
    questions: [
      {
        nl: 'Waar ben je dit jaar trots op?',
        en: 'What are you proud of this year?',
        fr: 'Quelle réussite de cette année vous tient le plus à cœur ?',
      },
      {
        nl: 'Welke collega wil je bedanken, en waarvoor?',
        en: 'Which colleague would you like to thank, and for what?',
        fr: 'Quel ou quelle collègue voulez-vous remercier, et pour quoi ?',
      },
      {
        nl: 'Welk klein succes met leerlingen wil je delen, zonder namen?',
        en: 'Which small success with pupils would you like to share, without names?',
        fr: 'Quel petit succès avec des élèves aimeriez-vous partager, sans noms ?',
      },
    ],
  },
  {
    id: 'plan-next-year',
    phase: 'closing-year',
    audience: 'facilitators',
    tags: ['jaarplanning', 'tijd', 'afspraken'],
    title: {
      nl: 'Volgend schooljaar nu al plannen',
      en: 'Planning next school year now',
      fr: 'Planifier dès maintenant l’année scolaire prochaine',
    },
    intro: {
      nl: 'Wie pas in september plant, is te laat: de agenda’s van scholen, lerarenopleidingen en begeleiders lopen snel vol. Leg nu al de grote lijnen en de data vast.',
      en: 'If you only plan in September, you are too late: the diaries of schools, teacher education and advisers fill up fast. Fix the broad lines and the dates now.',
      fr: 'Planifier en septembre, c’est trop tard : les agendas des écoles, des formations d’enseignants et des conseillers se remplissent vite. Fixez dès maintenant les grandes lignes et les dates.',
    },
    questions: [
      {
        nl: 'Wat wordt onze focus of leervraag voor volgend jaar?',
        en: 'What will be our focus or learning question for next year?',
        fr: 'Quel sera notre thème ou notre question d’apprentissage l’an prochain ?',
      },
      {
        nl: 'Welke data leggen we nu al vast, buiten examens en vakanties?',
        en: 'Which dates do we fix now, avoiding exams and holidays?',
        fr: 'Quelles dates fixons-nous dès maintenant, en dehors des examens et des vacances ?',
      },
      {
        nl: 'Wie willen we erbij, ook van buiten de school, en wanneer vragen we dat aan hen?',
        en: 'Whom do we want to involve, also from outside the school, and when do we ask them?',
        fr: 'Qui voulons-nous associer, y compris hors de l’école, et quand le leur demandons-nous ?',
      },
      {
        nl: 'Welke tijd of middelen vragen we aan de directie?',
        en: 'What time or resources do we ask the school leadership for?',
        fr: 'Quel temps ou quels moyens demandons-nous à la direction ?',
      },
    ],
  },
  {
    id: 'effective-learning-check',
    phase: 'closing-year',
    audience: 'facilitators',
    tags: ['professionalisering', 'evaluatie', 'procesbegeleiding'],
    title: {
      nl: 'Hoe sterk was ons leertraject?',
      en: 'How strong was our learning path?',
      fr: 'Notre parcours d’apprentissage était-il solide ?',
    },
    intro: {
      nl: 'Onderzoek wijst op een aantal kenmerken van professionalisering die echt werkt. Toets ons traject eraan, kort en eerlijk.',
      en: 'Research points to a number of features of professional learning that really works. Check our path against them, briefly and honestly.',
      fr: 'La recherche met en évidence plusieurs caractéristiques d’une formation continue réellement efficace. Confrontez-y notre parcours, brièvement et honnêtement.',
    },
    questions: [
      {
        nl: 'Vertrokken we van onze eigen vragen, en voelden we ons eigenaar van wat we leerden?',
        en: 'Did we start from our own questions, and did we feel ownership of what we learned?',
        fr: 'Notre parcours partait-il de nos propres questions, et avions-nous la main sur ce que nous apprenions ?',
      },
      {
        nl: 'Hebben we inzichten uit onderzoek gekoppeld aan onze eigen praktijk?',
        en: 'Did we link insights from research to our own practice?',
        fr: 'Avons-nous relié des apports de la recherche à notre propre pratique ?',
      },
      {
        nl: 'Leerden we actief en samen, op de werkvloer, en vertaalden we het concreet naar de klas?',
        en: 'Did we learn actively and together, in the workplace, and did we translate it concretely into the classroom?',
        fr: 'Avons-nous appris de façon active et collective, sur le terrain, en le traduisant concrètement en classe ?',
      },
      {
        nl: 'Liep het traject lang genoeg, met steun tussendoor?',
        en: 'Did the path run long enough, with support along the way?',
        fr: 'Le parcours a-t-il duré assez longtemps, avec un soutien en cours de route ?',
      },
      {
        nl: 'Kregen we feedback en coaching van iemand die zowel de inhoud als het proces kent?',
        en: 'Did we get feedback and coaching from someone who knows both the content and the process?',
        fr: 'Avons-nous reçu des retours et du coaching de quelqu’un qui maîtrise à la fois le contenu et le processus ?',
      },
    ],
  },
  {
    id: 'student-teacher-closing',
    phase: 'closing-year',
    audience: 'student-teachers',
    tags: ['stage', 'evaluatie', 'feedback'],
    title: {
      nl: 'Je stage afronden',
      en: 'Rounding off your placement',
      fr: 'Clôturer votre stage',
    },
    intro: {
      nl: 'Aan het einde van je stage kijk je terug en vooruit. Wat neem je mee als toekomstige leraar?',
      en: 'At the end of your placement you look back and ahead. What do you take with you as a future teacher?',
      fr: 'À la fin de votre stage, vous regardez en arrière et en avant. Qu’emportez-vous pour votre futur métier d’enseignant ?',
    },
    questions: [
      {
        nl: 'Waarin ben je tijdens deze stage het meest gegroeid?',
        en: 'Where did you grow most during this placement?',
        fr: 'Dans quel domaine avez-vous le plus progressé pendant ce stage ?',
      },
      {
        nl: 'Wat leerde je over werken in een team, buiten je eigen klas?',
        en: 'What did you learn about working in a team, beyond your own class?',
        fr: 'Qu’avez-vous appris sur le travail en équipe, au-delà de votre propre classe ?',
      },
      {
        nl: 'Welke feedback wil je je mentor of de school nog geven?',
        en: 'What feedback would you still like to give your mentor or the school?',
        fr: 'Quel retour aimeriez-vous encore faire à votre mentor ou à l’école ?',
      },
      {
        nl: 'Wat wil je tijdens je volgende stage of je eerste job verder leren?',
        en: 'What do you want to learn next, in your next placement or your first job?',
        fr: 'Qu’aimeriez-vous approfondir lors de votre prochain stage ou de votre premier emploi ?',
      },
    ],
  },
  {
    id: 'care-year-review',
    phase: 'closing-year',
    audience: 'care-staff',
    tags: ['zorg', 'leerlingenbegeleiding', 'evaluatie', 'samenwerking'],
    title: {
      nl: 'Het zorgjaar afsluiten',
      en: 'Closing the care year',
      fr: 'Clôturer l’année d’accompagnement',
    },
    intro: {
      nl: 'Een jaar zorg is een jaar vol gesprekken, overleg en dossiers. Wat leerde je team eruit voor volgend jaar?',
      en: 'A year of care is a year full of conversations, meetings and files. What did your team learn from it for next year?',
      fr: 'Une année d’accompagnement, c’est une année pleine d’entretiens, de concertations et de dossiers. Qu’en retient votre équipe pour l’an prochain ?',
    },
    questions: [
      {
        nl: 'Waar liep de samenwerking met leraren dit jaar goed, en waar wrong het?',
        en: 'Where did the collaboration with teachers go well this year, and where did it chafe?',
        fr: 'Où la collaboration avec les enseignants a-t-elle bien fonctionné cette année, et où a-t-elle coincé ?',
      },
      {
        nl: 'Welke situatie heeft je het meest geleerd? Vertel het zonder namen.',
        en: 'Which situation taught you the most? Share it without names.',
        fr: 'Quelle situation vous a le plus appris ? Racontez-la sans noms.',
      },
      {
        nl: 'Is voor iedereen duidelijk wie wat doet in de zorg, of moeten we de rollen scherper afspreken?',
        en: 'Is it clear to everyone who does what in care, or do we need sharper agreements on roles?',
        fr: 'Est-il clair pour tous qui fait quoi dans l’accompagnement, ou faut-il mieux préciser les rôles ?',
      },
      {
        nl: 'Wat herhalen we bij de start van volgend schooljaar voor het hele team?',
        en: 'What do we go over again with the whole team at the start of next school year?',
        fr: 'Que rappelons-nous à toute l’équipe au début de l’année scolaire prochaine ?',
      },
    ],
  },
];
