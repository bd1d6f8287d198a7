// One file's analysis: each stage computed once, on first use, from the stage before it.
// The editor keeps one Analysis per document version; the CLI and the index make their own.
import type { Detection, FileModel } from './model';
import { parseFile } from './parse';
import { detectNotice } from './detect';
import { annotate, emptyAnnotations } from './annotations/index';
import type { Annotations } from './annotations/types';

export class Analysis {
	private _model?: FileModel;
	private _detection?: Detection;
	private readonly stages = new Map<string, unknown>();

	constructor(readonly text: string) {}

	get model(): FileModel { return this._model ??= parseFile(this.text); }
	get detection(): Detection { return this._detection ??= detectNotice(this.model); }

	/** Targets, dates, 文号 and units of the model; never throws (a failure yields none). */
	get annotations(): Annotations {
		return this.stage('annotations', a => {
			try { return annotate(a.model); } catch (e) {
				console.error('policy-notice: annotate failed', e);
				return emptyAnnotations();
			}
		});
	}

	/** A later stage (annotations, tasks) memoized under `key`, computed from this analysis. */
	stage<T>(key: string, compute: (a: Analysis) => T): T {
		if (!this.stages.has(key)) { this.stages.set(key, compute(this)); }
		return this.stages.get(key) as T;
	}
}
