// The outline as the CLI prints it (the contract other tools rely on).
import type { FileModel, Section } from '../model';
import { LineIndex } from '../text/lineIndex';

export interface SectionJson {
	kind: Section['kind'];
	level: number;
	marker: string;
	title: string;
	offset: number;
	end: number;
	line: number;
	character: number;
	children: SectionJson[];
}

export interface OutlineJson {
	documents: {
		title: string;
		offset: number;
		end: number;
		duplicateOf: number | null;
		bodyMissing: boolean;
		sections: SectionJson[];
	}[];
}

export function outlineToJson(model: FileModel, lines = new LineIndex(model.text)): OutlineJson {
	const section = (s: Section): SectionJson => {
		const pos = lines.position(s.offset);
		return {
			kind: s.kind, level: s.level, marker: s.marker, title: s.title, offset: s.offset, end: s.end,
			line: pos.line, character: pos.character, children: s.children.map(section),
		};
	};
	return {
		documents: model.documents.map(d => ({
			title: d.title, offset: d.offset, end: d.end, duplicateOf: d.duplicateOf, bodyMissing: d.bodyMissing,
			sections: d.sections.map(section),
		})),
	};
}
