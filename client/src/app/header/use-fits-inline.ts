// Whether the header's tools fit inline beside the name, the search box and the ask button. Measured before
// paint: while inline, the header overflowing its width collapses them (and the width they needed is kept);
// while collapsed, they come back inline once the header is at least that wide again. A change of the tools
// themselves (a login adds buttons, a language lengthens them) measures again from inline, unless the
// collapsed panel is open.
import { type RefObject, useLayoutEffect, useState } from 'react';

/** Below this the phone layout (header.css, ≤ 720 px) always collapses them: no measuring needed. */
const PHONE_MAX_PX = 720;

export function useFitsInline(
  root: RefObject<HTMLElement | null>,
  tools: RefObject<HTMLElement | null>,
  /** While the collapsed panel is open, its content changing (a sub-menu) must not close it. */
  panelOpen: boolean,
): boolean {
  const [fits, setFits] = useState(true);
  const [neededPx, setNeededPx] = useState(0);

  useLayoutEffect(() => {
    const header = root.current?.parentElement;
    const content = tools.current;
    if (!header || !content) return;
    const measure = () => {
      const width = header.clientWidth;
      if (window.innerWidth <= PHONE_MAX_PX) return setFits(false);
      if (fits) {
        if (header.scrollWidth > width + 1) {
          setNeededPx(header.scrollWidth);
          setFits(false);
        }
      } else if (neededPx > 0 && width >= neededPx) setFits(true);
    };
    measure();
    const onResize = new ResizeObserver(measure);
    onResize.observe(header);
    // tools changing (login, language, undo appearing): try inline again, measured before the next paint
    const onChange = new MutationObserver(() => {
      if (!fits && !panelOpen && window.innerWidth > PHONE_MAX_PX) setFits(true);
      else measure();
    });
    onChange.observe(content, { childList: true, subtree: true, characterData: true });
    return () => {
      onResize.disconnect();
      onChange.disconnect();
    };
  }, [root, tools, fits, neededPx, panelOpen]);

  return fits;
}
