// One field of a node's edit or add form (a kind's field: text, text area, web address, choice or list) as
// a FormField: its label in words (or the dialog's own), its choices in words, the server's problem with
// it translated under it.
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/forms/FormField';
import type { EditField, FieldProblem } from '../node-edit';

interface Props {
  field: EditField;
  value: string;
  onChange: (value: string) => void;
  problem?: FieldProblem;
  /** A label other than the field's own (the name of a person is its title). */
  label?: string;
}

export function EditFormField({ field, value, onChange, problem, label }: Props) {
  const { t } = useTranslation();
  const shared = {
    name: field.name,
    label: label ?? t(`contribute.fields.${field.name}`),
    required: field.required,
    value,
    onChange,
    testId: 'edit-field',
    error: problem ? t(`contribute.problems.${problem}`) : undefined,
  };
  if (field.input === 'textarea') {
    return (
      <FormField {...shared} as="textarea" rows={field.name === 'body' || field.name === 'context' ? 5 : 3} />
    );
  }
  if (field.input === 'select') {
    const options = (field.options ?? []).map((option) => ({
      value: option,
      label: optionLabel(t, field.name, option),
    }));
    return <FormField {...shared} as="select" options={options} />;
  }
  return <FormField {...shared} type={field.input === 'url' ? 'url' : 'text'} />;
}

type T = ReturnType<typeof useTranslation>['t'];
type PlainT = (key: string) => string;

/** A choice in words: a status, a kind of resource, a visibility. */
function optionLabel(t: T, field: string, option: string): string {
  const plain = t as unknown as PlainT;
  if (field === 'status') return plain(`statuses.${option}`);
  if (field === 'resourceKind') return plain(`resourceKinds.${option}`);
  if (field === 'visibility') return plain(`contribute.visibility.${option}`);
  return option;
}
