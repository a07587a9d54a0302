// The properties a relation asks for: a role (HAS_ROLE), a stance (INFORMS: optional, TAKES_STANCE:
// required), a short statement, "featured" (GATHERS). Fixed ones (a prompt's role) are not asked.
import { useTranslation } from 'react-i18next';
import { type Relation, roleSchema, stanceSchema } from '../../../../../shared/vocabulary';
import { FormField } from '../../../ui/forms/FormField';
import { propertyInputs, stanceRequired, type LinkProperties as Values } from '../linking';

interface Props {
  relation: Relation;
  values: Values;
  fixed?: Values;
  onChange: (values: Values) => void;
}

export function LinkProperties({ relation, values, fixed = {}, onChange }: Props) {
  const { t } = useTranslation();
  const inputs = propertyInputs(relation).filter((input) => fixed[input] === undefined);
  return (
    <>
      {inputs.includes('role') && (
        <FormField
          as="select"
          name="role"
          testId="link-role"
          label={t('contribute.link.role')}
          value={values.role ?? 'contributor'}
          options={roleSchema.options.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          onChange={(role) => onChange({ ...values, role: roleSchema.parse(role) })}
        />
      )}
      {inputs.includes('stance') && (
        <FormField
          as="select"
          name="stance"
          testId="link-stance"
          label={t('contribute.link.stance')}
          value={values.stance ?? ''}
          options={[
            ...(stanceRequired(relation) ? [] : [{ value: '', label: t('contribute.link.stanceNone') }]),
            ...stanceSchema.options.map((stance) => ({ value: stance, label: t(`stances.${stance}`) })),
          ]}
          onChange={(stance) => onChange({ ...values, stance: stanceOf(stance) })}
        />
      )}
      {inputs.includes('statement') && (
        <FormField
          as="textarea"
          name="statement"
          label={t('contribute.stance.statement')}
          rows={2}
          maxLength={1000}
          value={values.statement ?? ''}
          onChange={(statement) => onChange({ ...values, statement })}
        />
      )}
      {inputs.includes('featured') && (
        <label className="cform__check">
          <input
            type="checkbox"
            checked={values.featured ?? false}
            onChange={(e) => onChange({ ...values, featured: e.target.checked })}
          />
          {t('contribute.link.featured')}
        </label>
      )}
    </>
  );
}

/** A stance from the select ('' for neutral). */
const stanceOf = (value: string): Values['stance'] => {
  const parsed = stanceSchema.safeParse(value);
  return parsed.success ? parsed.data : '';
};
