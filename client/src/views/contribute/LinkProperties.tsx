// The properties a relation asks for: a role (HAS_ROLE), a stance (INFORMS: optional, TAKES_STANCE:
// required), a short statement, "featured" (GATHERS). Fixed ones (a prompt's role) are not asked.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Relation, roleSchema, stanceSchema } from '../../../../shared/vocabulary';
import { propertyInputs, stanceRequired, type LinkProperties as Values } from '../../state/linking';

interface Props {
  relation: Relation;
  values: Values;
  fixed?: Values;
  onChange: (values: Values) => void;
}

export function LinkProperties({ relation, values, fixed = {}, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const inputs = propertyInputs(relation).filter((input) => fixed[input] === undefined);
  return (
    <>
      {inputs.includes('role') && (
        <div className="cform__field">
          <label className="cform__label" htmlFor={`${id}-role`}>
            {t('contribute.link.role')}
          </label>
          <select
            id={`${id}-role`}
            className="cform__input"
            data-testid="link-role"
            value={values.role ?? 'contributor'}
            onChange={(e) => onChange({ ...values, role: roleSchema.parse(e.target.value) })}
          >
            {roleSchema.options.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {inputs.includes('stance') && (
        <div className="cform__field">
          <label className="cform__label" htmlFor={`${id}-stance`}>
            {t('contribute.link.stance')}
          </label>
          <select
            id={`${id}-stance`}
            className="cform__input"
            data-testid="link-stance"
            value={values.stance ?? ''}
            onChange={(e) => onChange({ ...values, stance: stanceOf(e.target.value) })}
          >
            {!stanceRequired(relation) && <option value="">{t('contribute.link.stanceNone')}</option>}
            {stanceSchema.options.map((stance) => (
              <option key={stance} value={stance}>
                {t(`stances.${stance}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {inputs.includes('statement') && (
        <div className="cform__field">
          <label className="cform__label" htmlFor={`${id}-statement`}>
            {t('contribute.stance.statement')}
          </label>
          <textarea
            id={`${id}-statement`}
            className="cform__input"
            rows={2}
            maxLength={1000}
            value={values.statement ?? ''}
            onChange={(e) => onChange({ ...values, statement: e.target.value })}
          />
        </div>
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
