// One file's analysis: each stage computed once, on first use, from the stage before it.
// The editor keeps one Analysis per document version; the CLI and the index make their own.
import type { Detection, FileModel } from './model';
import { parseFile } from './parse';
import { detectNotice } from './detect';
import { annotate, emptyAnnotations } from './annotations/index';
import type { Annotations } from './annotations/types';
import { coreError, CoreErrorThrown, rethrowSink, type CoreError, type ErrorSink } from './errors';

export class Analysis {
	private _model?: FileModel;
	private _detection?: Detection;
	private readonly stages = new Map<string, unknown>();
	/** Every error a stage caught (and fell back from) so far; empty when all went well. */
	readonly errors: CoreError[] = [];
	/** Where this analysis and the stages computed from it report a caught error (to `errors` and `onError`). */
	readonly report: ErrorSink;

	/** `onError` hears each caught error as it happens (default: thrown back, see rethrowSink). */
	constructor(readonly text: string, onError: ErrorSink = rethrowSink) {
		this.report = e => { this.errors.push(e); onError(e); };
	}

	get model(): FileModel { return this._model ??= parseFile(this.text, this.report); }
	get detection(): Detection { return this._detection ??= detectNotice(this.model); }

	/** Targets, dates, 文号 and units of the model; a failure yields none and is reported (thrown back by the default sink). */
	get annotations(): Annotations {
		return this.stage('annotations', a => {
			try { return annotate(a.model, this.report); } catch (e) {
				if (e instanceof CoreErrorThrown) { throw e; } // already reported, thrown back by the default sink
				this.report(coreError('annotate', e));
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
