/** Text as the server takes it: trimmed, and empty as null (which clears the value). */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
