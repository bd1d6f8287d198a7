// How far a date is from today, as a hover says it ("in 3 days", "6 years ago (2,190 days)"):
// the arithmetic here, the wording (Intl.RelativeTimeFormat in the UI language) in the adapter.

const DAY = 86_400_000;

export interface DayDistance {
	/** Whole days from today to the date: negative in the past. */
	days: number;
	/** The unit a person reads it in: days under 45 days, months under two years, else years. */
	unit: 'day' | 'month' | 'year';
	/** `days` in `unit`, rounded (signed like `days`). */
	amount: number;
}

/** The distance from `today` (its local calendar day) to an ISO day (yyyy-mm-dd); undefined for anything else. */
export function dayDistance(iso: string, today: Date): DayDistance | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) { return undefined; }
	const target = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	const from = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
	const days = Math.round((target - from) / DAY);
	const abs = Math.abs(days);
	if (abs < 45) { return { days, unit: 'day', amount: days }; }
	if (abs < 730) { return { days, unit: 'month', amount: Math.round(days / 30.44) }; }
	return { days, unit: 'year', amount: Math.round(days / 365.25) };
}
