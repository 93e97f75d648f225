import type { LibraryStarter } from '../starter.js';

/**
 * Phase "sharing": carrying what the group learned to the team, the network and the school.
 * Written by the Leerkring team in Dutch (the reference), with English and French versions.
 */
export const SHARING_STARTERS: readonly LibraryStarter[] = [
  {
    id: 'share-with-team',
    phase: 'sharing',
    audience: 'everyone',
    tags: ['delen', 'samenwerking'],
    title: {
      nl: 'Delen met het team',
      en: 'Sharing with the team',
      fr: 'Partager avec l’équipe',
    },
    intro: {
      nl: 'Wat we in de groep leren, mag niet in de groep blijven hangen. Hoe bereiken we de rest van de school?',
      en: 'What we learn in the group should not stay stuck in the group. How do we reach the rest of the school?',
      fr: 'Ce que nous apprenons dans le groupe ne doit pas y rester. Comment toucher le reste de l’école ?',
    },
    questions: [
      {
        nl: 'Welk inzicht zouden al je collega’s moeten kennen?',
        en: 'Which insight should all your colleagues know about?',
        fr: 'Quelle idée clé tous vos collègues devraient-ils connaître ?',
      },
      {
        nl: 'In welke vorm delen we het: vijf minuten op de personeelsvergadering, een korte fiche, een les waar collega’s mogen komen kijken?',
        en: 'In what form do we share it: five minutes at the staff meeting, a short handout, a lesson colleagues may come and watch?',
        fr: 'Sous quelle forme le partageons-nous : cinq minutes en réunion du personnel, une courte fiche, une leçon ouverte aux collègues ?',
      },
      {
        nl: 'Voor welke collega’s is het het nuttigst, bijvoorbeeld een vakgroep of een graad, en hoe betrekken we hen?',
        en: 'Which colleagues would find it most useful, for example a subject team or a year group, and how do we involve them?',
        fr: 'À quels collègues cela servirait-il le plus, par exemple une section ou un degré, et comment les impliquer ?',
      },
      {
        nl: 'Wat hebben we nodig om het te delen, en wie neemt het op zich?',
        en: 'What do we need to share it, and who takes it on?',
        fr: 'De quoi avons-nous besoin pour le partager, et qui s’en charge ?',
      },
    ],
  },
  {
    id: 'share-good-practice',
    phase: 'sharing',
    audience: 'teachers',
    tags: ['delen', 'waarderend'],
    title: {
      nl: 'Een goede praktijk in de kijker',
      en: 'Spotlight on a good practice',
      fr: 'Une bonne pratique à l’honneur',
    },
    intro: {
      nl: 'Iedereen heeft wel iets dat werkt in de klas en waar een collega morgen mee aan de slag kan. Deel het kort.',
      en: 'Everyone has something that works in class and that a colleague could use tomorrow. Share it briefly.',
      fr: 'Chacun a quelque chose qui fonctionne en classe et dont un collègue pourrait se servir dès demain. Partagez-le brièvement.',
    },
    questions: [
      {
        nl: 'Wat werkt goed in je klas en kan een collega meteen gebruiken?',
        en: 'What works well in your class that a colleague could use straight away?',
        fr: 'Qu’est-ce qui fonctionne bien dans votre classe et qu’un ou une collègue pourrait utiliser tout de suite ?',
      },
      {
        nl: 'Waarom werkt het volgens jou?',
        en: 'Why do you think it works?',
        fr: 'Pourquoi cela fonctionne-t-il, selon vous ?',
      },
      {
        nl: 'Wat heeft een collega nodig om het over te nemen: materiaal, uitleg, een keer komen kijken?',
        en: 'What would a colleague need to adopt it: materials, an explanation, a chance to come and watch?',
        fr: 'Que faut-il à un collègue pour l’adopter : du matériel, une explication, une visite en classe ?',
      },
    ],
  },
  {
    id: 'share-in-network',
    phase: 'sharing',
    audience: 'facilitators',
    tags: ['lerend-netwerk', 'delen', 'samenwerking'],
    title: {
      nl: 'Uitwisselen in het lerend netwerk',
      en: 'Exchanging in the learning network',
      fr: 'Échanger au sein du réseau apprenant',
    },
    intro: {
      nl: 'Scholen in een netwerk zitten vaak met dezelfde vragen. Wat kunnen we elkaar bieden, en wat nemen we mee naar onze eigen school?',
      en: 'Schools in a network often face the same questions. What can we offer each other, and what do we take back to our own school?',
      fr: 'Les écoles d’un réseau se posent souvent les mêmes questions. Que pouvons-nous nous offrir mutuellement, et que rapportons-nous dans notre propre école ?',
    },
    questions: [
      {
        nl: 'Wat kunnen andere scholen van ons leren?',
        en: 'What could other schools learn from us?',
        fr: 'Qu’est-ce que les autres écoles pourraient apprendre de nous ?',
      },
      {
        nl: 'Welk idee van een andere school willen we bij ons uitproberen?',
        en: 'Which idea from another school do we want to try out at ours?',
        fr: 'Quelle idée d’une autre école voulons-nous essayer chez nous ?',
      },
      {
        nl: 'Welk materiaal of welke knowhow kunnen we delen, zodat niet elke school het warm water opnieuw uitvindt?',
        en: 'Which materials or know-how can we share, so that not every school reinvents the wheel?',
        fr: 'Quel matériel ou quel savoir-faire pouvons-nous partager, pour éviter que chaque école réinvente la roue ?',
      },
      {
        nl: 'Hoe zorgen we dat het geen eenrichtingsverkeer wordt?',
        en: 'How do we make sure it does not become one-way traffic?',
        fr: 'Comment éviter que l’échange soit à sens unique ?',
      },
    ],
  },
  {
    id: 'share-parent-experiences',
    phase: 'sharing',
    audience: 'teachers',
    tags: ['ouders', 'diversiteit', 'delen'],
    title: {
      nl: 'Samenwerken met ouders: ervaringen delen',
      en: 'Working with parents: sharing experiences',
      fr: 'Collaborer avec les parents : partager nos expériences',
    },
    intro: {
      nl: 'Ouders zijn partners, maar ze verschillen sterk: in taal, in verwachtingen, in hoe vertrouwd ze zijn met school. Wat werkt bij jullie?',
      en: 'Parents are partners, but they differ a lot: in language, in expectations, in how familiar they are with school. What works for you?',
      fr: 'Les parents sont des partenaires, mais ils sont très différents : par la langue, les attentes, leur familiarité avec l’école. Qu’est-ce qui marche chez vous ?',
    },
    questions: [
      {
        nl: 'Welk oudercontact liep onlangs goed, en wat maakte het verschil? Vertel het zonder namen.',
        en: 'Which contact with parents went well recently, and what made the difference? Share it without names.',
        fr: 'Quel contact avec des parents s’est bien passé récemment, et qu’est-ce qui a fait la différence ? Racontez-le sans noms.',
      },
      {
        nl: 'Hoe bereik je ouders die je zelden op school ziet?',
        en: 'How do you reach parents you rarely see at school?',
        fr: 'Comment touchez-vous les parents que vous voyez rarement à l’école ?',
      },
      {
        nl: 'Hoe overbrug je een taalkloof in een gesprek: met een tolk, beelden, een andere ouder, eenvoudige taal?',
        en: 'How do you bridge a language gap in a conversation: with an interpreter, pictures, another parent, plain language?',
        fr: 'Comment surmontez-vous la barrière de la langue lors d’un entretien : un interprète, des images, un autre parent, un langage simple ?',
      },
      {
        nl: 'Welke tip geef je een collega voor het volgende oudercontact?',
        en: 'Which tip would you give a colleague for the next parents’ evening?',
        fr: 'Quel conseil donneriez-vous à un collègue pour la prochaine réunion de parents ?',
      },
    ],
  },
  {
    id: 'share-care-team',
    phase: 'sharing',
    audience: 'care-staff',
    tags: ['zorg', 'leerlingenbegeleiding', 'delen', 'professionalisering'],
    title: {
      nl: 'Wie is waarmee bezig in het zorgteam?',
      en: 'Who is working on what in the care team?',
      fr: 'Qui travaille sur quoi dans l’équipe de soins ?',
    },
    intro: {
      nl: 'In een zorgteam zit veel expertise, maar vaak weet je niet wat de anderen bijleren. Deel kort wat je meebracht uit een opleiding of een netwerk.',
      en: 'A care team holds a lot of expertise, but you often don’t know what the others are learning. Briefly share what you brought back from a course or a network.',
      fr: 'Une équipe de soins regorge d’expertise, mais on ignore souvent ce que les autres apprennent. Partagez brièvement ce que vous avez rapporté d’une formation ou d’un réseau.',
    },
    questions: [
      {
        nl: 'Welke opleiding, lectuur of netwerkbijeenkomst bracht je onlangs iets bij?',
        en: 'Which course, reading or network meeting taught you something recently?',
        fr: 'Quelle formation, lecture ou rencontre de réseau vous a appris quelque chose récemment ?',
      },
      {
        nl: 'Wat is meteen bruikbaar voor het team of voor leraren?',
        en: 'What is directly useful for the team or for teachers?',
        fr: 'Qu’est-ce qui est directement utile pour l’équipe ou pour les enseignants ?',
      },
      {
        nl: 'Voor welk soort zorgvraag mogen collega’s je voortaan aanspreken? Geef een voorbeeld zonder namen.',
        en: 'For which kind of care question may colleagues come to you from now on? Give an example without names.',
        fr: 'Pour quel type de demande d’accompagnement les collègues peuvent-ils désormais s’adresser à vous ? Donnez un exemple sans noms.',
      },
    ],
  },
  {
    id: 'share-student-teacher',
    phase: 'sharing',
    audience: 'student-teachers',
    tags: ['stage', 'delen', 'professionalisering'],
    title: {
      nl: 'Wat breng jij mee naar de school?',
      en: 'What do you bring to the school?',
      fr: 'Qu’apportez-vous à l’école ?',
    },
    intro: {
      nl: 'Stagiairs brengen verse ideeën en recente inzichten uit de opleiding mee. Een school kan daar veel aan hebben, als je ze deelt.',
      en: 'Student-teachers bring fresh ideas and recent insights from their training. A school can gain a lot from them, if you share them.',
      fr: 'Les stagiaires apportent des idées neuves et des connaissances récentes de leur formation. Une école peut en tirer beaucoup, si vous les partagez.',
    },
    questions: [
      {
        nl: 'Welk inzicht of welke werkvorm uit je opleiding kan het team hier gebruiken?',
        en: 'Which insight or activity from your training could the team here use?',
        fr: 'Quelle idée ou quelle activité de votre formation l’équipe pourrait-elle utiliser ici ?',
      },
      {
        nl: 'Hoe zou je het delen: een korte demo, een fiche, een gesprek met je mentor?',
        en: 'How would you share it: a short demo, a handout, a conversation with your mentor?',
        fr: 'Comment le partageriez-vous : une courte démonstration, une fiche, un échange avec votre mentor ?',
      },
      {
        nl: 'Wat heb je van de school geleerd dat je wil meenemen naar je opleiding?',
        en: 'What have you learned from the school that you want to take back to your training?',
        fr: 'Qu’avez-vous appris de l’école que vous voulez rapporter dans votre formation ?',
      },
    ],
  },
];
