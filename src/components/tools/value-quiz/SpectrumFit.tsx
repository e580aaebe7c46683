import { formatNumber } from '../../../i18n/format';
import { useLocale, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { readProfile } from '../../../lib/quiz/profile';
import { expectedProfile, fitOf } from '../../../lib/quiz/spectrum-fit';
import type { Source } from '../../../lib/quiz/statements';
import { PlaceInputs } from './PlaceInputs';
import { useGridPlace } from './use-grid-place';

const QUIZ = uses('value-quiz');

interface Props {
  offering: string;
  profile: Record<Source, number> | undefined;
  frequency: number | null;
  complexity: number | null;
  /** `cleared` when the reader cleared the place, so the page can offer it back. */
  onPlace: (frequency: number | null, complexity: number | null, cleared?: boolean) => void;
}

/** Compares the profile with what the offering's place on the spectrum grid leads us to expect. */
export function SpectrumFit({ offering, profile, frequency, complexity, onPlace }: Props) {
  const { valueQuizText: t } = useText(QUIZ);
  const locale = useLocale();
  const fmt = (n: number) => formatNumber(n, { max: 1 }, locale);
  const found = useGridPlace(offering);
  const typed = frequency !== null && complexity !== null ? { frequency, complexity } : undefined;
  const place = typed ?? found;
  const expectation = place ? expectedProfile(place.frequency, place.complexity) : undefined;
  return (
    <div class="cx-quiz__spectrum">
      <p>{t.spectrumIntro}</p>
      <p>
        {found
          ? t.gridFound(found.name, fmt(found.frequency), fmt(found.complexity), found.spread)
          : offering.trim() !== ''
            ? t.gridNotFound(offering.trim())
            : t.gridNone}
      </p>
      {found && typed && <p>{t.placeOverride}</p>}
      <PlaceInputs frequency={frequency} complexity={complexity} onPlace={onPlace} />
      {expectation && (
        <div class="cx-quiz__fit">
          <p>{t.expectations[expectation]}</p>
          {profile && <p>{t.fits[fitOf(readProfile(profile).shape, expectation)]}</p>}
        </div>
      )}
    </div>
  );
}
