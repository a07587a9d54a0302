// The access card and the panel's contribution buttons, as pure functions: which buttons the reader gets
// (the server's `access.you` decides; a visitor gets only the invitation to log in), and the card's
// lines as translation keys (who can see, who can edit and who they are, why I can or cannot).
import type { Access } from '../../../../../shared/access';
import type { Me } from '../../../../../shared/auth';

export interface PanelButtons {
  edit: boolean;
  delete: boolean;
  link: boolean;
  history: boolean;
  /** A visitor: "log in to contribute" instead of the buttons. */
  loginHint: boolean;
}

const NONE: PanelButtons = { edit: false, delete: false, link: false, history: false, loginHint: false };

/**
 * `me` undefined: still asking who is logged in (nothing shown yet). Without an access card (an older
 * server), a member gets every button and the server answers 403 where the rules say no.
 */
export function panelButtons(access: Access | undefined, me: Me | null | undefined): PanelButtons {
  if (me === undefined) return NONE;
  if (me === null) return { ...NONE, loginHint: true };
  if (!access) return { edit: true, delete: true, link: true, history: true, loginHint: false };
  return {
    edit: access.you.edit,
    delete: access.you.delete,
    link: access.you.link,
    history: true,
    loginHint: false,
  };
}

export type EditorRole = Access['whoCanEdit'][number];

/** The card's lines: keys under `contribute.access` with what they need. */
export interface AccessLines {
  see: Access['whoCanSee'];
  /** Who may edit, in the order the server gives, admin last (and only once). */
  editors: EditorRole[];
  /** Who holds each of those roles: the names the reader may see, and how many others there are. */
  people: Partial<Record<EditorRole, { names: string[]; others: number }>>;
  /** Why I may edit it, or why not. */
  because: Access['because'];
  /** What I may do here (edit, delete, link, change visibility, revert). */
  mayDo: (keyof Access['you'])[];
}

export function accessLines(access: Access): AccessLines {
  const unique = [...new Set(access.whoCanEdit)];
  const editors = [
    ...unique.filter((role) => role !== 'admin'),
    ...(unique.includes('admin') ? ['admin' as const] : []),
  ];
  const mayDo = (Object.keys(access.you) as (keyof Access['you'])[]).filter((what) => access.you[what]);
  const people: AccessLines['people'] = {};
  for (const { role, person } of access.editors ?? []) {
    const entry = people[role] ?? { names: [], others: 0 };
    if (person) entry.names.push(person.title);
    else entry.others += 1;
    people[role] = entry;
  }
  return { see: access.whoCanSee, editors, people, because: access.because, mayDo };
}

/** A translation function, as the card needs it (keys under `contribute.access`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * "Who: Marie (author); Eve and 2 other people (editor of one of its seeds)." — the people who may edit, in
 * the order of the roles, named when the reader may see them and only counted otherwise; '' when the
 * server names nobody (an older server, or a node of Semis itself).
 */
export function peopleSentence(lines: AccessLines, lang: string, t: Translate): string {
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const groups = lines.editors.flatMap((role) => {
    const held = lines.people[role];
    if (!held) return [];
    const others = held.others ? [t('contribute.access.others', { count: held.others })] : [];
    return [`${list.format([...held.names, ...others])} (${t(`contribute.access.holder.${role}`)})`];
  });
  if (!groups.length) return '';
  const separator = lang === 'fr' ? '\u00a0; ' : '; ';
  return `${t('contribute.access.peopleIntro')} ${groups.join(separator)}.`;
}
