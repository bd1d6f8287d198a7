// The marker Enter continues with after a heading line (`（三）…` → `（四）`), written like it.
import type { FileModel } from '../../model';
import { matchMarker } from '../../outline/markers';
import { lineAround } from '../../text/paragraphs';
import { withNumber } from '../markerText';
import { headingAt } from '../locate';

/**
 * The next sibling's marker for the heading line holding `offset`, or null when the line does
 * not start with a numbered marker. A heading the outline knows is read from the outline; a line
 * just typed (not yet a heading) from its marker.
 */
export function nextMarkerAfter(model: FileModel, offset: number): string | null {
	const found = headingAt(model, offset);
	if (found && found.section.number > 0 && found.section.family !== 'plan') {
		const s = found.section;
		return withNumber(s.marker, s.family, s.number + 1);
	}
	const line = lineAround(model.text, offset);
	const m = matchMarker(model.text, line.offset, line.end);
	if (!m || m.number <= 0) { return null; }
	const marker = model.text.slice(line.offset, m.markerEnd).replace(/[\s\u3000:：]+$/u, '');
	return withNumber(marker, m.family, m.number + 1);
}
