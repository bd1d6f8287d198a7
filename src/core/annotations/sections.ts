// Section lookups for annotations: the path of sections holding an offset, in O(log n + depth).
import type { Section } from '../model';
import { lastAtOrBefore } from '../text/search';

interface Node { section: Section; parent: number }

export class SectionIndex {
	private readonly flat: Node[] = [];
	private sorted = true;

	constructor(roots: readonly Section[]) {
		const walk = (list: readonly Section[], parent: number, depth: number) => {
			if (depth > 64) { return; }
			for (const s of list) {
				const i = this.flat.length;
				this.flat.push({ section: s, parent });
				walk(s.children, i, depth + 1);
			}
		};
		walk(roots, -1, 0);
		// Pre-order is offset order for a well-formed tree; sort defensively (stable) otherwise.
		for (let i = 1; i < this.flat.length; i++) {
			if (this.flat[i].section.offset < this.flat[i - 1].section.offset) { this.sorted = false; break; }
		}
	}

	/** Sections holding `offset`, outermost first. */
	pathAt(offset: number): Section[] {
		const flat = this.flat;
		if (!flat.length) { return []; }
		let i = -1;
		if (this.sorted) {
			i = lastAtOrBefore(flat, offset, f => f.section.offset);
		} else {
			for (let k = 0; k < flat.length; k++) { if (contains(flat[k].section, offset)) { i = k; } }
		}
		while (i >= 0 && !contains(flat[i].section, offset)) { i = flat[i].parent; }
		const path: Section[] = [];
		let guard = 0;
		while (i >= 0 && guard++ < 64) {
			path.push(flat[i].section);
			i = flat[i].parent;
		}
		return path.reverse();
	}
}

export function contains(s: Section, offset: number): boolean {
	return s.offset <= offset && offset < Math.max(s.end, s.offset + 1);
}

/** Where a section's own text ends: its first child, or its end. */
export function introEnd(s: Section): number {
	return s.children.length ? s.children[0].offset : s.end;
}
