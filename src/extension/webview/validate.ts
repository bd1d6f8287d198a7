// What every view checks a message from its webview with before acting on it: the shape tests
// and the limits the validators of Related Tasks, Compare Targets and the task table share.
// Pure: no vscode import (unit-tested in plain Node).

export const MAX_ID_LENGTH = 4096;
export const MAX_FILTER_LENGTH = 200;
export const MAX_ERROR_LENGTH = 2000;
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A non-negative safe integer. */
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
/** No key but `keys` (a message with extra fields is refused, not trimmed). */
export const hasOnly = (m: Record<string, unknown>, keys: readonly string[]) => Object.keys(m).every(k => keys.includes(k));

/** A short, loggable description of a rejected message (never the whole payload). */
export function describeRejected(raw: unknown): string {
	let text: string;
	try { text = JSON.stringify(raw) ?? String(raw); } catch { text = Object.prototype.toString.call(raw); }
	return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
}
