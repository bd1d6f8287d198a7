// The document gold set (test/gold): hand labels of headings, quantities and dates of real
// documents, and where each label sits in its text. Labels name text, not offsets: anchors are
// matched with every blank and line break removed from both sides, in document order, so they
// survive any layout and any change of the parser. Guide: test/gold/GUIDE.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../../src/core/io/decode';
import { CORPUS, REPO } from '../unit/paths';

export const GOLD_DIR = path.join(REPO, 'test', 'gold');

export type HeadingType = 'plan' | 'annex' | 'part' | 'chapter' | 'article' | 'section' | 'box' | 'item';
export const HEADING_TYPES: readonly HeadingType[] = ['plan', 'annex', 'part', 'chapter', 'article', 'section', 'box', 'item'];
export const DATE_KINDS = ['deadline', 'period', 'issued', 'effective', 'expiry', 'published', 'past', 'reference'] as const;

export interface GoldHeading { id: number; text: string; parent: number | null; type: HeadingType }
export interface GoldQuantity { text: string; context: string; target: boolean; deadline?: string | null }
export interface GoldDate { text: string; context: string; kind: string }
export interface GoldDoc {
	file: string;
	kind: string;
	title: string;
	recognize?: boolean;
	headings: GoldHeading[];
	quantities: GoldQuantity[];
	dates: GoldDate[];
	notes?: string;
}
export interface Selected { file: string; kind: string; split: 'tune' | 'holdout' }

export interface Located { offset: number; end: number }
export interface LocatedGold {
	headings: (Located | null)[];
	quantities: (Located | null)[];
	dates: (Located | null)[];
	errors: string[];
}

const BLANK = /[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/u;

export function selection(): Selected[] {
	return JSON.parse(fs.readFileSync(path.join(GOLD_DIR, 'selection.json'), 'utf8')) as Selected[];
}

export function goldPath(file: string): string {
	return path.join(GOLD_DIR, 'docs', `${file.replace(/\.txt$/, '').replace(/\//g, '__')}.json`);
}

export function loadGold(file: string): GoldDoc | null {
	const p = goldPath(file);
	return fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) as GoldDoc : null;
}

/** The corpus file's text as the product reads it. */
export function readCorpusText(rel: string): string {
	return decodeText(fs.readFileSync(path.join(CORPUS, rel))).text;
}

export function squeezeString(x: string): string {
	let s = '';
	for (const c of x) { if (!BLANK.test(c)) { s += c; } }
	return s;
}

/** The text without blanks, with the original offset of each of its characters. */
export class Squeezed {
	readonly s: string;
	readonly map: number[];
	/** For each original offset, the squeezed index of the first non-blank character at or after it. */
	private readonly back: Int32Array;
	constructor(text: string) {
		let s = '';
		const map: number[] = [];
		this.back = new Int32Array(text.length + 1);
		for (let i = 0; i < text.length; i++) {
			this.back[i] = map.length;
			if (!BLANK.test(text[i])) { s += text[i]; map.push(i); }
		}
		this.back[text.length] = map.length;
		map.push(text.length);
		this.s = s;
		this.map = map;
	}
	indexOf(offset: number): number { return this.back[Math.max(0, Math.min(offset, this.back.length - 1))]; }
	span(from: number, to: number): Located { return { offset: this.map[from], end: this.map[to - 1] + 1 }; }
}

export function locate(text: string, gold: GoldDoc, sq = new Squeezed(text)): LocatedGold {
	const errors: string[] = [];
	const headings: (Located | null)[] = [];
	let at = 0;
	for (const h of gold.headings ?? []) {
		const needle = squeezeString(h.text ?? '');
		const i = needle ? sq.s.indexOf(needle, at) : -1;
		if (i < 0) { errors.push(`heading ${h.id} not found after the previous one: ${h.text}`); headings.push(null); continue; }
		headings.push(sq.span(i, i + needle.length));
		at = i + 1;
	}
	const inContext = (list: readonly { text: string; context: string }[] | undefined, what: string): (Located | null)[] => {
		const out: (Located | null)[] = [];
		let from = 0;
		for (const q of list ?? []) {
			const ctx = squeezeString(q.context ?? '');
			const t = squeezeString(q.text ?? '');
			const ci = ctx ? sq.s.indexOf(ctx, from) : -1;
			const ti = ci >= 0 && t ? ctx.indexOf(t) : -1;
			if (ci < 0) { errors.push(`${what} context not found after the previous one: ${q.context}`); out.push(null); continue; }
			if (ti < 0) { errors.push(`${what} text "${q.text}" is not in its context "${q.context}"`); out.push(null); continue; }
			if (ctx.indexOf(t, ti + 1) >= 0) { errors.push(`${what} text "${q.text}" occurs twice in its context "${q.context}"`); }
			out.push(sq.span(ci + ti, ci + ti + t.length));
			from = ci;
		}
		return out;
	};
	return { headings, quantities: inContext(gold.quantities, 'quantity'), dates: inContext(gold.dates, 'date'), errors };
}

/** Structural checks of one gold file besides its anchors: ids, parents, types, kinds. */
export function checkShape(gold: GoldDoc): string[] {
	const errors: string[] = [];
	const ids = new Set<number>();
	for (const h of gold.headings ?? []) {
		if (ids.has(h.id)) { errors.push(`duplicate heading id ${h.id}`); }
		if (h.parent !== null && !ids.has(h.parent)) { errors.push(`heading ${h.id}: parent ${h.parent} is not an earlier heading`); }
		if (!HEADING_TYPES.includes(h.type)) { errors.push(`heading ${h.id}: unknown type ${h.type}`); }
		ids.add(h.id);
	}
	for (const q of gold.quantities ?? []) {
		if (typeof q.target !== 'boolean') { errors.push(`quantity ${q.text}: target must be true or false`); }
		if (q.target && !(q.deadline === null || q.deadline === undefined || /^[0-9]{4}$/.test(q.deadline))) { errors.push(`quantity ${q.text}: deadline must be "YYYY" or null`); }
	}
	for (const d of gold.dates ?? []) {
		if (!(DATE_KINDS as readonly string[]).includes(d.kind)) { errors.push(`date ${d.text}: unknown kind ${d.kind}`); }
	}
	if (typeof gold.title !== 'string') { errors.push('title must be a string'); }
	return errors;
}
