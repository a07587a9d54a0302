// The replay bar over the bottom of the map in time mode: step back, play / pause, step forward, the
// step (day, week, month), the slider over the history's days, the day shown in words and how many nodes
// stood then, a comparison from a chosen day to the day shown, and the way back to the present.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { endOfDay, formatDay, TIME_STEPS, type TimeStep } from '../time-state';
import type { TimeMode } from '../use-time-mode';
import { ComparePanel } from './ComparePanel';
import '../time.css';

const DAY_MS = 86_400_000;

export function TimeBar({ time }: { time: TimeMode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const stepId = useId();
  if (!time.active) return null;
  const { range, at, frame } = time;
  return (
    <section
      className="time-bar"
      aria-label={t('time.label')}
      data-testid="time-bar"
      data-status={time.status}
      data-shown={frame?.shownNodes}
    >
      {time.status === 'loading' && <p className="time-bar__note">{t('time.loading')}</p>}
      {time.status === 'error' && (
        <p className="time-bar__note" role="alert">
          {t('time.failed')}{' '}
          <button type="button" className="time-bar__button" onClick={time.retry}>
            {t('time.retry')}
          </button>
        </p>
      )}
      {time.status === 'ready' && (!range || at === null) && (
        <p className="time-bar__note">{t('time.empty')}</p>
      )}
      {time.status === 'ready' && range && at !== null && (
        <>
          <div className="time-bar__controls">
            <button
              type="button"
              className="time-bar__button"
              onClick={() => time.stepBy(-1)}
              aria-label={t('time.back')}
              title={t('time.back')}
              disabled={at <= range.first}
            >
              ◀︎
            </button>
            {time.playing ? (
              <button
                type="button"
                className="time-bar__button time-bar__play"
                onClick={time.pause}
                aria-label={t('time.pause')}
              >
                ❚❚ <span className="time-bar__word">{t('time.pause')}</span>
              </button>
            ) : (
              <button
                type="button"
                className="time-bar__button time-bar__play"
                onClick={time.play}
                aria-label={t('time.play')}
              >
                ▶︎ <span className="time-bar__word">{t('time.play')}</span>
              </button>
            )}
            <button
              type="button"
              className="time-bar__button"
              onClick={() => time.stepBy(1)}
              aria-label={t('time.forward')}
              title={t('time.forward')}
              disabled={at >= range.last}
            >
              ▶︎▶︎
            </button>
            <label className="time-bar__step" htmlFor={stepId}>
              <span>{t('time.step')}</span>
              <select
                id={stepId}
                value={time.step}
                onChange={(e) => time.setStep(e.target.value as TimeStep)}
              >
                {TIME_STEPS.map((s) => (
                  <option key={s} value={s}>
                    {t(`time.steps.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="time-bar__button time-bar__leave" onClick={time.leave}>
              {t('time.leave')}
            </button>
          </div>
          <input
            type="range"
            className="time-bar__slider"
            aria-label={t('time.slider')}
            aria-valuetext={formatDay(at, lang)}
            min={range.first}
            max={range.last}
            step={DAY_MS}
            value={at}
            onChange={(e) => time.pick(endOfDay(Number(e.target.value)))}
          />
          <p className="time-bar__date" aria-live="polite">
            <strong data-testid="time-day">{formatDay(at, lang)}</strong>
            {frame && <span> · {t('time.shown', { count: frame.shownNodes })}</span>}{' '}
            <button
              type="button"
              className="time-bar__link"
              aria-pressed={time.compareFrom !== null}
              onClick={time.compareFrom === null ? time.startCompare : time.stopCompare}
            >
              {time.compareFrom === null ? t('time.compare.start') : t('time.compare.stop')}
            </button>
          </p>
          {time.compareFrom !== null && time.timeline && (
            <ComparePanel timeline={time.timeline} from={time.compareFrom} to={at} />
          )}
        </>
      )}
    </section>
  );
}
