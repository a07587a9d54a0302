// Numbers in texts follow the page's language: every number interpolated into a translation goes through
// Intl.NumberFormat (French: "12,4", "1 234" with a narrow no-break space), so no view writes "12.4 s".
// `{{seconds, decimal1}}` keeps one decimal; other numbers keep their own digits.

const FORMATS: Record<string, Intl.NumberFormatOptions> = {
  decimal1: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
};

/** i18next's format hook (with `alwaysFormat`): numbers in the language's format, anything else as is. */
export function formatInterpolated(
  value: unknown,
  format: string | undefined,
  lng: string | undefined,
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value as string;
  return new Intl.NumberFormat(lng ?? 'fr', format ? FORMATS[format] : undefined).format(value);
}
