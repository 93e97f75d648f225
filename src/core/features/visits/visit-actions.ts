/**
 * Action ids of the visits feature, in one place so the parts of the feature never collide.
 * Values are short `|`-separated ids (see each handler); never names or free text.
 */
export const VISIT_ACTIONS = {
  // Request and offer (request-form.ts, offer-form.ts, suggestions.ts, ask-host.ts)
  requestSubmit: 'visit.request.submit',
  requestWithdraw: 'visit.request.withdraw',
  /** "Nieuwe voorstellen" on an open request in `bezoek mijn` (value: request id). */
  requestSuggest: 'visit.request.suggest',
  offerSubmit: 'visit.offer.submit',
  offerPause: 'visit.offer.pause',
  offerResume: 'visit.offer.resume',
  ask: 'visit.ask',
  // The other side's answer and the cover plan (host-answer.ts, cover-plan.ts, my-visits.ts)
  accept: 'visit.answer.accept',
  decline: 'visit.answer.decline',
  counter: 'visit.answer.counter',
  counterSubmit: 'visit.answer.counter.submit',
  coverSubmit: 'visit.cover.submit',
  move: 'visit.move',
  cancel: 'visit.cancel',
  cancelConfirm: 'visit.cancel.confirm',
  /** "Nee, toch niet" on the cancel question. */
  cancelKeep: 'visit.cancel.keep',
  // Preparation, reflection, check-in (prep.ts, reflection.ts, check-in.ts)
  prepSubmit: 'visit.prep.submit',
  reflectSubmit: 'visit.reflect.submit',
  notHappened: 'visit.reflect.not-happened',
  checkInSubmit: 'visit.checkin.submit',
  shareWithTeam: 'visit.checkin.share',
  /** A facilitator's "plan a sharing moment" after a visitor offered to share (value: `<visitId>|<visitor index>`). */
  planSharing: 'visit.checkin.plan',
  // Facilitators (overview.ts, round.ts)
  overviewCsv: 'visit.overview.csv',
  roundConfirm: 'visit.round.confirm',
  roundCancel: 'visit.round.cancel',
} as const;

/** Job id prefix of a proposal's answer deadline: `visit-deadline:<visitId>:<sequence>`. */
export const DEADLINE_PREFIX = 'visit-deadline:';
