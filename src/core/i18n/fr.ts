import type { CommonKey } from './nl.js';

/** French catalog. */
export const fr: Record<CommonKey, string> = {
  'welcome.title': 'Bienvenue dans Leerkring',
  'welcome.personal':
    "Je suis Leerkring. J’accompagne votre communauté d’apprentissage professionnelle (CAP) ou votre réseau apprenant : amorces de discussion, visites entre collègues, recueil des questions d’apprentissage et rappels de vos moments convenus.",
  'welcome.hello': 'Bonjour {name} !',
  'welcome.helloAnon': 'Bonjour !',
  'welcome.group':
    "Bonjour à toutes et à tous ! Je suis Leerkring, l’assistant de ce groupe d’apprentissage. J’aide pour les amorces de discussion, les visites entre collègues, le recueil des questions d’apprentissage et les rappels de vos moments convenus.",
  'welcome.next': 'Tapez *aide* pour voir ce que je sais faire. Choisissez votre langue avec *langue nl*, *langue en* ou *langue fr*.',
  'help.title': 'Ce que Leerkring sait faire',
  'help.intro': 'Je fonctionne avec de courtes commandes. Voici ce que vous pouvez déjà faire :',
  'help.cmd.help': '*aide* : cet aperçu',
  'help.cmd.language': '*langue nl|en|fr* : choisissez votre langue (actuellement : {language})',
  'help.cmd.group': '*groupe* : vos groupes, membres, question d’apprentissage et prochain moment ; *groupe aide* pour les accompagnateurs',
  'help.cmd.profile': '*profil* : votre école, rôle, fuseau horaire et plages de silence',
  'help.cmd.quiet': '*calme 20:00-07:00* (ou *calme désactivé*) : pas de messages pendant vos plages de silence',
  'help.cmd.moments': '*moments* : ce qui est prévu et qui vient ; *planifier* pour les accompagnateurs ; *question <votre question>* pour le prochain moment',
  'help.cmd.agreements': '*accord <quoi> pour le <date>* et *accords*',
  'help.cmd.starters': '*amorces* : parcourir et filtrer les amorces de discussion (*amorces réflexion*, *amorces tag:feedback*) ; les accompagnateurs les publient et écrivent les leurs (*amorces nouveau*)',
  'help.cmd.reflection': '*réflexion* : vos réflexions inachevées ; accompagnateurs : *réponses* (qui a répondu, synthèse, CSV) et *participation [semaines]*',
  'help.soon': "Bientôt : visites entre collègues et besoins d’apprentissage.",
  'help.button.language': 'Choisir la langue',
  'language.title': 'Choisissez votre langue',
  'language.label': 'Langue',
  'language.save': 'Enregistrer',
  'language.set': 'Désormais, je vous parle en français.',
  'language.unknown': 'Je ne connais pas cette langue. Choisissez *langue nl*, *langue en* ou *langue fr*.',
  'language.name.nl': 'néerlandais',
  'language.name.en': 'anglais',
  'language.name.fr': 'français',
  'unknown.text': "Désolé, je ne comprends pas « {input} ». Tapez *aide* pour voir ce que je sais faire.",
  'unknown.action': "Je ne connais pas (ou plus) ce bouton. Tapez *aide* pour continuer.",
  'input.tooLong': 'Ce message est trop long ({length} caractères). Restez sous {max} caractères et je vous lirai.',
  'input.empty': "J’ai reçu un message vide. Tapez *aide* pour voir ce que je sais faire.",
  'error.generic': "Un problème est survenu de mon côté. Réessayez dans un instant ; vos données ne sont pas perdues.",
};
