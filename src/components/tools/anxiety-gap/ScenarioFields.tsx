import { useId } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { touchpointsNeeded } from '../../../lib/anxiety/factors';
import type { GridComplexity } from '../../../lib/anxiety/from-grid';
import { COMMUNITY, LIMITS, ONBOARDING, type Scenario, sharePct, toModelInput } from '../../../lib/anxiety/inputs';
import { formatNumber } from '../../../lib/anxiety/money';
import type { ScenarioId } from '../../../lib/anxiety/state';
import { maxInUnit, TIME_UNITS, type TimeUnit } from '../../../lib/anxiety/units';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

const ANXIETY = uses('anxiety-gap');

interface Props {
  id: ScenarioId;
  value: Scenario;
  onPatch: (patch: Partial<Scenario>) => void;
  locale: string;
  grid: GridComplexity | null;
}

/** The inputs of one scenario, in a fieldset named after it. */
export function ScenarioFields({ id, value: s, onPatch, locale, grid }: Props) {
  const { anxietyGap: t } = useText(ANXIETY);
  const legendId = useId();
  const unitName = (u: TimeUnit) => t.units.time(u);
  const f = t.fields;
  const needed = Math.ceil(touchpointsNeeded(toModelInput(s).gapDays));
  const duration = (unit: TimeUnit) => ({ min: 0, max: maxInUnit(unit) });
  return (
    <fieldset class="cx-anx__scenario" aria-describedby={`${legendId}-hint`}>
      <legend>{t.scenario[id]}</legend>
      <p id={`${legendId}-hint`} class="cx-anx__hint">
        {t.scenarioHint[id]}
      </p>
      <NumberField
        label={f.gap}
        hint={f.gapHint}
        value={s.gap}
        spec={duration(s.gapUnit)}
        locale={locale}
        onValue={(gap) => onPatch({ gap })}
        after={
          <SelectField
            compact
            label={f.gapUnit}
            value={s.gapUnit}
            options={TIME_UNITS}
            names={unitName}
            onChange={(gapUnit) => onPatch({ gapUnit, gap: Math.min(s.gap, maxInUnit(gapUnit)) })}
          />
        }
      />
      <fieldset class="cx-anx__size">
        <legend>{f.size}</legend>
        <div class="cx-anx__radios">
          {(['share', 'price'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name={`${legendId}-size`}
                value={mode}
                checked={s.size === mode}
                onChange={() => onPatch({ size: mode })}
              />{' '}
              {mode === 'share' ? f.sizeShare : f.sizePrice}
            </label>
          ))}
        </div>
        {s.size === 'share' ? (
          <NumberField
            label={f.share}
            unit={t.units.percent}
            value={s.share}
            spec={LIMITS.share}
            locale={locale}
            onValue={(share) => onPatch({ share })}
          />
        ) : (
          <>
            <NumberField
              label={f.price}
              value={s.price}
              spec={LIMITS.price}
              locale={locale}
              onValue={(price) => onPatch({ price })}
            />
            <NumberField
              label={f.budget}
              hint={f.budgetHint}
              value={s.budget}
              spec={LIMITS.budget}
              locale={locale}
              onValue={(budget) => onPatch({ budget })}
            />
            <p class="cx-anx__derived">{f.shareFromPrice(formatNumber(sharePct(s), locale, 1))}</p>
          </>
        )}
      </fieldset>
      <NumberField
        label={f.complexity}
        unit={t.units.score}
        hint={f.complexityHint}
        value={s.complexity}
        spec={LIMITS.complexity}
        locale={locale}
        onValue={(complexity) => onPatch({ complexity })}
      />
      {grid !== null && (
        <button type="button" class="cx-anx__grid" onClick={() => onPatch({ complexity: grid.complexity })}>
          {f.useGrid}
          {` (${grid.name === '' ? '' : `${grid.name}: `}${formatNumber(grid.complexity, locale, 1)})`}
        </button>
      )}
      <NumberField
        label={f.window}
        hint={f.windowHint}
        value={s.window}
        spec={duration(s.windowUnit)}
        locale={locale}
        onValue={(window) => onPatch({ window })}
        after={
          <SelectField
            compact
            label={f.windowUnit}
            value={s.windowUnit}
            options={TIME_UNITS}
            names={unitName}
            onChange={(windowUnit) => onPatch({ windowUnit, window: Math.min(s.window, maxInUnit(windowUnit)) })}
          />
        }
      />
      <NumberField
        label={f.touchpoints}
        hint={f.touchpointsHint(formatNumber(needed, locale, 0))}
        value={s.touchpoints}
        spec={LIMITS.touchpoints}
        locale={locale}
        onValue={(touchpoints) => onPatch({ touchpoints })}
      />
      <SelectField
        label={f.onboarding}
        value={s.onboarding}
        options={ONBOARDING}
        names={(o) => t.onboardingLevels[o]}
        onChange={(onboarding) => onPatch({ onboarding })}
      />
      <SelectField
        label={f.community}
        value={s.community}
        options={COMMUNITY}
        names={(o) => t.communityLevels[o]}
        onChange={(community) => onPatch({ community })}
      />
    </fieldset>
  );
}
