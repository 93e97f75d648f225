/** Meaningful words of a free text, so a learning question and what a host can show can meet beyond the themes. */

// Words too common to say anything about a match (Dutch, English, French), including the words every
// visit is about anyway (pupils, class, lesson, learning) and generic school words (year, grade, school, colleague,
// period) that made "shared words" read like filler. Written accent-folded; shorter than four letters is dropped anyway.
const STOPWORDS = `
aan alle alles altijd ander andere anders beter bijvoorbeeld daar daarom dan dat deze dit doen door echt eigen elke
en geen goed graag hebben heeft hier hoe hun iets ieder jullie kan kijken kunnen leren leerling leerlingen klas
klassen les lessen lesgeven maar meer mijn minder moet moeten naar niet niets nog omdat onder onze ook over
tussen veel voor vooral waar wanneer want wat welke werken wil willen worden wordt zelf zich zien zijn zoals zou
zouden mogelijk manier manieren vraag vragen laten maken gebruiken gaan komen krijgen zetten
laat laten leerjaar leerjaren jaar jaren graad graden school scholen leraar leraren leerkracht leerkrachten collega
collegas lesuur lesuren week weken dagen tijd kinderen jongeren eerste tweede derde vierde vijfde zesde
hospiteren bezoek bezoeken tonen toont zonder tijdens
about also because been being better could does doing each from have help into just learn learning less like
lesson lessons make many more much other pupil pupils should some student students than that their them then
there these they this those very want what when where which while with without would your class classes classroom
teach teaching teacher teachers year years grade grades school schools colleague colleagues period periods week
weeks time children first second third visit visiting show without during
alors aussi avec avoir bien cette ceux chez classe classes comme comment cours dans donc eleve eleves elle elles
enseigner entre etre faire leur leurs mais moins nous plus pour quel quelle quelles quels sans sont tous tout toute
toutes tres votre notre voir apprendre question questions annee annees degre degres ecole ecoles enseignant
enseignants enseignante collegue collegues periode periodes heure heures semaine semaines temps
enfants premiere deuxieme troisieme visite visites montrer pendant
`.split(/\s+/).filter(Boolean);

/** Lowercase, accents folded (é → e, ë → e), letters only. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A crude stem that makes plurals and simple inflections meet: collapses doubled letters (klassen → klasen), strips up
 * to two of -en, -es, -s, -e while four letters remain (→ klas; vragen/vraag → vrag), and turns a final v/z into f/s
 * (actieve → actief, reizen → reis).
 */
export function stem(word: string): string {
  let w = word.replace(/(.)\1+/g, '$1');
  for (let round = 0; round < 2; round++) {
    const ending = ['en', 'es', 's', 'e'].find((e) => w.endsWith(e) && w.length - e.length >= 4);
    if (!ending) break;
    w = w.slice(0, -ending.length);
  }
  return w.replace(/v$/, 'f').replace(/z$/, 's');
}

const STOP_STEMS = new Set(STOPWORDS.map(stem));

/** The meaningful words of a text, by stem, each with the first form it was written in. */
export function meaningfulWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const word of fold(text).split(/[^a-z]+/)) {
    if (word.length < 4) continue;
    const s = stem(word);
    if (STOP_STEMS.has(s) || words.has(s)) continue;
    words.set(s, word);
  }
  return words;
}

/** Words the two texts share (as written in the second), in the order they appear there. */
export function sharedWords(question: string, show: string): string[] {
  const asked = meaningfulWords(question);
  return [...meaningfulWords(show)].filter(([s]) => asked.has(s)).map(([, word]) => word);
}
