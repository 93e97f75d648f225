import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../core/index.js';
import type { ActivityJson } from './activities.js';
import { DEMO_PEOPLE, PLAYGROUND_TEAM, findPersonByAnyId, personalConversationId, toTeamsChannelAccount, type DemoPerson } from './demo-people.js';
import { jsonBody } from './json-body.js';
import type { Transcript } from './transcript.js';

const CONNECTOR_BODY_BYTES = 5 * 1024 * 1024;
const BASE = '/playground/connector/v3';

/** Who is in a conversation or team, as Teams would answer; undefined when the id is unknown. */
function rosterOf(id: string): DemoPerson[] | undefined {
  if (id === PLAYGROUND_TEAM.id || id === PLAYGROUND_TEAM.channel.id) return [...DEMO_PEOPLE];
  const person = DEMO_PEOPLE.find((p) => personalConversationId(p) === id);
  return person ? [person] : undefined;
}

const notFound = (res: Response, code: string, message: string): void => {
  res.send(404, { error: { code, message } });
};

/**
 * The Bot Framework connector the bot talks to in the playground (its serviceUrl): activities are
 * recorded and pushed to the page; roster calls answer with the demo people in Teams' shapes.
 */
export function mountConnector(server: Server, opts: { transcript: Transcript; logger: Logger; newId: () => string }): void {
  const { transcript, logger } = opts;
  const isObject = (body: unknown): body is ActivityJson => typeof body === 'object' && body !== null && !Array.isArray(body);

  // Replies go to …/activities/:replyToId, new messages and proactive sends to …/activities or …/activities/:id.
  const receive = async (req: Request, res: Response): Promise<void> => {
    if (!isObject(req.body)) {
      res.send(400, { error: { code: 'BadSyntax', message: 'the body must be an activity object' } });
      return;
    }
    const conversationId = String(req.params['cid']);
    const id = opts.newId();
    const activity: ActivityJson = { ...req.body, id, timestamp: req.body['timestamp'] ?? new Date().toISOString() };
    // Typing and other non-message activities are pushed too; the page shows or ignores them, and history skips them.
    transcript.record({ conversationId, direction: 'out', op: 'create', activity });
    logger.debug('playground: bot sent an activity', { conversationId, type: activity['type'], activityId: id });
    res.send(200, { id });
  };
  server.post(`${BASE}/conversations/:cid/activities`, ...jsonBody(CONNECTOR_BODY_BYTES), receive);
  server.post(`${BASE}/conversations/:cid/activities/:aid`, ...jsonBody(CONNECTOR_BODY_BYTES), receive);

  server.put(`${BASE}/conversations/:cid/activities/:aid`, ...jsonBody(CONNECTOR_BODY_BYTES), async (req: Request, res: Response) => {
    if (!isObject(req.body)) {
      res.send(400, { error: { code: 'BadSyntax', message: 'the body must be an activity object' } });
      return;
    }
    const conversationId = String(req.params['cid']);
    const id = String(req.params['aid']);
    transcript.record({ conversationId, direction: 'out', op: 'update', activity: { ...req.body, id } });
    res.send(200, { id });
  });

  server.del(`${BASE}/conversations/:cid/activities/:aid`, async (req: Request, res: Response) => {
    const conversationId = String(req.params['cid']);
    transcript.record({ conversationId, direction: 'out', op: 'delete', activity: { id: String(req.params['aid']) } });
    res.send(200, {});
  });

  // Proactive 1:1 with a roster member (createConversationAsync): the personal conversation of that person.
  server.post(`${BASE}/conversations`, ...jsonBody(CONNECTOR_BODY_BYTES), async (req: Request, res: Response) => {
    const body: unknown = req.body;
    const members = isObject(body) && Array.isArray(body['members']) ? (body['members'] as unknown[]) : [];
    const first = members[0];
    const memberId = isObject(first) ? String(first['id'] ?? first['aadObjectId'] ?? '') : '';
    const person = members.length === 1 ? findPersonByAnyId(memberId) : undefined;
    if (!person) {
      res.send(400, { error: { code: 'BadArgument', message: 'the playground only opens 1:1 conversations with one demo person' } });
      return;
    }
    const conversationId = personalConversationId(person);
    const initial = isObject(body) ? body['activity'] : undefined;
    let activityId: string | undefined;
    if (isObject(initial)) {
      activityId = opts.newId();
      transcript.record({ conversationId, direction: 'out', op: 'create', activity: { ...initial, id: activityId, timestamp: new Date().toISOString() } });
    }
    res.send(201, { id: conversationId, ...(activityId ? { activityId } : {}) });
  });

  server.get(`${BASE}/conversations/:cid/members`, async (req: Request, res: Response) => {
    const roster = rosterOf(String(req.params['cid']));
    if (!roster) return notFound(res, 'ConversationNotFound', 'unknown conversation');
    res.send(200, roster.map(toTeamsChannelAccount));
  });

  server.get(`${BASE}/conversations/:cid/members/:mid`, async (req: Request, res: Response) => {
    const roster = rosterOf(String(req.params['cid']));
    if (!roster) return notFound(res, 'ConversationNotFound', 'unknown conversation');
    const person = findPersonByAnyId(String(req.params['mid']));
    if (!person || !roster.includes(person)) return notFound(res, 'MemberNotFoundInConversation', 'the member is not in this conversation');
    res.send(200, toTeamsChannelAccount(person));
  });

  // Teams pages with ?pageSize=&continuationToken=; the token here is simply the next offset.
  server.get(`${BASE}/conversations/:cid/pagedmembers`, async (req: Request, res: Response) => {
    const roster = rosterOf(String(req.params['cid']));
    if (!roster) return notFound(res, 'ConversationNotFound', 'unknown conversation');
    const query = new URL(req.url ?? '/', 'http://playground').searchParams;
    const pageSize = Math.min(500, Math.max(1, Number.parseInt(query.get('pageSize') ?? '', 10) || 200));
    const offset = Math.max(0, Number.parseInt(query.get('continuationToken') ?? '', 10) || 0);
    const page = roster.slice(offset, offset + pageSize).map(toTeamsChannelAccount);
    const next = offset + pageSize < roster.length ? String(offset + pageSize) : undefined;
    res.send(200, { members: page, ...(next ? { continuationToken: next } : {}) });
  });

  server.get(`${BASE}/teams/:tid`, async (req: Request, res: Response) => {
    if (String(req.params['tid']) !== PLAYGROUND_TEAM.id) return notFound(res, 'TeamNotFound', 'unknown team');
    res.send(200, { id: PLAYGROUND_TEAM.id, name: PLAYGROUND_TEAM.name, aadGroupId: PLAYGROUND_TEAM.aadGroupId, memberCount: DEMO_PEOPLE.length, channelCount: 1 });
  });

  server.get(`${BASE}/teams/:tid/conversations`, async (req: Request, res: Response) => {
    if (String(req.params['tid']) !== PLAYGROUND_TEAM.id) return notFound(res, 'TeamNotFound', 'unknown team');
    res.send(200, { conversations: [{ id: PLAYGROUND_TEAM.channel.id, name: PLAYGROUND_TEAM.channel.name }] });
  });
}
