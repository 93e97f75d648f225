/** Dutch (nl-BE): the reference catalog; every other language must have exactly these keys. */
export const nl = {
  'welcome.title': 'Welkom bij Leerkring',
  'welcome.personal':
    'Ik ben Leerkring. Ik help jullie professionele leergemeenschap (PLG) of lerend netwerk op weg: gespreksstarters, collegiale bezoeken, leervragen verzamelen en herinneringen aan jullie afgesproken momenten.',
  'welcome.hello': 'Hallo {name}!',
  'welcome.helloAnon': 'Hallo!',
  'welcome.group':
    'Hallo allemaal! Ik ben Leerkring, de assistent van deze leergroep. Ik help met gespreksstarters, collegiale bezoeken, het verzamelen van leervragen en herinneringen aan jullie afgesproken momenten.',
  'welcome.next': 'Typ *hulp* om te zien wat ik kan. Je taal kies je met *taal nl*, *taal en* of *taal fr*.',
  'help.title': 'Wat Leerkring kan',
  'help.intro': 'Ik werk met korte opdrachten. Dit kan je nu al:',
  'help.cmd.help': '*hulp*: dit overzicht',
  'help.cmd.language': '*taal nl|en|fr*: kies je taal (nu: {language})',
  'help.cmd.group': '*groep*: je groep(en), leden, leervraag en volgend moment; *groep hulp* voor begeleiders',
  'help.cmd.profile': '*profiel*: je school, rol, tijdzone en stille uren',
  'help.cmd.quiet': '*stil 20:00-07:00* (of *stil uit*): geen berichten in je stille uren',
  'help.cmd.moments': '*momenten*: wat er gepland staat en wie komt; *plan* voor begeleiders; *vraag <je vraag>* voor het volgende moment',
  'help.cmd.agreements': '*afspraak <wat> tegen <datum>* en *afspraken*',
  'help.cmd.starters': '*starters*: gespreksstarters bekijken en filteren (*starters reflectie*, *starters tag:feedback*); begeleiders posten ze en schrijven eigen starters (*starters nieuw*)',
  'help.cmd.reflection': '*reflectie*: je onafgewerkte reflecties; begeleiders: *antwoorden* (wie antwoordde, samenvatting, CSV) en *deelname [weken]*',
  'help.cmd.needs': '*noden tot 15/12*: begeleiders bevragen de leervragen van de groep (ook anoniem); *noden resultaten* toont de uitkomst',
  'help.cmd.visits': '*bezoek*: ga kijken in de klas van een collega (hospiteren, collegiale consultatie); *gastheer*: stel je klas open voor bezoek; *bezoek mijn*: je bezoeken; begeleiders: *bezoek overzicht*, *bezoek ronde*, *bezoek instellingen*',
  'help.button.language': 'Taal kiezen',
  'language.title': 'Kies je taal',
  'language.label': 'Taal',
  'language.save': 'Bewaren',
  'language.set': 'Ik spreek vanaf nu Nederlands met je.',
  'language.unknown': 'Die taal ken ik niet. Kies *taal nl*, *taal en* of *taal fr*.',
  'language.name.nl': 'Nederlands',
  'language.name.en': 'Engels',
  'language.name.fr': 'Frans',
  'unknown.text': 'Sorry, dat begrijp ik niet: "{input}". Typ *hulp* om te zien wat ik kan.',
  'unknown.action': 'Die knop ken ik niet (meer). Typ *hulp* om verder te gaan.',
  'input.tooLong': 'Dat bericht is te lang ({length} tekens). Hou het onder {max} tekens, dan lees ik mee.',
  'input.empty': 'Ik kreeg een leeg bericht. Typ *hulp* om te zien wat ik kan.',
  'error.generic': 'Er ging iets mis aan mijn kant. Probeer het zo meteen opnieuw; je gegevens zijn niet verloren.',
} as const;

/** A key of the common catalog (basics, errors). */
export type CommonKey = keyof typeof nl;
