/** Whether a configured registry source is downloaded (an http(s) URL) rather than read from a file path. */
export function isUrlSource(source: string): boolean {
  return /^https?:\/\//i.test(source);
}
