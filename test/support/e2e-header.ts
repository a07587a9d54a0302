// The header's tools as a person reaches them: inline on a wide screen; on a phone behind the "Menu"
// button (client/src/app/header/HeaderMenu.tsx), which is opened first when the tool is not shown.
import type { Locator, Page } from 'playwright-core';

/** The header tool `testId` (login, register, undo, add…), the menu opened first if that is where it is. */
export async function headerTool(page: Page, testId: string): Promise<Locator> {
  const tool = page.getByTestId(testId);
  const toggle = page.getByTestId('header-menu-toggle');
  if (!(await tool.isVisible()) && (await toggle.isVisible())) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  return tool;
}
