// A stored field value in words of the page's language, for the history's "before → after": a status
// ("open" → "ouverte"), a kind of resource, a visibility; any other field's value as it is.
import { useTranslation } from 'react-i18next';

const WORDED: Record<string, string> = {
  status: 'statuses',
  resourceKind: 'resourceKinds',
  visibility: 'contribute.visibility',
};

export function useValueLabel(): (field: string, value: string) => string {
  const { t } = useTranslation();
  const plain = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return (field, value) => {
    const section = WORDED[field];
    return section && value !== '' ? plain(`${section}.${value}`, { defaultValue: value }) : value;
  };
}
