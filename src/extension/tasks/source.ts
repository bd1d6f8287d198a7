// Where the task table's rows come from in the editor: a notice editor's document from the
// analysis worker (`getTaskRows`, with the notes of its sidecar when it has any), the
// workspace's notices from the catalog, which has each file read and analysed in its own worker
// thread, with the notes of the sidecar beside the file on disk. Nothing is parsed on the
// extension host.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from '../analyses';
import type { NotesApi } from '../notes/controller';
import { readSidecar, sidecarUriOf } from '../notes/sidecarStore';
import type { WorkspaceCatalog } from '../../core/workspace/catalog';
import type { TaskTableSource } from './view';

export function taskTableSource(analyses: DocumentAnalyses, catalog: WorkspaceCatalog, notes?: Pick<NotesApi, 'loaded' | 'threadsOf' | 'onDidChangeNotes'>): TaskTableSource {
	return {
		get isTrusted() { return vscode.workspace.isTrusted; },
		onDidChangeWorkspace: listener => catalog.onDidChange(() => listener(undefined)),
		onDidChangeNotes: notes?.onDidChangeNotes,
		documentRows: async (document, aliases) => {
			let placed: ReturnType<NotesApi['threadsOf']> = [];
			if (notes) {
				await notes.loaded(document.uri);
				placed = notes.threadsOf(document.uri);
			}
			// Rows carry a notes column only when the notice has notes.
			return analyses.call(document, 'getTaskRows', { aliases, notes: placed.length ? placed.map(t => t.note) : undefined });
		},
		workspaceNotices: async () => {
			await catalog.ready();
			return catalog.notices().map(e => ({ uri: vscode.Uri.parse(e.key), textHash: e.textHash }));
		},
		workspaceRows: async (uri, aliases) => {
			// The file as saved, with its sidecar as saved (each note action saves it). An unreadable
			// sidecar gives rows without notes; the notes controller reports it when the file is opened.
			const sidecar = notes ? await readSidecar(sidecarUriOf(uri)) : undefined;
			const saved = sidecar?.kind === 'ok' && sidecar.notes.length ? sidecar.notes : undefined;
			return catalog.taskRowsOf(uri.toString(), { aliases, notes: saved });
		},
	};
}
