// One field of a contribution form (text, text area, web address, choice or list), its label, and the
// server's problem with it shown right under it, in the reader's language.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditField, FieldProblem } from '../../state/node-edit';

interface Props {
  field: EditField;
  value: string;
  onChange: (value: string) => void;
  problem?: FieldProblem;
  /** A label other than the field's own (the name of a person is its title). */
  label?: string;
}

export function FormField({ field, value, onChange, problem, label }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const common = {
    id,
    value,
    className: 'cform__input',
    'data-testid': 'edit-field',
    'data-field': field.name,
    required: field.required,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? errorId : undefined,
  } as const;
  return (
    <div className="cform__field">
      <label htmlFor={id} className="cform__label">
        {label ?? t(`contribute.fields.${field.name}`)}
        {field.required && <span className="cform__required"> ({t('contribute.common.required')})</span>}
      </label>
      {field.input === 'textarea' ? (
        <textarea
          {...common}
          rows={field.name === 'body' || field.name === 'context' ? 5 : 3}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : field.input === 'select' ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {optionLabel(t, field.name, option)}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.input === 'url' ? 'url' : 'text'}
          inputMode={field.input === 'url' ? 'url' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {problem && (
        <p id={errorId} className="cform__field-error" data-testid="field-error" data-field={field.name}>
          {t(`contribute.problems.${problem}`)}
        </p>
      )}
    </div>
  );
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
