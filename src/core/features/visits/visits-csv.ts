import type { CoreDeps } from '../../app/context.js';
import type { Storage } from '../../ports/storage.js';
import { isoDay } from '../starters/results/answers-view.js';
import { toCsv } from '../starters/results/answers-csv.js';
import { loadOverview } from './overview-data.js';
import { periodsLabel } from './slot-format.js';
import { formWords, statusWords } from './round-words.js';
import type { VisitsKey } from './visits-messages.js';
import { visitsT } from './visits-translate.js';
import { openDownload } from '../starters/results/download-access.js';

/** A visits-overview CSV ready to serve. */
export interface VisitsCsvFile {
  filename: string;
  body: string;
  groupId: string;
}

/**
 * The CSV behind a `visits-overview` download token, or undefined when the token is unknown, expired, of another
 * kind, or no longer backed by a facilitator of the group. First one row per visit (date, form, host, visitors,
 * schools, status, cover kind, learning question), then the members against the term's target. Cover notes and
 * reflections stay out: they belong to the people of the visit.
 */
export async function visitsOverviewCsv(storage: Storage, token: string, now: Date): Promise<VisitsCsvFile | undefined> {
  const download = await openDownload(storage, token, 'visits-overview', now);
  if (!download || download.link.subjectId !== download.group.id) return undefined;
  const { group, language } = download;
  const t = visitsT(language);
  // The overview reads only storage and the time; nothing is sent from here.
  const deps = { storage, clock: { now: () => now } } as Pick<CoreDeps, 'storage' | 'clock'> as CoreDeps;
  const data = await loadOverview(deps, group);
  const visits = await storage.visits.listByGroup(group.id);
  const requests = new Map((await storage.visitRequests.listByGroup(group.id)).map((r) => [r.id, r]));
  const name = (key: string): string => data.names.get(key) ?? '?';
  const school = (key: string): string => data.schools.get(key) ?? '';
  const dateOf = (v: (typeof visits)[number]): string => v.slot?.date ?? v.proposedSlots[0]?.date ?? '';
  const periodsOf = (v: (typeof visits)[number]): string => {
    const periods = (v.slot ?? v.proposedSlots[0])?.periods;
    return periods?.length ? periodsLabel(periods, language) : '';
  };

  // Two tables in one file, each under a title row; dates as Belgian spreadsheets show them (dd/mm/yyyy).
  const belgian = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : iso);
  const rows: string[][] = [
    [t('visits.csv.visitsTitle')],
    (['date', 'periods', 'form', 'host', 'visitors', 'hostSchool', 'visitorSchools', 'status', 'cover', 'question'] as const).map((k) => t(`visits.csv.${k}` as VisitsKey)),
  ];
  for (const v of [...visits].sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.createdAt.localeCompare(b.createdAt))) {
    const cover = v.visitorKeys
      .filter((k) => v.cover[k])
      .map((k) => {
        const kind = t(`visits.overview.cover.${v.cover[k]!.kind}` as VisitsKey);
        return v.visitorKeys.length > 1 ? `${name(k)}: ${kind}` : kind;
      })
      .join('; ');
    const questions = v.requestIds.map((id) => requests.get(id)?.learningQuestion.trim()).filter((q): q is string => !!q);
    rows.push([
      belgian(dateOf(v)),
      periodsOf(v),
      formWords(t, v.form),
      name(v.hostKey),
      v.visitorKeys.map(name).join(', '),
      school(v.hostKey),
      [...new Set(v.visitorKeys.map(school).filter(Boolean))].join(', '),
      statusWords(t, v.status),
      cover,
      [...new Set(questions)].join(' | '),
    ]);
  }
  rows.push([]);
  rows.push([data.term ? t('visits.csv.membersTitle', { term: data.term.number, from: belgian(data.term.from), to: belgian(data.term.to) }) : t('visits.csv.membersTitleNoTerm')]);
  rows.push((['member', 'school', 'asVisitor', 'asHost', 'target', 'belowTarget', 'upcoming', 'openRequests'] as const).map((k) => t(`visits.csv.${k}` as VisitsKey)));
  const open = (key: string): number => data.openRequests.filter((r) => r.request.visitorKey === key).length;
  for (const m of [...data.members].sort((a, b) => a.name.localeCompare(b.name, 'nl'))) {
    rows.push([m.name, m.school ?? '', String(m.asVisitor), String(m.asHost), String(data.target), t(m.belowTarget ? 'visits.csv.yes' : 'visits.csv.no'), String(m.upcoming), String(open(m.personKey))]);
  }
  // A school is left empty only when the profile has none; a note says so, instead of an unexplained gap.
  const visitSchoolsMissing = visits.some((v) => [v.hostKey, ...v.visitorKeys].some((k) => school(k) === ''));
  if (visitSchoolsMissing || data.members.some((m) => !m.school)) rows.push([], [t('visits.csv.schoolNote')]);
  const day = isoDay(now.toISOString(), group.timeZone);
  return { filename: `leerkring-bezoeken-${day}.csv`, body: toCsv(rows), groupId: group.id };
}
