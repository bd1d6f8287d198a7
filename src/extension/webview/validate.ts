// What every view checks a message from its webview with before acting on it: the shape tests
// and the limits the validators of Related Tasks, Compare Targets and the task table share, and
// the messages their pages send alike (`ready`, `error`, `manageTrust`, an `open` by id) with
// their checks. Pure: no vscode import (unit-tested in plain Node).

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

// ── the messages the pages send alike ────────────────────────────────────────

/** The page's script is loaded and listening: the view answers with `init` and its model. */
export type ReadyMessage = { type: 'ready' };
/** An uncaught error in the webview's script (logged, never shown). */
export type ErrorMessage = { type: 'error'; message: string };
/** Restricted Mode: the person asked to open VS Code's Manage Workspace Trust. */
export type ManageTrustMessage = { type: 'manageTrust' };
/** Open the item `id` of those on screen; `preserveFocus` keeps the keyboard in the view (a click, Space), else the editor takes it (Enter). */
export type OpenByIdMessage = { type: 'open'; id: string; preserveFocus: boolean };

/** A message of type `type` that has no other field (`ready`, `manageTrust`, …); else null. */
export function bareMessage<T extends string>(m: Record<string, unknown>, type: T): { type: T } | null {
	return hasOnly(m, ['type']) ? { type } : null;
}

/** An `error` message, its text cut to MAX_ERROR_LENGTH; else null. */
export function errorMessage(m: Record<string, unknown>): ErrorMessage | null {
	return hasOnly(m, ['type', 'message']) && typeof m.message === 'string' ? { type: 'error', message: m.message.slice(0, MAX_ERROR_LENGTH) } : null;
}

/** An `open` message whose `id` is one of `ids` (the items on screen), `preserveFocus` true when left out; else null. */
export function openByIdMessage(m: Record<string, unknown>, ids: ReadonlySet<string> | undefined): OpenByIdMessage | null {
	if (!hasOnly(m, ['type', 'id', 'preserveFocus'])) { return null; }
	if (typeof m.id !== 'string' || m.id.length === 0 || m.id.length > MAX_ID_LENGTH || !ids?.has(m.id)) { return null; }
	if (m.preserveFocus !== undefined && typeof m.preserveFocus !== 'boolean') { return null; }
	return { type: 'open', id: m.id, preserveFocus: m.preserveFocus ?? true };
}
