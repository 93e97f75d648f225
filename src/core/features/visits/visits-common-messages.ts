import { defineMessages } from '../../i18n/feature-messages.js';

/** Texts shared by every part of collegial visits (access, not found, help), in nl, en and fr. */
export const visitsCommonMessages = defineMessages(
  {
    'visits.noGroupHere': 'Dit kanaal hoort niet bij een Leerkring-groep. Typ *bezoek* in het kanaal van je groep of hier in je eigen chat met mij.',
    'visits.notMember': 'Je bent geen lid van {group}, dus je kunt hier geen bezoek regelen.',
    'visits.noGroups': 'Je zit nog in geen enkele Leerkring-groep. Een begeleider voegt Leerkring toe aan het kanaal van jullie PLG of netwerk; daarna kun je hospiteren regelen.',
    'visits.notFound': 'Dat bezoek vind ik niet (meer).',
    'visits.pupilNote': 'Schrijf geen namen van leerlingen: noem hen “een leerling” of “de groep”.',
  },
  {
    'visits.noGroupHere': 'This channel is not a Leerkring group. Type *visit* in your group’s channel or here in your own chat with me.',
    'visits.notMember': 'You are not a member of {group}, so you cannot arrange a visit here.',
    'visits.noGroups': 'You are not in a Leerkring group yet. A facilitator adds Leerkring to your PLG’s or network’s channel; then you can arrange class visits.',
    'visits.notFound': 'I cannot find that visit (any more).',
    'visits.pupilNote': 'Do not write pupils’ names: say “a pupil” or “the group”.',
  },
  {
    'visits.noGroupHere': 'Ce canal n’est pas un groupe Leerkring. Tapez *visite* dans le canal de votre groupe ou ici, dans votre conversation avec moi.',
    'visits.notMember': 'Vous n’êtes pas membre de {group} : vous ne pouvez pas y organiser de visite.',
    'visits.noGroups': 'Vous ne faites encore partie d’aucun groupe Leerkring. Un·e accompagnateur·rice ajoute Leerkring au canal de votre CAP ou réseau ; vous pourrez alors organiser des visites de classe.',
    'visits.notFound': 'Je ne trouve pas (ou plus) cette visite.',
    'visits.pupilNote': 'N’écrivez pas de noms d’élèves : dites « un élève » ou « le groupe ».',
  },
);
