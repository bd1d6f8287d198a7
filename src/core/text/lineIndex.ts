// Offset ↔ (line, character) in UTF-16 units, lines split the way VS Code splits them
// (\r\n, \n and \r each end a line).
import { lastAtOrBefore } from './search';

export class LineIndex {
	private readonly starts: number[] = [0];

	constructor(text: string) {
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 0x0d) {
				if (text.charCodeAt(i + 1) === 0x0a) { i++; }
				this.starts.push(i + 1);
			} else if (c === 0x0a) {
				this.starts.push(i + 1);
			}
		}
	}

	get lineCount(): number { return this.starts.length; }

	position(offset: number): { line: number; character: number } {
		const line = Math.max(0, lastAtOrBefore(this.starts, offset, s => s));
		return { line, character: offset - this.starts[line] };
	}

	offset(line: number, character: number): number {
		const l = Math.max(0, Math.min(line, this.starts.length - 1));
		return this.starts[l] + Math.max(0, character);
	}
}
