import { DEFAULT_LANGUAGE, type Language } from '../../../i18n/languages.js';
import type { Storage } from '../../../ports/storage.js';
import type { Group } from '../../groups/group.js';
import type { DownloadLink } from '../starter.js';

/**
 * A download link of one kind that still works: known, not expired, its group still there, and its creator still an
 * active facilitator of that group (a link stops working when its creator stops facilitating). With the creator's
 * language, in which the file is written. The caller checks that the link's subject belongs to that group.
 */
export async function openDownload(
  storage: Storage,
  token: string,
  kind: DownloadLink['kind'],
  now: Date,
): Promise<{ link: DownloadLink; group: Group; language: Language } | undefined> {
  const link = await storage.downloads.get(token);
  if (!link || link.kind !== kind || !(Date.parse(link.expiresAt) > now.getTime())) return undefined;
  const group = await storage.groups.get(link.groupId);
  if (!group) return undefined;
  const creator = await storage.memberships.get(group.id, link.createdBy);
  if (!creator?.active || creator.role !== 'facilitator') return undefined;
  const language = (await storage.people.get(link.createdBy))?.language ?? DEFAULT_LANGUAGE;
  return { link, group, language };
}
