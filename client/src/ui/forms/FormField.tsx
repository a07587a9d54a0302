// One labelled form field — a text input, a text area or a choice — with its hint and its validation error
// next to it (the control described by both and marked invalid), the shape every dialog uses: accounts,
// ask and grow, editing, linking, stances, photos. The error arrives translated; a required field's label
// says so.
import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import './forms.css';

export interface FieldOption {
  value: string;
  label: string;
  /** data-* attributes of the option (what tests and styles read, e.g. the relation it stands for). */
  data?: Record<`data-${string}`, string>;
}

interface Common {
  /** The control's id; a generated one by default. */
  id?: string;
  name: string;
  label: string;
  hint?: string;
  /** The translated validation error, shown under the field. */
  error?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}

interface InputField extends Common {
  as?: 'input';
  type?: 'text' | 'email' | 'password' | 'url' | 'search';
  autoComplete?: string;
  placeholder?: string;
  maxLength?: number;
  inputRef?: Ref<HTMLInputElement>;
}

interface TextAreaField extends Common {
  as: 'textarea';
  rows?: number;
  maxLength?: number;
  inputRef?: Ref<HTMLTextAreaElement>;
}

interface SelectField extends Common {
  as: 'select';
  options: readonly FieldOption[];
}

export type FormFieldProps = InputField | TextAreaField | SelectField;

export function FormField(props: FormFieldProps) {
  const { t } = useTranslation();
  const generated = useId();
  const id = props.id ?? generated;
  const { name, label, hint, error, required, value, onChange, testId } = props;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const common = {
    id,
    name,
    value,
    required,
    className: 'form-field__input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    'data-testid': testId,
    'data-field': name,
  } as const;
  return (
    <div className="form-field">
      <label htmlFor={id} className="form-field__label">
        {label}
        {required && <span className="form-field__required"> ({t('contribute.common.required')})</span>}
      </label>
      {props.as === 'textarea' ? (
        <textarea
          {...common}
          ref={props.inputRef}
          rows={props.rows ?? 3}
          maxLength={props.maxLength}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : props.as === 'select' ? (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value} {...option.data}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          ref={props.inputRef}
          type={props.type ?? 'text'}
          inputMode={props.type === 'url' ? 'url' : undefined}
          autoComplete={props.autoComplete}
          placeholder={props.placeholder}
          maxLength={props.maxLength}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && (
        <span id={`${id}-hint`} className="form-field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" data-testid="field-error" data-field={name}>
          {error}
        </span>
      )}
    </div>
  );
}
