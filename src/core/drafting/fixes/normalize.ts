// Markers written in the house style (default GB/T 9704: 一、 （一） 1. （1） ①): each ladder
// heading's marker replaced, its number kept; nothing else changes.
import type { FileModel, Span } from '../../model';
import { walkSections } from '../../parse';
import type { HouseStyle, TextEdit } from '../types';
import { DEFAULT_HOUSE_STYLE, fitsBefore, houseMarker, isLadder } from '../markerText';

/** Edits rewriting every ladder marker (inside `range`, if given) in the house style. */
export function normalizeMarkers(model: FileModel, style: HouseStyle = DEFAULT_HOUSE_STYLE, range?: Span): TextEdit[] {
	const out: TextEdit[] = [];
	for (const doc of model.documents) {
		walkSections(doc.sections, s => {
			if (!isLadder(s.family) || s.number <= 0) { return; }
			const end = s.offset + s.marker.length;
			if (range && (end <= range.offset || s.offset >= range.end)) { return; }
			const wanted = houseMarker(style, s.family, s.number);
			// A style that would not read as a marker before this title (`1.` before `2017年`) is not used.
			if (wanted && wanted !== s.marker && fitsBefore(model.text, s, wanted, s.family, s.number)) { out.push({ offset: s.offset, end, newText: wanted }); }
		});
	}
	return out.sort((a, b) => a.offset - b.offset);
}
