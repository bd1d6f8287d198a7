// The sidecar file of a notice's notes: `foo.txt.notes.json` beside `foo.txt`, versioned JSON
// `{"version": 1, "notes": [{id, anchor: {path, text, offset, kind}, body, author, created,
// updated, resolved, replies: [{id, body, author, created, updated}]}]}`. Reading checks every
// field: a file that does not pass is reported and left alone (the caller never overwrites it).
import type { AnchorKind, Note, NoteAnchor, NoteComment } from './types';

export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.notes.json';

/** The sidecar of a notice file (a path or a URI's path). */
export function sidecarPathOf(file: string): string {
	return file + SIDECAR_SUFFIX;
}

export type SidecarRead = { ok: true; notes: Note[] } | { ok: false; error: string };

const ANCHOR_KINDS: readonly AnchorKind[] = ['heading', 'target', 'text'];

class Malformed extends Error {}

/** The notes of a sidecar's text, or why it is not one (never throws). */
export function parseSidecar(json: string): SidecarRead {
	let data: unknown;
	try {
		data = JSON.parse(json.replace(/^\uFEFF/, ''));
	} catch (e) {
		return { ok: false, error: `not JSON: ${(e as Error).message}` };
	}
	try {
		const root = record(data, 'the file');
		if (root.version !== SIDECAR_VERSION) {
			return { ok: false, error: typeof root.version === 'number' && root.version > SIDECAR_VERSION ? `version ${root.version} is newer than this extension reads (${SIDECAR_VERSION})` : `"version" must be ${SIDECAR_VERSION}` };
		}
		if (!Array.isArray(root.notes)) { throw new Malformed('"notes" must be a list'); }
		const notes = root.notes.map((n, i) => note(n, `notes[${i}]`));
		const ids = new Set<string>();
		for (const c of notes.flatMap(n => [n, ...n.replies])) {
			if (ids.has(c.id)) { throw new Malformed(`the id ${JSON.stringify(c.id)} is used twice`); }
			ids.add(c.id);
		}
		return { ok: true, notes };
	} catch (e) {
		if (e instanceof Malformed) { return { ok: false, error: e.message }; }
		throw e;
	}
}

/** The sidecar's text for these notes: stable key order, tabs, a final line break. */
export function serializeSidecar(notes: readonly Note[]): string {
	const comment = (c: NoteComment) => ({ id: c.id, body: c.body, author: c.author, created: c.created, updated: c.updated });
	const data = {
		version: SIDECAR_VERSION,
		notes: notes.map(n => ({
			id: n.id,
			anchor: { path: [...n.anchor.path], text: n.anchor.text, offset: n.anchor.offset, kind: n.anchor.kind },
			body: n.body, author: n.author, created: n.created, updated: n.updated,
			resolved: n.resolved,
			replies: n.replies.map(comment),
		})),
	};
	return JSON.stringify(data, null, '\t') + '\n';
}

function record(v: unknown, where: string): Record<string, unknown> {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) { throw new Malformed(`${where} must be an object`); }
	return v as Record<string, unknown>;
}

function text(o: Record<string, unknown>, key: string, where: string): string {
	const v = o[key];
	if (typeof v !== 'string') { throw new Malformed(`${where}.${key} must be a string`); }
	return v;
}

function comment(v: unknown, where: string): NoteComment {
	const o = record(v, where);
	const id = text(o, 'id', where);
	if (!id) { throw new Malformed(`${where}.id is empty`); }
	return { id, body: text(o, 'body', where), author: text(o, 'author', where), created: text(o, 'created', where), updated: text(o, 'updated', where) };
}

function anchor(v: unknown, where: string): NoteAnchor {
	const o = record(v, where);
	if (!Array.isArray(o.path) || !o.path.every(p => typeof p === 'string')) { throw new Malformed(`${where}.path must be a list of strings`); }
	if (typeof o.offset !== 'number' || !Number.isInteger(o.offset) || o.offset < 0) { throw new Malformed(`${where}.offset must be a whole number ≥ 0`); }
	// Written by hand without a kind: a piece of text.
	const kind = o.kind === undefined ? 'text' : o.kind;
	if (!ANCHOR_KINDS.includes(kind as AnchorKind)) { throw new Malformed(`${where}.kind must be one of ${ANCHOR_KINDS.join(', ')}`); }
	return { path: [...o.path as string[]], text: text(o, 'text', where), offset: o.offset, kind: kind as AnchorKind };
}

function note(v: unknown, where: string): Note {
	const o = record(v, where);
	if (o.resolved !== undefined && typeof o.resolved !== 'boolean') { throw new Malformed(`${where}.resolved must be true or false`); }
	if (o.replies !== undefined && !Array.isArray(o.replies)) { throw new Malformed(`${where}.replies must be a list`); }
	return {
		...comment(o, where),
		anchor: anchor(o.anchor, `${where}.anchor`),
		resolved: o.resolved === true,
		replies: ((o.replies ?? []) as unknown[]).map((r, i) => comment(r, `${where}.replies[${i}]`)),
	};
}
