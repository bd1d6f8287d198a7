// Writing a marker like another one: the quick fix of marker-style-mixed, and the style a
// promoted or demoted heading takes from the document.
import type { MarkerFamily, Section } from '../../model';
import { markerShape, withNumber } from '../markerText';

/** The shape most siblings share (the first heading's on a tie), with a heading written in it. */
export function majorityShape(sections: readonly Section[]): { shape: string; example: Section } {
	const counts = new Map<string, { n: number; example: Section }>();
	for (const s of sections) {
		const shape = markerShape(s.marker, s.family);
		const c = counts.get(shape);
		if (c) { c.n++; } else { counts.set(shape, { n: 1, example: s }); }
	}
	let best: { shape: string; example: Section } | null = null;
	let bestN = 0;
	for (const [shape, c] of counts) {
		if (c.n > bestN) { best = { shape, example: c.example }; bestN = c.n; }
	}
	return best ?? { shape: '', example: sections[0] };
}

/** `s`'s marker written like `example`'s (its number kept), or null when it cannot be. */
export function restyled(s: Section, example: Section): string | null {
	return withNumber(example.marker, example.family, s.number);
}

/** The way the document writes a family most often, as a marker of that family; null if it never does. */
export function documentStyle(all: readonly Section[], family: MarkerFamily): Section | null {
	const of = all.filter(s => s.family === family && s.number > 0);
	return of.length ? majorityShape(of).example : null;
}
