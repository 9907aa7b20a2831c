/** "2024-05-20" in the reader's own date format; the day is read as a calendar day, not as midnight UTC. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) {
    return day;
  }
  return new Date(year, month - 1, date).toLocaleDateString(undefined, { dateStyle: 'medium' });
}
