import type { LibraryStarter } from '../starter.js';

/**
 * Phase "collegial-visit": preparing, doing and debriefing visits to each other's classes and schools.
 * Written by the Leerkring team in Dutch (the reference), with English and French versions.
 */
export const COLLEGIAL_VISIT_STARTERS: readonly LibraryStarter[] = [
  {
    id: 'visit-preparation',
    phase: 'collegial-visit',
    audience: 'everyone',
    tags: ['visitatie', 'hospiteren', 'leervraag', 'afspraken'],
    title: {
      nl: 'Een collegiaal bezoek voorbereiden',
      en: 'Preparing a collegial visit',
      fr: 'Préparer une visite entre collègues',
    },
    intro: {
      nl: 'Een bezoek levert het meest op als iedereen weet waarom hij of zij gaat kijken. Bereid het samen voor: bezoekers, gastklas en de collega’s die niet meegaan.',
      en: 'A visit yields the most when everyone knows why they are going to look. Prepare it together: visitors, host class and the colleagues who are not going.',
      fr: 'Une visite est plus riche quand chacun sait pourquoi il vient observer. Préparez-la ensemble : visiteurs, classe d’accueil et collègues qui ne se déplacent pas.',
    },
    questions: [
      {
        nl: 'Wat wil je tijdens het bezoek leren of zien, in het licht van onze leervraag?',
        en: 'What do you want to learn or see during the visit, in light of our learning question?',
        fr: 'Que voulez-vous apprendre ou voir pendant la visite, à la lumière de notre question d’apprentissage ?',
      },
      {
        nl: 'Welke vragen van collega’s die niet meegaan, neem je mee?',
        en: 'Which questions from colleagues who are not going do you take along?',
        fr: 'Quelles questions des collègues qui ne viennent pas emportez-vous avec vous ?',
      },
      {
        nl: 'Wat wil de klas of school die jullie ontvangt zelf graag tonen?',
        en: 'What would the class or school hosting you like to show?',
        fr: 'Que souhaite montrer la classe ou l’école qui vous accueille ?',
      },
      {
        nl: 'Wat moet praktisch geregeld zijn: tijdstip, opvang van je klas, wat je vooraf doorstuurt?',
        en: 'What needs to be arranged in practice: timing, cover for your class, what you send beforehand?',
        fr: 'Qu’est-ce qui doit être réglé en pratique : l’horaire, la prise en charge de votre classe, ce que vous envoyez à l’avance ?',
      },
    ],
  },
  {
    id: 'visit-host',
    phase: 'collegial-visit',
    audience: 'teachers',
    tags: ['hospiteren', 'visitatie', 'feedback'],
    title: {
      nl: 'Bezoek ontvangen in je klas',
      en: 'Hosting a visit in your class',
      fr: 'Accueillir une visite dans votre classe',
    },
    intro: {
      nl: 'Je klas openzetten vraagt moed. Bedenk vooraf wat je wil tonen en waarover je graag feedback krijgt.',
      en: 'Opening up your class takes courage. Decide beforehand what you want to show and what you would like feedback on.',
      fr: 'Ouvrir sa classe demande du courage. Réfléchissez à l’avance à ce que vous voulez montrer et aux points sur lesquels vous aimeriez un retour.',
    },
    questions: [
      {
        nl: 'Wat wil je de bezoeker laten zien, en waarom?',
        en: 'What do you want to show the visitor, and why?',
        fr: 'Que voulez-vous montrer à la personne qui vous rend visite, et pourquoi ?',
      },
      {
        nl: 'Over welke vraag wil je na afloop feedback?',
        en: 'On which question would you like feedback afterwards?',
        fr: 'Sur quelle question aimeriez-vous un retour après la visite ?',
      },
      {
        nl: 'Wat moet de bezoeker over je klas weten om te begrijpen wat hij of zij ziet? Hou het algemeen, zonder namen.',
        en: 'What does the visitor need to know about your class to understand what they see? Keep it general, without names.',
        fr: 'Que doit savoir la personne en visite sur votre classe pour comprendre ce qu’elle voit ? Restez dans les grandes lignes, sans noms.',
      },
      {
        nl: 'Hoe vertel je je leerlingen dat er iemand komt kijken?',
        en: 'How do you tell your pupils that someone is coming to watch?',
        fr: 'Comment annoncez-vous à vos élèves que quelqu’un vient observer ?',
      },
    ],
  },
  {
    id: 'visit-observation-focus',
    phase: 'collegial-visit',
    audience: 'teachers',
    tags: ['hospiteren', 'observatie', 'feedback'],
    title: {
      nl: 'Waar kijk je naar tijdens een bezoek?',
      en: 'What do you look at during a visit?',
      fr: 'Qu’observez-vous pendant une visite ?',
    },
    intro: {
      nl: 'Kijken is iets anders dan beoordelen. Kies één focus en noteer wat je ziet en hoort, niet wat je ervan vindt.',
      en: 'Observing is different from judging. Choose one focus and note what you see and hear, not what you think of it.',
      fr: 'Observer n’est pas juger. Choisissez un seul point d’attention et notez ce que vous voyez et entendez, pas ce que vous en pensez.',
    },
    questions: [
      {
        nl: 'Wat wordt je focus: de aanpak en werkvormen, de interactie tussen leraar en leerlingen, of iets uit je eigen leervraag?',
        en: 'What will your focus be: the approach and activities, the interaction between teacher and pupils, or something from your own learning question?',
        fr: 'Quel sera votre point d’attention : l’approche et les activités, l’interaction entre l’enseignant et les élèves, ou un élément de votre question d’apprentissage ?',
      },
      {
        nl: 'Noteer twee of drie concrete dingen die je zag of hoorde, zonder namen.',
        en: 'Note two or three concrete things you saw or heard, without names.',
        fr: 'Notez deux ou trois choses concrètes que vous avez vues ou entendues, sans noms.',
      },
      {
        nl: 'Welke vraag wil je na het bezoek aan je collega stellen?',
        en: 'Which question do you want to ask your colleague after the visit?',
        fr: 'Quelle question voulez-vous poser à votre collègue après la visite ?',
      },
    ],
  },
  {
    id: 'visit-debrief',
    phase: 'collegial-visit',
    audience: 'everyone',
    tags: ['visitatie', 'hospiteren', 'feedback', 'delen'],
    title: {
      nl: 'Na het bezoek: wat neem je mee?',
      en: 'After the visit: what do you take away?',
      fr: 'Après la visite : que retenez-vous ?',
    },
    intro: {
      nl: 'Een bezoek is pas af als je erover nagepraat hebt. Blik terug, geef iets terug aan de collega’s die je ontvingen en kies wat je zelf uitprobeert.',
      en: 'A visit is only complete once you have talked it through. Look back, give something back to your hosts and choose what you will try yourself.',
      fr: 'Une visite n’est complète qu’une fois qu’on en a parlé. Faites le point, offrez un retour à vos hôtes et choisissez ce que vous allez essayer vous-même.',
    },
    questions: [
      {
        nl: 'Wat is je het meest bijgebleven, en waarom?',
        en: 'What stayed with you most, and why?',
        fr: 'Que retenez-vous surtout, et pourquoi ?',
      },
      {
        nl: 'Wat zegt het bezoek over onze leervraag?',
        en: 'What does the visit tell us about our learning question?',
        fr: 'Qu’est-ce que la visite nous apprend sur notre question d’apprentissage ?',
      },
      {
        nl: 'Welke feedback of welk compliment geef je aan de collega’s die je ontvingen?',
        en: 'What feedback or compliment do you give your hosts?',
        fr: 'Quel retour ou quel compliment adressez-vous à vos hôtes ?',
      },
      {
        nl: 'Wat probeer je zelf uit in je klas, en wanneer?',
        en: 'What will you try out in your own class, and when?',
        fr: 'Qu’allez-vous essayer dans votre classe, et quand ?',
      },
      {
        nl: 'Wat vertel je aan de collega’s die niet mee waren?',
        en: 'What will you tell the colleagues who did not come along?',
        fr: 'Que raconterez-vous aux collègues qui n’étaient pas du voyage ?',
      },
    ],
  },
  {
    id: 'visit-other-school',
    phase: 'collegial-visit',
    audience: 'facilitators',
    tags: ['visitatie', 'lerend-netwerk', 'afspraken', 'tijd'],
    title: {
      nl: 'Op bezoek in een andere school',
      en: 'Visiting another school',
      fr: 'En visite dans une autre école',
    },
    intro: {
      nl: 'Kijken in een school die met dezelfde vraag bezig is, ook uit een ander net, opent je ogen. Zo’n bezoek vraagt wel wat organisatie.',
      en: 'Looking at a school that works on the same question, even one from another school network, opens your eyes. Such a visit does take some organising.',
      fr: 'Observer une école qui travaille sur la même question, même d’un autre réseau d’enseignement, ouvre les yeux. Une telle visite demande toutefois un peu d’organisation.',
    },
    questions: [
      {
        nl: 'Welke school werkt aan een vraag die op de onze lijkt, en hoe leggen we contact?',
        en: 'Which school is working on a question similar to ours, and how do we get in touch?',
        fr: 'Quelle école travaille sur une question proche de la nôtre, et comment prendre contact ?',
      },
      {
        nl: 'Wie gaat mee, en wie vangt hun klassen op, bijvoorbeeld een stagiair of een co-teacher?',
        en: 'Who goes along, and who looks after their classes, for example a student-teacher or a co-teacher?',
        fr: 'Qui participe, et qui prend leurs classes en charge, par exemple un ou une stagiaire ou un co-enseignant ?',
      },
      {
        nl: 'Wat willen we te weten komen over hoe zij hun werking en hun professionalisering organiseren?',
        en: 'What do we want to find out about how they organise their school and their professional learning?',
        fr: 'Que voulons-nous découvrir sur la manière dont ils organisent leur fonctionnement et leur formation continue ?',
      },
      {
        nl: 'Hoe delen we achteraf met het hele team wat we zagen?',
        en: 'How do we share what we saw with the whole team afterwards?',
        fr: 'Comment partageons-nous ensuite ce que nous avons vu avec toute l’équipe ?',
      },
    ],
  },
  {
    id: 'visit-shadow-care',
    phase: 'collegial-visit',
    audience: 'care-staff',
    tags: ['zorg', 'leerlingenbegeleiding', 'hospiteren', 'samenwerking'],
    title: {
      nl: 'Een dag meelopen met de leerlingenbegeleiding',
      en: 'Shadowing pupil support for a day',
      fr: 'Une journée aux côtés de l’accompagnement des élèves',
    },
    intro: {
      nl: 'Leraren die eens meelopen met een leerlingenbegeleider, zien hoe een gesprek met leerlingen of ouders aangepakt wordt. Zo bereid je zo’n dag voor.',
      en: 'Teachers who shadow a pupil support worker see how a conversation with pupils or parents is handled. This is how you prepare such a day.',
      fr: 'Les enseignants qui suivent un membre de l’accompagnement des élèves voient comment se mène un entretien avec des élèves ou des parents. Voici comment préparer une telle journée.',
    },
    questions: [
      {
        nl: 'Wat zou een leraar die met jou meeloopt zeker moeten zien: een gesprek, een overleg, het contact met het CLB?',
        en: 'What should a teacher who shadows you be sure to see: a conversation, a meeting, the contact with the CLB?',
        fr: 'Que devrait voir à coup sûr un enseignant qui vous accompagne une journée : un entretien, une concertation, le contact avec le CLB ?',
      },
      {
        nl: 'Welke afspraken maak je vooraf over vertrouwelijkheid? Wat jullie achteraf bespreken, blijft zonder namen.',
        en: 'Which agreements do you make beforehand about confidentiality? What you discuss afterwards stays without names.',
        fr: 'Quels accords concluez-vous à l’avance sur la confidentialité ? Ce dont vous parlez ensuite reste sans noms.',
      },
      {
        nl: 'Wat houdt leraren soms tegen om zelf een moeilijk gesprek met leerlingen aan te gaan?',
        en: 'What sometimes holds teachers back from starting a difficult conversation with pupils themselves?',
        fr: 'Qu’est-ce qui retient parfois les enseignants d’engager eux-mêmes une conversation difficile avec des élèves ?',
      },
      {
        nl: 'Wat wil jij op jouw beurt leren uit de klaspraktijk van de leraar?',
        en: 'What do you in turn want to learn from the teacher’s classroom practice?',
        fr: 'Qu’aimeriez-vous, à votre tour, apprendre de la pratique de classe de l’enseignant ?',
      },
    ],
  },
  {
    id: 'visit-student-teacher',
    phase: 'collegial-visit',
    audience: 'student-teachers',
    tags: ['stage', 'hospiteren', 'observatie', 'feedback'],
    title: {
      nl: 'Observeren bij een medestudent of je mentor',
      en: 'Observing a fellow student or your mentor',
      fr: 'Observer un autre étudiant ou votre mentor',
    },
    intro: {
      nl: 'Kijken in de les van een ander is een van de snelste manieren om bij te leren. Spreek vooraf af waarop je let.',
      en: 'Watching someone else’s lesson is one of the fastest ways to learn. Agree beforehand on what you will pay attention to.',
      fr: 'Observer la leçon de quelqu’un d’autre est l’un des moyens les plus rapides d’apprendre. Convenez à l’avance de ce que vous allez observer.',
    },
    questions: [
      {
        nl: 'Waarop wil je letten, en waarom is dat belangrijk voor jou?',
        en: 'What do you want to pay attention to, and why does it matter to you?',
        fr: 'À quoi voulez-vous prêter attention, et pourquoi est-ce important pour vous ?',
      },
      {
        nl: 'Wat zag je dat je zelf wil overnemen?',
        en: 'What did you see that you want to adopt yourself?',
        fr: 'Qu’avez-vous vu que vous voulez reprendre à votre compte ?',
      },
      {
        nl: 'Welke feedback geef je achteraf? Probeer één sterk punt en één vraag.',
        en: 'What feedback do you give afterwards? Try one strength and one question.',
        fr: 'Quel retour faites-vous ensuite ? Essayez un point fort et une question.',
      },
    ],
  },
];
