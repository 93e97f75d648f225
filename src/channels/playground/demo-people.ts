/** The fictional tenant every playground activity comes from. */
export const PLAYGROUND_TENANT = 'playground';

/** The bot as Teams addresses it in the playground (`28:` is Teams' prefix for bots). */
export const PLAYGROUND_BOT = { id: '28:leerkring', name: 'Leerkring' } as const;

/** The one demo team and its channel, where group behaviour can be tried. */
export const PLAYGROUND_TEAM = {
  id: 'pg-team',
  name: 'PLG Begrijpend lezen',
  aadGroupId: '00000000-0000-4000-8000-00000000aa01',
  channel: { id: 'pg-team-channel', name: 'PLG-overleg' },
} as const;

/** A fictional person to play; ids are stable so stored profiles survive a restart. */
export interface DemoPerson {
  /** Short id used by the page and in conversation ids (`pg-personal-<id>`). */
  id: string;
  /** A stable Entra object id look-alike; the Teams adapter keys people by it. */
  aadObjectId: string;
  name: string;
  givenName: string;
  surname: string;
  /** The role in the learning group, in Dutch, shown on the page. */
  role: string;
  school: string;
}

/** The demo cast: a facilitator, teachers, a student teacher, an adviser and a care coordinator. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { id: 'an-peeters', aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'An Peeters', givenName: 'An', surname: 'Peeters', role: 'begeleider van de PLG', school: 'Basisschool De Regenboog' },
  { id: 'jonas-claes', aadObjectId: '00000000-0000-4000-8000-000000000002', name: 'Jonas Claes', givenName: 'Jonas', surname: 'Claes', role: 'leraar 4de leerjaar', school: 'Basisschool De Regenboog' },
  { id: 'fatima-el-idrissi', aadObjectId: '00000000-0000-4000-8000-000000000003', name: 'Fatima El Idrissi', givenName: 'Fatima', surname: 'El Idrissi', role: 'leraar 2de leerjaar', school: 'Basisschool De Regenboog' },
  { id: 'lotte-maes', aadObjectId: '00000000-0000-4000-8000-000000000004', name: 'Lotte Maes', givenName: 'Lotte', surname: 'Maes', role: 'student-leraar (lerarenopleiding)', school: 'Hogeschool, stage in De Regenboog' },
  { id: 'pieter-wouters', aadObjectId: '00000000-0000-4000-8000-000000000005', name: 'Pieter Wouters', givenName: 'Pieter', surname: 'Wouters', role: 'pedagogisch adviseur', school: 'Pedagogische begeleidingsdienst' },
  { id: 'sofie-janssens', aadObjectId: '00000000-0000-4000-8000-000000000006', name: 'Sofie Janssens', givenName: 'Sofie', surname: 'Janssens', role: 'zorgcoördinator', school: 'Basisschool De Regenboog' },
];

/** Finds a demo person by page id. */
export const findPerson = (id: string): DemoPerson | undefined => DEMO_PEOPLE.find((p) => p.id === id);

/** The Teams user id (`29:…`) of a demo person. */
export const teamsUserId = (person: DemoPerson): string => `29:${person.id}`;

/** The personal (1:1) conversation id of a demo person. */
export const personalConversationId = (person: DemoPerson): string => `pg-personal-${person.id}`;

/** Finds the demo person behind a Teams user id (`29:<id>`), an aadObjectId or a page id. */
export function findPersonByAnyId(id: string): DemoPerson | undefined {
  return DEMO_PEOPLE.find((p) => teamsUserId(p) === id || p.aadObjectId === id || p.id === id);
}

/** The person as Teams' roster APIs return them (TeamsChannelAccount). */
export function toTeamsChannelAccount(person: DemoPerson): Record<string, string> {
  const email = `${person.id.replace(/-/g, '.')}@playground.example`;
  return {
    id: teamsUserId(person),
    name: person.name,
    aadObjectId: person.aadObjectId,
    objectId: person.aadObjectId,
    givenName: person.givenName,
    surname: person.surname,
    email,
    userPrincipalName: email,
    tenantId: PLAYGROUND_TENANT,
    userRole: 'user',
  };
}
