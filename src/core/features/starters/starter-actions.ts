/** Action ids of conversation-starter buttons, shared by posting, answering, guided reflection and results. */
export const STARTER_ACTIONS = {
  /** Browse with filters; inputs `phase`, `tag`. */
  browse: 'starters.browse',
  /** value: starter ref (`lib:<id>` or `custom:<id>`); shows one starter. */
  show: 'starters.show',
  /** value: starter ref; opens the posting form (now / at a time / weekly until the next moment, anonymous allowed). */
  post: 'starters.post',
  postSubmit: 'starters.post.submit',
  /** Custom starters: new / edit (value: custom id) / save / retire (value: custom id). */
  customNew: 'starters.custom.new',
  customEdit: 'starters.custom.edit',
  customSave: 'starters.custom.save',
  customRetire: 'starters.custom.retire',
  /** value: post id; sends the answer form (named) privately. */
  answer: 'starters.answer',
  /** value: post id; sends the anonymous answer form privately. */
  answerAnonymous: 'starters.answer.anonymous',
  /** value: `<postId>|named` or `<postId>|anonymous`; inputs `q0`…`q4`. */
  answerSave: 'starters.answer.save',
  /** value: post id (named) or the anonymous edit secret; shows the own answer with edit and delete. */
  answerMine: 'starters.answer.mine',
  /** value: post id (named) or the anonymous edit secret; sends the answer form prefilled. */
  answerEdit: 'starters.answer.edit',
  /** value: post id (named) or the anonymous edit secret. */
  answerDelete: 'starters.answer.delete',
  /** value: post id; starts or resumes the guided reflection in the direct chat. */
  reflect: 'starters.reflect',
  /** value: post id; input `text` for next. */
  reflectNext: 'starters.reflect.next',
  reflectBack: 'starters.reflect.back',
  reflectSkip: 'starters.reflect.skip',
  reflectStop: 'starters.reflect.stop',
  /** value: `<postId>|named|anonymous|private`. */
  reflectShare: 'starters.reflect.share',
  /** value: post id; facilitator overview: who answered, answers per question. */
  results: 'starters.results',
  /** value: post id; shares the summary in the channel. */
  shareSummary: 'starters.summary.share',
  /** value: post id; CSV download link. */
  exportCsv: 'starters.export',
  /** value: post id; sends a friendly nudge to members who did not answer. */
  nudge: 'starters.nudge',
  /** value: `<groupId>|<personKey>`; sends the suggested check-in message. */
  checkIn: 'starters.checkin',
} as const;

/** A reference to a starter: from the library or one of the group's own. */
export type StarterRef = `lib:${string}` | `custom:${string}`;

/** Parses a starter ref; undefined when malformed. */
export function parseStarterRef(value: string | undefined): { source: 'library' | 'custom'; id: string } | undefined {
  const match = /^(lib|custom):([\w-]{1,80})$/.exec(value ?? '');
  if (!match) return undefined;
  return { source: match[1] === 'lib' ? 'library' : 'custom', id: match[2]! };
}
