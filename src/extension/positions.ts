// Ranges of the service's offsets, their lines and characters from the analysis worker: the
// extension host never asks document.positionAt for a long answer, since its first call after a
// change builds the line table of the whole document (a 40 MB dump's held the host ~100 ms).
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './analyses';

/** The range of the `i`-th span given to spanRanges. */
export type RangeAt = (i: number) => vscode.Range;

export async function spanRanges(analyses: DocumentAnalyses, document: vscode.TextDocument, spans: readonly { offset: number; end: number }[]): Promise<RangeAt> {
	const offsets = new Array<number>(spans.length * 2);
	spans.forEach((s, i) => { offsets[2 * i] = s.offset; offsets[2 * i + 1] = s.end; });
	const p = spans.length ? await analyses.call(document, 'getPositions', offsets) : new Uint32Array(0);
	return i => new vscode.Range(p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]);
}
