// Shared by validate.mjs and the evaluation: reads a gold document's text and finds its anchors.
// Anchors are matched with every blank and line break removed from both sides ("squeezed"), so
// labels do not depend on the layout. Plain JS so labellers can run it without a build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GOLD_DIR = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS = path.resolve(GOLD_DIR, '..', '..', '..', 'shared', 'corpus');

const BLANK = /[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/u;

/** The file's text, decoded the way the product decodes it (BOM, UTF-8, else GB18030). */
export function readCorpusText(rel) {
	const bytes = fs.readFileSync(path.join(CORPUS, rel));
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { return new TextDecoder('utf-8').decode(bytes.subarray(3)); }
	try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return new TextDecoder('gb18030').decode(bytes); }
}

/** The text without blanks, and for each of its characters the offset in the original text. */
export function squeeze(text) {
	let s = '';
	const map = [];
	for (let i = 0; i < text.length; i++) {
		if (!BLANK.test(text[i])) { s += text[i]; map.push(i); }
	}
	map.push(text.length);
	return { s, map };
}

export function squeezeString(x) {
	let s = '';
	for (const c of x) { if (!BLANK.test(c)) { s += c; } }
	return s;
}

/**
 * Locates the gold labels in the text. Returns, for each heading / quantity / date, its span in
 * the original text ({ offset, end }) or null with an error message.
 */
export function locate(text, gold) {
	const sq = squeeze(text);
	const errors = [];
	const span = (from, to) => ({ offset: sq.map[from], end: sq.map[to - 1] + 1 });
	const headings = [];
	let at = 0;
	for (const h of gold.headings ?? []) {
		const needle = squeezeString(h.text ?? '');
		const i = needle ? sq.s.indexOf(needle, at) : -1;
		if (i < 0) { errors.push(`heading ${h.id} not found after the previous one: ${h.text}`); headings.push(null); continue; }
		headings.push(span(i, i + needle.length));
		at = i + 1;
	}
	const inContext = (list, what) => {
		const out = [];
		let from = 0;
		for (const q of list ?? []) {
			const ctx = squeezeString(q.context ?? '');
			const t = squeezeString(q.text ?? '');
			const ci = ctx ? sq.s.indexOf(ctx, from) : -1;
			const ti = ci >= 0 ? ctx.indexOf(t) : -1;
			if (ci < 0) { errors.push(`${what} context not found after the previous one: ${q.context}`); out.push(null); continue; }
			if (!t || ti < 0) { errors.push(`${what} text "${q.text}" is not in its context "${q.context}"`); out.push(null); continue; }
			if (ctx.indexOf(t, ti + 1) >= 0) { errors.push(`${what} text "${q.text}" occurs twice in its context "${q.context}"`); }
			out.push(span(ci + ti, ci + ti + t.length));
			from = ci;
		}
		return out;
	};
	const quantities = inContext(gold.quantities, 'quantity');
	const dates = inContext(gold.dates, 'date');
	return { headings, quantities, dates, errors };
}

export const HEADING_TYPES = ['plan', 'annex', 'part', 'chapter', 'article', 'section', 'box', 'item'];
export const DATE_KINDS = ['deadline', 'period', 'issued', 'effective', 'expiry', 'published', 'past', 'reference'];

/** Structural checks of one gold file (ids, parents, types, kinds), besides the anchors. */
export function checkShape(gold) {
	const errors = [];
	const ids = new Set();
	for (const h of gold.headings ?? []) {
		if (ids.has(h.id)) { errors.push(`duplicate heading id ${h.id}`); }
		if (h.parent !== null && !ids.has(h.parent)) { errors.push(`heading ${h.id}: parent ${h.parent} is not an earlier heading`); }
		if (!HEADING_TYPES.includes(h.type)) { errors.push(`heading ${h.id}: unknown type ${h.type}`); }
		ids.add(h.id);
	}
	for (const q of gold.quantities ?? []) {
		if (typeof q.target !== 'boolean') { errors.push(`quantity ${q.text}: target must be true or false`); }
		if (q.target && !(q.deadline === null || /^[0-9]{4}$/.test(q.deadline ?? ''))) { errors.push(`quantity ${q.text}: deadline must be "YYYY" or null`); }
	}
	for (const d of gold.dates ?? []) {
		if (!DATE_KINDS.includes(d.kind)) { errors.push(`date ${d.text}: unknown kind ${d.kind}`); }
	}
	if (typeof gold.title !== 'string') { errors.push('title must be a string'); }
	return errors;
}
