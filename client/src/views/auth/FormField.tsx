// One labelled text field with its hint and its validation error next to it (described by both, marked
// invalid), the shape every contribution form uses.
interface Props {
  id: string;
  name: string;
  type?: string;
  autoComplete?: string;
  label: string;
  hint?: string;
  value: string;
  /** The translated validation error, shown under the field. */
  error?: string;
  onChange: (value: string) => void;
  testId?: string;
}

export function FormField({
  id,
  name,
  type = 'text',
  autoComplete,
  label,
  hint,
  value,
  error,
  onChange,
  testId,
}: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
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
