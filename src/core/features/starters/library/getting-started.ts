import type { LibraryStarter } from '../starter.js';

/**
 * Phase "getting-started": opening a PLG or learning network, welcoming newcomers and student-teachers.
 * Written by the Leerkring team in Dutch (the reference), with English and French versions.
 * Themes come from the domain briefs; no outside text is reproduced.
 */
export const GETTING_STARTED_STARTERS: readonly LibraryStarter[] = [
  {
    id: 'appreciative-opener',
    phase: 'getting-started',
    audience: 'everyone',
    tags: ['waarderend', 'diversiteit'],
    title: {
      nl: 'Wat doen we al?',
      en: 'What are we already doing?',
      fr: 'Que faisons-nous déjà ?',
    },
    intro: {
      nl: 'We beginnen niet bij wat ontbreekt, maar bij wat al goed loopt. Zo vinden we sneller een leervraag die echt van ons is.',
      en: 'We don’t start from what is missing but from what already works. That way we find a learning question that is truly ours more quickly.',
      fr: 'Nous ne partons pas de ce qui manque, mais de ce qui fonctionne déjà. Ainsi, nous trouvons plus vite une question d’apprentissage qui est vraiment la nôtre.',
    },
    questions: [
      {
        nl: 'Wat loopt er nu al goed in je klas of op school, iets waar je stiekem trots op bent?',
        en: 'What is already going well in your class or at school, something you are quietly proud of?',
        fr: 'Qu’est-ce qui marche déjà bien dans votre classe ou à l’école, quelque chose dont vous êtes secrètement fier ou fière ?',
      },
      {
        nl: 'Welke aanpak werkt goed in een klas waar leerlingen sterk van elkaar verschillen?',
        en: 'Which approach works well in a class where pupils differ a lot from each other?',
        fr: 'Quelle approche fonctionne bien dans une classe où les élèves sont très différents les uns des autres ?',
      },
      {
        nl: 'Waaraan zie je dat het werkt: aan de leerlingen, de sfeer of de resultaten?',
        en: 'How can you tell that it works: from the pupils, the atmosphere or the results?',
        fr: 'À quoi voyez-vous que cela marche : aux élèves, à l’ambiance ou aux résultats ?',
      },
      {
        nl: 'Welke sterkte van een collega zou het hele team beter mogen kennen?',
        en: 'Which strength of a colleague deserves to be better known by the whole team?',
        fr: 'Quel point fort d’un ou d’une collègue mériterait d’être mieux connu de toute l’équipe ?',
      },
    ],
    links: [
      {
        label: {
          nl: 'Meer gespreksstarters: de Potential-kaarten (Potential to Teach)',
          en: 'More conversation starters: the Potential cards (Potential to Teach, in Dutch)',
          fr: 'D’autres amorces : les cartes Potential (Potential to Teach, en néerlandais)',
        },
        url: 'https://gespreksstarters.potentialtoteach.be/',
      },
    ],
  },
  {
    id: 'step-plan-part-1',
    phase: 'getting-started',
    audience: 'everyone',
    tags: ['stappenplan', 'leervraag', 'afspraken'],
    title: {
      nl: 'Stappenplan deel 1: wat, wie en hoe',
      en: 'Step plan part 1: what, who and how',
      fr: 'Plan par étapes, partie 1 : quoi, qui et comment',
    },
    intro: {
      nl: 'Zonder houvast verwatert een leertraject snel. In twee korte delen zetten we de bouwstenen op een rij; dit is deel 1.',
      en: 'Without something to hold on to, a learning path soon loses its way. In two short parts we line up the building blocks; this is part 1.',
      fr: 'Sans repères, un parcours d’apprentissage s’essouffle vite. En deux courtes parties, nous passons en revue les éléments de base ; voici la partie 1.',
    },
    questions: [
      {
        nl: 'Wat willen we samen leren? Probeer het in één zin te zeggen.',
        en: 'What do we want to learn together? Try to say it in one sentence.',
        fr: 'Que voulons-nous apprendre ensemble ? Essayez de le dire en une phrase.',
      },
      {
        nl: 'Wie betrekken we erbij: welke collega’s, en misschien ook de zorgcoördinator, een pedagogisch begeleider, de lerarenopleiding of stagiairs?',
        en: 'Whom do we involve: which colleagues, and perhaps also the care coordinator, a pedagogical adviser, teacher education or student-teachers?',
        fr: 'Qui impliquons-nous : quels collègues, et peut-être aussi le coordinateur de soins, un conseiller pédagogique, la formation des enseignants ou des stagiaires ?',
      },
      {
        nl: 'Hoe organiseren we ons: wanneer komen we samen, hoe vaak, en op school of online?',
        en: 'How do we organise ourselves: when do we meet, how often, and at school or online?',
        fr: 'Comment nous organisons-nous : quand nous réunissons-nous, à quelle fréquence, à l’école ou en ligne ?',
      },
    ],
  },
  {
    id: 'step-plan-part-2',
    phase: 'getting-started',
    audience: 'everyone',
    tags: ['stappenplan', 'leervraag', 'professionalisering'],
    title: {
      nl: 'Stappenplan deel 2: kennis, hulp en een eerste stap',
      en: 'Step plan part 2: knowledge, help and a first step',
      fr: 'Plan par étapes, partie 2 : savoirs, aide et premier pas',
    },
    intro: {
      nl: 'Deel 2 van het stappenplan: we kijken wat we al weten, wie ons kan helpen en hoe we concreet beginnen.',
      en: 'Part 2 of the step plan: we look at what we already know, who can help us and how we actually begin.',
      fr: 'Partie 2 du plan par étapes : nous regardons ce que nous savons déjà, qui peut nous aider et comment nous commençons concrètement.',
    },
    questions: [
      {
        nl: 'Welke kennis en ervaring hebben we zelf al in huis, en wat missen we nog?',
        en: 'What knowledge and experience do we already have among us, and what are we still missing?',
        fr: 'Quels savoirs et quelle expérience avons-nous déjà entre nous, et que nous manque-t-il encore ?',
      },
      {
        nl: 'Bij wie of wat vinden we hulp: een collega, een andere school, de pedagogische begeleiding, een boek, een opleiding?',
        en: 'Where can we find help: a colleague, another school, the pedagogical advisory service, a book, a course?',
        fr: 'Où trouver de l’aide : un ou une collègue, une autre école, le service d’accompagnement pédagogique, un livre, une formation ?',
      },
      {
        nl: 'Hoe beginnen we: wat is de eerste kleine stap, en wie zet die vóór onze volgende bijeenkomst?',
        en: 'How do we begin: what is the first small step, and who takes it before our next meeting?',
        fr: 'Comment commençons-nous : quel est le premier petit pas, et qui le fait avant notre prochaine rencontre ?',
      },
    ],
  },
  {
    id: 'how-do-we-learn',
    phase: 'getting-started',
    audience: 'teachers',
    tags: ['professionalisering', 'samenwerking'],
    title: {
      nl: 'Hoe leer jij eigenlijk?',
      en: 'How do you actually learn?',
      fr: 'Comment apprenez-vous, au fond ?',
    },
    intro: {
      nl: 'Professionaliseren is meer dan een nascholing volgen. Kijk even hoe je nu bijleert, en hoe je het liever zou doen.',
      en: 'Professional learning is more than attending a course. Take a moment to look at how you learn now, and how you would rather do it.',
      fr: 'Se former, c’est plus que suivre une formation. Prenez un instant pour regarder comment vous apprenez aujourd’hui, et comment vous aimeriez le faire.',
    },
    questions: [
      {
        nl: 'Waar heb je het voorbije jaar het meest van bijgeleerd, en hoe kwam dat?',
        en: 'What did you learn the most from over the past year, and why was that?',
        fr: 'Qu’est-ce qui vous a le plus appris cette dernière année, et pourquoi ?',
      },
      {
        nl: 'Leer je vooral op school zelf of daarbuiten, op een opleiding of studiedag? Waar zou je meer van willen?',
        en: 'Do you learn mainly at school itself or elsewhere, at a course or a study day? What would you like more of?',
        fr: 'Apprenez-vous surtout à l’école même ou ailleurs, en formation ou lors d’une journée d’étude ? De quoi voudriez-vous davantage ?',
      },
      {
        nl: 'Leer je eerder informeel, in een babbel bij de koffie, of in een vaste vorm? Wat past bij jou?',
        en: 'Do you tend to learn informally, in a chat over coffee, or in a set format? What suits you?',
        fr: 'Apprenez-vous plutôt de manière informelle, autour d’un café, ou dans un cadre fixe ? Qu’est-ce qui vous convient ?',
      },
      {
        nl: 'Wat zou je helpen om samen met collega’s te leren in plaats van alleen?',
        en: 'What would help you learn together with colleagues instead of on your own?',
        fr: 'Qu’est-ce qui vous aiderait à apprendre avec des collègues plutôt qu’en solo ?',
      },
    ],
  },
  {
    id: 'group-agreements',
    phase: 'getting-started',
    audience: 'facilitators',
    tags: ['afspraken', 'procesbegeleiding', 'samenwerking'],
    title: {
      nl: 'Goede afspraken voor onze groep',
      en: 'Good agreements for our group',
      fr: 'De bons accords pour notre groupe',
    },
    intro: {
      nl: 'Als begeleider help je de groep om heldere afspraken te maken: wie verwacht wat, en hoe pakken we het aan? Duidelijkheid bij de start voorkomt veel gedoe later.',
      en: 'As the facilitator you help the group make clear agreements: who expects what, and how will we go about it? Clarity at the start prevents a lot of trouble later.',
      fr: 'En tant qu’accompagnateur, vous aidez le groupe à conclure des accords clairs : qui attend quoi, et comment nous y prenons-nous ? La clarté au départ évite bien des soucis par la suite.',
    },
    questions: [
      {
        nl: 'Wat verwacht elk groepslid van dit traject, en wat mag de groep van hem of haar verwachten?',
        en: 'What does each member expect from this path, and what may the group expect from them?',
        fr: 'Qu’attend chaque membre de ce parcours, et que peut attendre le groupe de chacun ?',
      },
      {
        nl: 'Wie neemt welke actie op, en wie houdt het overzicht?',
        en: 'Who takes on which action, and who keeps the overview?',
        fr: 'Qui prend en charge quelle action, et qui garde une vue d’ensemble ?',
      },
      {
        nl: 'Wat blijft binnen de groep, en wat mogen we delen met de rest van de school?',
        en: 'What stays within the group, and what may we share with the rest of the school?',
        fr: 'Qu’est-ce qui reste dans le groupe, et que pouvons-nous partager avec le reste de l’école ?',
      },
      {
        nl: 'Hoe gaan we om met afwezigheid of een drukke periode, zodat niemand afhaakt?',
        en: 'How do we deal with absence or a busy period, so that nobody drops out?',
        fr: 'Comment gérons-nous les absences ou une période chargée, pour que personne ne décroche ?',
      },
    ],
  },
  {
    id: 'network-kickoff',
    phase: 'getting-started',
    audience: 'facilitators',
    tags: ['lerend-netwerk', 'samenwerking', 'leervraag'],
    title: {
      nl: 'Een lerend netwerk opstarten',
      en: 'Starting a learning network',
      fr: 'Lancer un réseau apprenant',
    },
    intro: {
      nl: 'In een lerend netwerk leren scholen van elkaar. Bij de start is het goed om te weten wat elke school meebrengt en zoekt.',
      en: 'In a learning network, schools learn from each other. At the start it helps to know what each school brings and is looking for.',
      fr: 'Dans un réseau apprenant, les écoles apprennent les unes des autres. Au départ, il est utile de savoir ce que chaque école apporte et recherche.',
    },
    questions: [
      {
        nl: 'Met welke vraag komt jouw school naar het netwerk?',
        en: 'What question does your school bring to the network?',
        fr: 'Quelle question votre école apporte-t-elle au réseau ?',
      },
      {
        nl: 'Wat zou jouw school de andere scholen kunnen leren?',
        en: 'What could your school teach the other schools?',
        fr: 'Qu’est-ce que votre école pourrait apprendre aux autres écoles ?',
      },
      {
        nl: 'Wanneer komen we liefst fysiek samen en wanneer werken we online, met het oog op afstand en lesroosters?',
        en: 'When do we prefer to meet in person and when do we work online, given distances and timetables?',
        fr: 'Quand préférons-nous nous voir en présentiel et quand travaillons-nous en ligne, compte tenu des distances et des horaires ?',
      },
      {
        nl: 'Wie is in elke school het vaste aanspreekpunt voor het netwerk?',
        en: 'Who is the fixed contact person for the network in each school?',
        fr: 'Qui est la personne de contact attitrée du réseau dans chaque école ?',
      },
    ],
  },
  {
    id: 'newcomer-welcome',
    phase: 'getting-started',
    audience: 'teachers',
    tags: ['starters', 'onthaal', 'welbevinden'],
    title: {
      nl: 'Je eerste weken op een nieuwe school',
      en: 'Your first weeks at a new school',
      fr: 'Vos premières semaines dans une nouvelle école',
    },
    intro: {
      nl: 'Nieuw zijn is veel tegelijk: een school, collega’s, lessen en klassen leren kennen. Deze vragen helpen je om stil te staan bij wat je nodig hebt.',
      en: 'Being new means a lot at once: getting to know a school, colleagues, lessons and classes. These questions help you pause on what you need.',
      fr: 'Arriver dans une école, c’est beaucoup de choses à la fois : découvrir l’école, les collègues, les cours et les classes. Ces questions vous aident à faire le point sur vos besoins.',
    },
    questions: [
      {
        nl: 'Wat loopt al goed sinds je hier begonnen bent?',
        en: 'What is already going well since you started here?',
        fr: 'Qu’est-ce qui se passe déjà bien depuis votre arrivée ?',
      },
      {
        nl: 'Wat is nog onduidelijk: afspraken, systemen, wie je waarvoor aanspreekt?',
        en: 'What is still unclear: agreements, systems, whom to ask about what?',
        fr: 'Qu’est-ce qui reste flou : les accords, les outils, à qui vous adresser pour quoi ?',
      },
      {
        nl: 'Bij wie kan je terecht als je twijfelt?',
        en: 'Who can you turn to when you are in doubt?',
        fr: 'Vers qui pouvez-vous vous tourner en cas de doute ?',
      },
      {
        nl: 'Wat zou je werk de komende weken wat lichter maken?',
        en: 'What would make your work a bit lighter in the coming weeks?',
        fr: 'Qu’est-ce qui allégerait un peu votre travail dans les semaines à venir ?',
      },
    ],
  },
  {
    id: 'newcomer-buddy',
    phase: 'getting-started',
    audience: 'teachers',
    tags: ['starters', 'onthaal', 'lerarentekort'],
    title: {
      nl: 'Buddy van een nieuwe collega',
      en: 'Buddy to a new colleague',
      fr: 'En binôme avec une nouvelle recrue',
    },
    intro: {
      nl: 'Door het lerarentekort komen er vaak nieuwe collega’s bij, soms midden in het jaar, en een buddy maakt dan het verschil. Denk na over hoe jij die rol invult.',
      en: 'Because of the teacher shortage, new colleagues often join, sometimes in the middle of the year, and a buddy then makes all the difference. Think about how you take on that role.',
      fr: 'Avec la pénurie d’enseignants, de nouvelles recrues arrivent souvent, parfois en cours d’année, et un binôme fait alors toute la différence. Réfléchissez à la manière dont vous remplissez ce rôle.',
    },
    questions: [
      {
        nl: 'Wat had jij zelf nodig toen je nieuw was, en wat miste je?',
        en: 'What did you need yourself when you were new, and what did you miss?',
        fr: 'De quoi aviez-vous besoin à votre arrivée, et qu’est-ce qui vous a manqué ?',
      },
      {
        nl: 'Welke praktische zaken leg je je nieuwe collega best meteen uit?',
        en: 'Which practical matters should you explain to your new colleague straight away?',
        fr: 'Quels aspects pratiques vaut-il mieux expliquer tout de suite à la nouvelle recrue ?',
      },
      {
        nl: 'Hoe vaak en wanneer spreken jullie af, zodat het ook in drukke weken lukt?',
        en: 'How often and when will you meet, so that it also works in busy weeks?',
        fr: 'À quelle fréquence et quand vous voyez-vous, pour que cela tienne aussi pendant les semaines chargées ?',
      },
      {
        nl: 'Wat hoort niet bij jouw rol als buddy, en naar wie verwijs je dan door?',
        en: 'What is not part of your role as a buddy, and whom do you refer to then?',
        fr: 'Qu’est-ce qui ne fait pas partie de votre rôle dans le binôme, et vers qui orientez-vous alors ?',
      },
    ],
  },
  {
    id: 'student-teacher-arrival',
    phase: 'getting-started',
    audience: 'student-teachers',
    tags: ['stage', 'samenwerking', 'leervraag'],
    title: {
      nl: 'Starten op je stageschool',
      en: 'Starting at your placement school',
      fr: 'Débuter dans votre école de stage',
    },
    intro: {
      nl: 'Een stage is meer dan lesgeven in één klas: je bent even lid van een schoolteam. Wat wil je daar leren?',
      en: 'A placement is more than teaching in one class: for a while you are a member of a school team. What do you want to learn there?',
      fr: 'Un stage, c’est plus qu’enseigner dans une classe : pendant un temps, vous faites partie d’une équipe. Qu’aimeriez-vous y apprendre ?',
    },
    questions: [
      {
        nl: 'Wat wil je tijdens deze stage vooral leren, naast je lessen?',
        en: 'What do you mainly want to learn during this placement, beyond your lessons?',
        fr: 'Que voulez-vous surtout apprendre pendant ce stage, en plus de vos leçons ?',
      },
      {
        nl: 'Hoe wil je deel uitmaken van het team: meedoen aan overleg, een personeelsvergadering, een oudercontact?',
        en: 'How do you want to be part of the team: joining meetings, a staff meeting, a parents’ evening?',
        fr: 'Comment voulez-vous faire partie de l’équipe : participer aux concertations, à une réunion du personnel, à une réunion de parents ?',
      },
      {
        nl: 'Wat wil je je mentor in de eerste week vragen?',
        en: 'What do you want to ask your mentor in the first week?',
        fr: 'Que voulez-vous demander à votre mentor pendant la première semaine ?',
      },
      {
        nl: 'Welke kennis uit je opleiding zou je in deze school graag eens uitproberen?',
        en: 'What knowledge from your training would you like to try out at this school?',
        fr: 'Quelles connaissances de votre formation aimeriez-vous mettre à l’essai dans cette école ?',
      },
    ],
  },
  {
    id: 'mentor-kickoff',
    phase: 'getting-started',
    audience: 'teachers',
    tags: ['mentoraat', 'stage', 'feedback'],
    title: {
      nl: 'Mentor van een stagiair: goed beginnen',
      en: 'Mentoring a student-teacher: a good start',
      fr: 'Accompagner un ou une stagiaire : bien démarrer',
    },
    intro: {
      nl: 'Als mentor leer je zelf ook bij. Maak bij de start samen met je stagiair duidelijk wat jullie van elkaar verwachten.',
      en: 'As a mentor you learn too. At the start, make clear together with your student-teacher what you expect of each other.',
      fr: 'En tant que mentor, vous apprenez vous aussi. Au départ, clarifiez avec votre stagiaire ce que vous attendez l’un de l’autre.',
    },
    questions: [
      {
        nl: 'Wat wil je dat je stagiair in jouw klas en school zeker meemaakt?',
        en: 'What would you like your student-teacher to be sure to experience in your class and school?',
        fr: 'Que souhaitez-vous que votre stagiaire vive à coup sûr dans votre classe et votre école ?',
      },
      {
        nl: 'Wanneer en hoe geven jullie elkaar feedback, en hoe hou je dat haalbaar?',
        en: 'When and how will you give each other feedback, and how do you keep that manageable?',
        fr: 'Quand et comment vous faites-vous mutuellement des retours, et comment garder cela faisable ?',
      },
      {
        nl: 'Wat kan jij leren van wat je stagiair meebrengt uit de opleiding?',
        en: 'What can you learn from what your student-teacher brings from their training?',
        fr: 'Que pouvez-vous apprendre de ce que votre stagiaire apporte de sa formation ?',
      },
      {
        nl: 'Hoeveel tijd heb je realistisch gezien voor de begeleiding, en wat heb je daarvoor nodig van de school?',
        en: 'Realistically, how much time do you have for mentoring, and what do you need from the school for it?',
        fr: 'De combien de temps disposez-vous réellement pour l’accompagnement, et de quoi avez-vous besoin de la part de l’école ?',
      },
    ],
  },
];
