// Promote / demote a heading with its subheadings: each ladder heading of the subtree moves one
// family up or down (（二） → 三、, its 1. → （一）), the outline that follows from the new families
// is worked out, and the sequences the heading leaves and joins are renumbered. Only markers change.
import type { FileModel, NoticeDocument, Section } from '../../model';
import { walkSections } from '../../parse';
import type { HouseStyle, LadderFamily, TextEdit } from '../types';
import { DEFAULT_HOUSE_STYLE, LADDER, fitsBefore, houseMarker, isLadder, withNumber } from '../markerText';
import { headingAt } from '../locate';
import { documentStyle } from './markerStyle';
import { numeralEdit } from './renumber';
import { keepsOutline } from './verify';

export function promoteSection(model: FileModel, at: number, style: HouseStyle = DEFAULT_HOUSE_STYLE): TextEdit[] {
	const edits = shift(model, at, -1, style);
	return keepsOutline(model, edits) ? edits : [];
}

export function demoteSection(model: FileModel, at: number, style: HouseStyle = DEFAULT_HOUSE_STYLE): TextEdit[] {
	const edits = shift(model, at, 1, style);
	return keepsOutline(model, edits) ? edits : [];
}

interface Item {
	section: Section;
	level: number;
	newLevel: number;
}

function shift(model: FileModel, at: number, by: -1 | 1, style: HouseStyle): TextEdit[] {
	const found = headingAt(model, at);
	if (!found || !isLadder(found.section.family) || found.section.number <= 0) { return []; }
	const { doc, section } = found;
	// The ladder headings that share the heading's container (the document, a plan, an annex, a
	// part or a box), in document order: the outline is worked out among them.
	const items = ladderItems(containerChildren(doc, section));
	const moving = new Set<Section>();
	walkSections([section], s => { moving.add(s); });
	for (const it of items) {
		if (moving.has(it.section)) { it.newLevel = it.level + by; }
		if (it.newLevel < 0 || it.newLevel >= LADDER.length) { return []; }
	}
	const levels = items.map(i => i.level), newLevels = items.map(i => i.newLevel);
	const before = nest(levels), after = nest(newLevels);
	const was = (i: number) => `${before[i]}:${levels[i]}`, now = (i: number) => `${after[i]}:${newLevels[i]}`;
	// A group that gains or loses a heading is renumbered; the others keep their numbers.
	const dirty = new Set<string>();
	const firstOf = new Map<string, number>();
	items.forEach((_, i) => { if (!firstOf.has(was(i))) { firstOf.set(was(i), i); } });
	items.forEach((_, i) => { if (was(i) !== now(i)) { dirty.add(was(i)); dirty.add(now(i)); } });
	const newNumber = new Map<Section, number>();
	for (let level = 0; level < LADDER.length; level++) {
		const at = items.map((_, i) => i).filter(i => newLevels[i] === level);
		if (running(items, levels, before, level)) {
			// Numbers that run on across parents (1.–4. under （一）, 5. under （二）) count on over the
			// container from the first heading that joins or leaves the level; a 1 the author wrote
			// still restarts the count.
			const changed = items.findIndex((_, i) => (levels[i] === level || newLevels[i] === level) && was(i) !== now(i));
			if (changed < 0) { continue; }
			let counter = 0;
			for (const i of at) {
				if (i < changed) { counter = items[i].section.number; continue; }
				if (levels[i] === level && items[i].section.number === 1 && !moving.has(items[i].section)) { counter = 0; }
				newNumber.set(items[i].section, ++counter);
			}
			continue;
		}
		const counters = new Map<string, number>();
		for (const i of at) {
			const k = now(i);
			if (!dirty.has(k)) { continue; }
			// A group counts from 1, unless its first heading was first before too (kept as written).
			const next = counters.has(k) ? counters.get(k)! + 1 : (was(i) === k && firstOf.get(k) === i ? items[i].section.number : 1);
			counters.set(k, next);
			newNumber.set(items[i].section, next);
		}
	}
	const all: Section[] = [];
	walkSections(doc.sections, s => all.push(s));
	const edits: TextEdit[] = [];
	for (const it of items) {
		const n = newNumber.get(it.section) ?? it.section.number;
		const s = it.section;
		if (it.newLevel === it.level) {
			if (n === s.number) { continue; }
			const e = numeralEdit(s, n);
			if (!e) { return []; }
			edits.push(e);
			continue;
		}
		const family = LADDER[it.newLevel];
		const example = documentStyle(all, family);
		const marker = (example && withNumber(example.marker, family, n)) ?? houseMarker(style, family as LadderFamily, n);
		if (!marker || !fitsBefore(model.text, s, marker, family, n)) { return []; }
		edits.push({ offset: s.offset, end: s.offset + s.marker.length, newText: marker });
	}
	return edits.sort((a, b) => a.offset - b.offset);
}

/** The list of headings the heading's container holds at its top. */
function containerChildren(doc: NoticeDocument, section: Section): readonly Section[] {
	let holder: readonly Section[] = doc.sections;
	walkSections(doc.sections, (s, ancestors) => {
		if (s !== section) { return; }
		for (let i = ancestors.length - 1; i >= 0; i--) {
			if (!isLadder(ancestors[i].family)) { holder = ancestors[i].children; return; }
		}
	});
	return holder;
}

/** Ladder headings under `list`, in document order, not descending into other containers. */
function ladderItems(list: readonly Section[]): Item[] {
	const out: Item[] = [];
	const visit = (l: readonly Section[]) => {
		for (const s of l) {
			if (!isLadder(s.family) || s.number <= 0) { continue; }
			const level = LADDER.indexOf(s.family);
			out.push({ section: s, level, newLevel: level });
			visit(s.children);
		}
	};
	visit(list);
	return out;
}

/** For each heading, the index of its parent among them (-1: the container): the nearest earlier heading of an outer level. */
function nest(levels: readonly number[]): number[] {
	const parents: number[] = [];
	const stack: number[] = [];
	levels.forEach((l, i) => {
		while (stack.length && levels[stack[stack.length - 1]] >= l) { stack.pop(); }
		parents.push(stack.length ? stack[stack.length - 1] : -1);
		stack.push(i);
	});
	return parents;
}

/** Whether a level's numbers run on across parents: a later group starts where the one before stopped. */
function running(items: readonly Item[], levels: readonly number[], parents: readonly number[], level: number): boolean {
	let parent: number | null = null, last = 0;
	for (let i = 0; i < items.length; i++) {
		if (levels[i] !== level) { continue; }
		const n = items[i].section.number;
		if (parent !== null && parents[i] !== parent && n > 1 && n === last + 1) { return true; }
		parent = parents[i];
		last = n;
	}
	return false;
}
