// Line ends as VS Code's text buffer normalizes them on load (PieceTreeTextBufferFactory).
import * as assert from 'node:assert/strict';
import { editorLineEnds } from '../../../src/core/io/editorEol';

describe('editorLineEnds: the editor\'s line ends', () => {
	const cases: [string, string, string][] = [
		['LF only stays', 'a\nb\nc', 'a\nb\nc'],
		['CRLF only stays', 'a\r\nb\r\nc', 'a\r\nb\r\nc'],
		['one line stays', 'abc', 'abc'],
		['CR only becomes CRLF (CR ends count for CRLF)', 'a\rb\rc', 'a\r\nb\r\nc'],
		['mostly LF: all LF', 'a\nb\nc\r\nd', 'a\nb\nc\nd'],
		['mostly CRLF: all CRLF', 'a\r\nb\r\nc\nd', 'a\r\nb\r\nc\r\nd'],
		['a tie goes to LF', 'a\nb\r\nc', 'a\nb\nc'],
		['CR and LF, CR the majority: CRLF', 'a\rb\rc\nd', 'a\r\nb\r\nc\r\nd'],
	];
	for (const [name, input, want] of cases) {
		it(name, () => assert.equal(editorLineEnds(input), want));
	}
});
