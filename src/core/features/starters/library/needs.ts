import type { LibraryStarter } from '../starter.js';

/**
 * Phase "needs": surfacing needs and shaping a shared learning question.
 * Written by the Leerkring team in Dutch (the reference), with English and French versions.
 */
export const NEEDS_STARTERS: readonly LibraryStarter[] = [
  {
    id: 'help-to-learning-question',
    phase: 'needs',
    audience: 'everyone',
    tags: ['leervraag', 'professionalisering'],
    title: {
      nl: 'Van hulpvraag naar leervraag',
      en: 'From a request for help to a learning question',
      fr: 'De la demande d’aide à la question d’apprentissage',
    },
    intro: {
      nl: 'Een hulpvraag zoekt een oplossing voor vandaag; een leervraag maakt je sterker voor de volgende keer dat iets vergelijkbaars opduikt. Zo buig je de ene om naar de andere.',
      en: 'A request for help looks for a fix for today; a learning question makes you stronger for the next time something similar comes up. This is how you turn one into the other.',
      fr: 'Une demande d’aide cherche une solution pour aujourd’hui ; une question d’apprentissage vous donne plus de ressources pour la prochaine situation semblable. Voici comment passer de l’une à l’autre.',
    },
    questions: [
      {
        nl: 'Met welke situatie zit je nu in de knoop? Beschrijf ze kort, zonder namen.',
        en: 'Which situation are you struggling with right now? Describe it briefly, without names.',
        fr: 'Quelle situation vous pose problème en ce moment ? Décrivez-la brièvement, sans noms.',
      },
      {
        nl: 'Wat zou je willen dat iemand gewoon voor je oplost?',
        en: 'What would you like someone to simply solve for you?',
        fr: 'Qu’aimeriez-vous que quelqu’un résolve simplement à votre place ?',
      },
      {
        nl: 'Wat wil je zelf leren, zodat je dit soort situaties de volgende keer zelf aankan?',
        en: 'What do you want to learn, so that you can handle this kind of situation yourself next time?',
        fr: 'Qu’aimeriez-vous apprendre pour affronter vous-même ce genre de situation la prochaine fois ?',
      },
      {
        nl: 'Schrijf je leervraag op als “Hoe kan ik …?” of “Hoe kunnen wij …?”.',
        en: 'Write down your learning question as “How can I …?” or “How can we …?”.',
        fr: 'Formulez votre question d’apprentissage sous la forme « Comment puis-je… ? » ou « Comment pouvons-nous… ? ».',
      },
    ],
  },
  {
    id: 'my-learning-wish',
    phase: 'needs',
    audience: 'teachers',
    tags: ['leervraag', 'professionalisering', 'diversiteit'],
    title: {
      nl: 'Waarin wil ik sterker worden?',
      en: 'Where do I want to grow stronger?',
      fr: 'Dans quel domaine ai-je envie de progresser ?',
    },
    intro: {
      nl: 'Een goede leervraag vertrekt bij jezelf. Neem twee minuten om te voelen waar je goesting en je twijfels liggen.',
      en: 'A good learning question starts with you. Take two minutes to sense where your enthusiasm and your doubts lie.',
      fr: 'Une bonne question d’apprentissage part de vous. Prenez deux minutes pour sentir où se trouvent votre envie et vos doutes.',
    },
    questions: [
      {
        nl: 'Wat wil je dit jaar nog bijleren voor je eigen klas?',
        en: 'What do you still want to learn for your own class this year?',
        fr: 'Que voulez-vous encore apprendre pour votre propre classe cette année ?',
      },
      {
        nl: 'In welke situatie voel je je minder zeker, bijvoorbeeld in een heel diverse klas?',
        en: 'In which situation do you feel less confident, for example in a very diverse class?',
        fr: 'Dans quelle situation êtes-vous moins à l’aise, par exemple dans une classe très diverse ?',
      },
      {
        nl: 'Wat heeft ons team nodig om daar samen sterker in te worden?',
        en: 'What does our team need to grow stronger in this together?',
        fr: 'De quoi notre équipe a-t-elle besoin pour progresser ensemble sur ce point ?',
      },
    ],
  },
  {
    id: 'learn-from-each-other',
    phase: 'needs',
    audience: 'everyone',
    tags: ['samenwerking', 'lerend-netwerk', 'leervraag'],
    title: {
      nl: 'Wat willen we van elkaar leren?',
      en: 'What do we want to learn from each other?',
      fr: 'Qu’avons-nous envie d’apprendre les uns des autres ?',
    },
    intro: {
      nl: 'In onze groep zitten mensen met verschillende rollen: leraren, stagiairs, een lerarenopleider, een pedagogisch begeleider, zorgcollega’s. Iedereen brengt iets anders mee.',
      en: 'Our group brings together different roles: teachers, student-teachers, a teacher educator, a pedagogical adviser, care colleagues. Everyone brings something different.',
      fr: 'Notre groupe réunit des rôles différents : enseignants, stagiaires, formateur d’enseignants, conseiller pédagogique, collègues de l’accompagnement des élèves. Chacun apporte quelque chose de différent.',
    },
    questions: [
      {
        nl: 'Wat wil jij leren van iemand met een andere rol in deze groep?',
        en: 'What would you like to learn from someone with a different role in this group?',
        fr: 'Qu’aimeriez-vous apprendre de quelqu’un qui a un autre rôle dans ce groupe ?',
      },
      {
        nl: 'Wat kan jij de anderen bieden vanuit jouw rol?',
        en: 'What can you offer the others from your own role?',
        fr: 'Qu’est-ce que vous pouvez offrir aux autres à partir de votre rôle ?',
      },
      {
        nl: 'Wie ontbreekt er nog in deze groep, en waarom zou die persoon een verschil maken?',
        en: 'Who is still missing from this group, and why would that person make a difference?',
        fr: 'Qui manque encore dans ce groupe, et pourquoi cette personne ferait-elle la différence ?',
      },
    ],
  },
  {
    id: 'diversity-meaning',
    phase: 'needs',
    audience: 'everyone',
    tags: ['diversiteit', 'gelijke-kansen', 'leervraag'],
    title: {
      nl: 'Diversiteit: wat bedoelen we ermee?',
      en: 'Diversity: what do we mean by it?',
      fr: 'La diversité : qu’entendons-nous par là ?',
    },
    intro: {
      nl: 'Iedereen verstaat iets anders onder diversiteit. Voor we er samen rond werken, is het goed om te horen wat elk van ons ermee bedoelt.',
      en: 'Everyone understands something different by diversity. Before we work on it together, it helps to hear what each of us means by it.',
      fr: 'Chacun met autre chose derrière le mot diversité. Avant d’y travailler ensemble, il est utile d’entendre ce que chacun veut dire par là.',
    },
    questions: [
      {
        nl: 'Aan welke verschillen tussen leerlingen denk je als eerste bij het woord “diversiteit”?',
        en: 'Which differences between pupils come to mind first when you hear the word “diversity”?',
        fr: 'À quelles différences entre élèves pensez-vous en premier quand vous entendez le mot « diversité » ?',
      },
      {
        nl: 'Welke verschillen zie je als een troef in je klas, en welke als een uitdaging?',
        en: 'Which differences do you see as an asset in your class, and which as a challenge?',
        fr: 'Quelles différences voyez-vous comme un atout dans votre classe, et lesquelles comme un défi ?',
      },
      {
        nl: 'Wat betekent een inclusieve school voor jou, in één zin?',
        en: 'What does an inclusive school mean to you, in one sentence?',
        fr: 'Que signifie pour vous une école inclusive, en une phrase ?',
      },
      {
        nl: 'Welke eigen ervaring of overtuiging bepaalt mee hoe jij ernaar kijkt?',
        en: 'Which experience or belief of your own shapes the way you look at it?',
        fr: 'Quelle expérience ou conviction personnelle influence votre regard sur la question ?',
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
    id: 'multilingual-classroom',
    phase: 'needs',
    audience: 'teachers',
    tags: ['meertaligheid', 'diversiteit', 'gelijke-kansen'],
    title: {
      nl: 'Meertaligheid in je klas',
      en: 'Multilingualism in your class',
      fr: 'Le multilinguisme dans votre classe',
    },
    intro: {
      nl: 'In veel klassen, zeker in Brussel, spreken leerlingen thuis een andere taal dan het Nederlands. Hoe kan die rijkdom het leren helpen in plaats van afremmen?',
      en: 'In many classes, certainly in Brussels, pupils speak a language other than Dutch at home. How can that wealth help learning instead of holding it back?',
      fr: 'Dans beaucoup de classes, surtout à Bruxelles, les élèves parlent à la maison une autre langue que le néerlandais. Comment cette richesse peut-elle soutenir l’apprentissage plutôt que le freiner ?',
    },
    questions: [
      {
        nl: 'Welke talen leven er in je klas, en hoe weet je dat?',
        en: 'Which languages are present in your class, and how do you know?',
        fr: 'Quelles langues sont présentes dans votre classe, et comment le savez-vous ?',
      },
      {
        nl: 'Hoe maak je die talen zichtbaar of bespreekbaar, bijvoorbeeld aan de muur of in een kringgesprek?',
        en: 'How do you make those languages visible or open to discussion, for example on the wall or in a class discussion?',
        fr: 'Comment rendez-vous ces langues visibles et comment en parlez-vous, par exemple sur un mur ou lors d’une discussion en classe ?',
      },
      {
        nl: 'Wanneer laat je een thuistaal toe als opstap naar het Nederlands, en wanneer niet?',
        en: 'When do you allow a home language as a stepping stone to Dutch, and when not?',
        fr: 'Quand autorisez-vous une langue familiale comme tremplin vers le néerlandais, et quand non ?',
      },
      {
        nl: 'Wat vind je hierin moeilijk, en wat zou je willen leren?',
        en: 'What do you find difficult here, and what would you like to learn?',
        fr: 'Qu’est-ce qui vous semble difficile ici, et qu’aimeriez-vous apprendre ?',
      },
    ],
  },
  {
    id: 'care-continuum',
    phase: 'needs',
    audience: 'care-staff',
    tags: ['zorg', 'leerlingenbegeleiding', 'samenwerking'],
    title: {
      nl: 'Het zorgcontinuüm in onze school',
      en: 'The care continuum in our school',
      fr: 'Le continuum de soins dans notre école',
    },
    intro: {
      nl: 'Brede basiszorg, verhoogde zorg, uitbreiding van zorg: op papier is het helder, in de praktijk vaak minder. Hoe loopt het bij ons?',
      en: 'Broad basic care, increased care, extended care: on paper it is clear, in practice often less so. How does it work for us?',
      fr: 'Soins de base élargis, soins renforcés, extension des soins : sur papier, c’est clair ; dans la pratique, souvent moins. Comment cela se passe-t-il chez nous ?',
    },
    questions: [
      {
        nl: 'Wat hoort in onze school bij de brede basiszorg die een leraar zelf in de klas opneemt, en wanneer schakelt de leraar het zorgteam in?',
        en: 'In our school, what belongs to the broad basic care a teacher provides in class, and when do they call in the care team?',
        fr: 'Dans notre école, qu’est-ce qui relève des soins de base élargis assurés en classe, et à quel moment fait-on appel à l’équipe de soins ?',
      },
      {
        nl: 'Denk aan een recente zorgvraag, zonder namen. Waar in het continuüm liep het vlot, en waar bleef het hangen?',
        en: 'Think of a recent care question, without names. Where in the continuum did it go smoothly, and where did it get stuck?',
        fr: 'Pensez à une demande d’accompagnement récente, sans noms. Où, dans le continuum, cela s’est-il bien passé, et où cela a-t-il bloqué ?',
      },
      {
        nl: 'Welke beslissingen neem je zelf, en welke samen met de directie of het CLB?',
        en: 'Which decisions do you take yourself, and which together with the school leadership or the CLB (pupil guidance centre)?',
        fr: 'Quelles décisions prenez-vous de votre propre chef, et lesquelles avec la direction ou le CLB (centre d’encadrement des élèves) ?',
      },
      {
        nl: 'Wat zouden we bij de start van elk schooljaar opnieuw moeten uitleggen aan het hele team?',
        en: 'What should we explain again to the whole team at the start of every school year?',
        fr: 'Que devrions-nous réexpliquer à toute l’équipe au début de chaque année scolaire ?',
      },
    ],
  },
  {
    id: 'care-learning-needs',
    phase: 'needs',
    audience: 'care-staff',
    tags: ['zorg', 'leerlingenbegeleiding', 'leervraag', 'professionalisering'],
    title: {
      nl: 'Leervragen van het zorgteam',
      en: 'Learning questions of the care team',
      fr: 'Les questions d’apprentissage de l’équipe de soins',
    },
    intro: {
      nl: 'Zorgcoördinatoren en leerlingenbegeleiders krijgen steeds complexere vragen. Waarin wil jij groeien?',
      en: 'Care coordinators and pupil support staff face ever more complex questions. Where do you want to grow?',
      fr: 'Les coordinateurs de soins et le personnel d’accompagnement des élèves font face à des questions de plus en plus complexes. Dans quel domaine voulez-vous progresser ?',
    },
    questions: [
      {
        nl: 'Waarin wil je groeien: gesprekken met leerlingen en ouders, leraren coachen, samenwerken met externe partners, of zorgen voor jezelf?',
        en: 'Where do you want to grow: conversations with pupils and parents, coaching teachers, working with external partners, or looking after yourself?',
        fr: 'Où voulez-vous progresser : les entretiens avec les élèves et les parents, le coaching des enseignants, la collaboration avec des partenaires externes, ou prendre soin de vous ?',
      },
      {
        nl: 'Denk aan een recent gesprek waarin je voorbereiding tekortschoot. Wat maakte het moeilijk? Vertel het zonder namen.',
        en: 'Think of a recent conversation for which your preparation fell short. What made it difficult? Share it without names.',
        fr: 'Pensez à un entretien récent pour lequel la préparation vous a manqué. Qu’est-ce qui l’a rendu difficile ? Racontez-le sans noms.',
      },
      {
        nl: 'Van wie of waar zou je dit het liefst leren: een collega, een netwerk met andere scholen, een opleiding?',
        en: 'From whom or where would you most like to learn this: a colleague, a network with other schools, a course?',
        fr: 'Auprès de qui ou où aimeriez-vous l’apprendre : un ou une collègue, un réseau avec d’autres écoles, une formation ?',
      },
    ],
  },
  {
    id: 'time-for-learning',
    phase: 'needs',
    audience: 'facilitators',
    tags: ['tijd', 'professionalisering', 'jaarplanning', 'lerarentekort'],
    title: {
      nl: 'Tijd vinden om samen te leren',
      en: 'Finding time to learn together',
      fr: 'Trouver du temps pour apprendre ensemble',
    },
    intro: {
      nl: 'Tijd is de grootste drempel om samen te leren, zeker met het lerarentekort. Zoek met de groep naar ruimte die er al is of die je kan maken.',
      en: 'Time is the biggest hurdle to learning together, certainly with the teacher shortage. Look with the group for room that already exists or that you can create.',
      fr: 'Le temps est le plus grand obstacle à l’apprentissage collectif, surtout avec la pénurie d’enseignants. Cherchez avec le groupe l’espace qui existe déjà ou que vous pouvez créer.',
    },
    questions: [
      {
        nl: 'Welke vaste momenten in de week of het jaar kunnen we gebruiken om samen te leren?',
        en: 'Which fixed moments in the week or the year could we use to learn together?',
        fr: 'Quels moments fixes de la semaine ou de l’année pourrions-nous utiliser pour apprendre ensemble ?',
      },
      {
        nl: 'Welk overleg of welke taak kan korter, minder vaak of volgens een vast draaiboek?',
        en: 'Which meeting or task could be shorter, less frequent or follow a fixed script?',
        fr: 'Quelle réunion ou quelle tâche pourrait être plus courte, moins fréquente ou suivre un scénario fixe ?',
      },
      {
        nl: 'Wie kan een klas even overnemen, zodat een of twee collega’s vrij zijn?',
        en: 'Who could take over a class for a while, so that one or two colleagues are free?',
        fr: 'Qui pourrait reprendre une classe un moment, pour libérer un ou deux collègues ?',
      },
      {
        nl: 'Wanneer leggen we onze data vast, zodat ze vroeg genoeg in ieders agenda staan?',
        en: 'When do we fix our dates, so that they are in everyone’s diary early enough?',
        fr: 'Quand fixons-nous nos dates, pour qu’elles figurent assez tôt dans l’agenda de chacun ?',
      },
    ],
  },
  {
    id: 'onboarding-policy',
    phase: 'needs',
    audience: 'facilitators',
    tags: ['starters', 'onthaal', 'lerarentekort', 'mentoraat'],
    title: {
      nl: 'Onthaal op maat voor nieuwe collega’s',
      en: 'Tailored induction for new colleagues',
      fr: 'Un accueil sur mesure pour les nouvelles recrues',
    },
    intro: {
      nl: 'Startende leraren en zij-instromers verschillen sterk van elkaar. Een vast onthaalpakket is een begin, maar wat heeft elke nieuwe collega echt nodig?',
      en: 'New teachers and career changers differ a lot. A standard welcome pack is a start, but what does each new colleague really need?',
      fr: 'Les enseignants débutants et les personnes en reconversion sont très différents. Un dossier d’accueil standard est un début, mais de quoi chaque nouvelle recrue a-t-elle vraiment besoin ?',
    },
    questions: [
      {
        nl: 'Hoe ziet ons onthaal er nu uit, van de eerste dag tot na de herfstvakantie?',
        en: 'What does our induction look like now, from the first day until after the autumn break?',
        fr: 'À quoi ressemble notre accueil aujourd’hui, du premier jour jusqu’après le congé d’automne ?',
      },
      {
        nl: 'Wat misten recente nieuwkomers volgens henzelf het meest?',
        en: 'What did recent newcomers miss most, in their own view?',
        fr: 'Selon les nouvelles recrues elles-mêmes, qu’est-ce qui leur a le plus manqué ?',
      },
      {
        nl: 'Hoe stemmen we de begeleiding af op iemands ervaring: starter, zij-instromer of ervaren collega uit een andere school?',
        en: 'How do we match support to someone’s experience: new teacher, career changer or experienced colleague from another school?',
        fr: 'Comment adaptons-nous l’accompagnement à l’expérience de chacun : débutant, personne en reconversion ou collègue expérimenté venant d’une autre école ?',
      },
      {
        nl: 'Wie krijgt tijd om nieuwe collega’s te begeleiden, en hoeveel?',
        en: 'Who gets time to support new colleagues, and how much?',
        fr: 'Qui reçoit du temps pour accompagner les nouvelles recrues, et combien ?',
      },
    ],
  },
];
