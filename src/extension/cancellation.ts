// VS Code's cancellation as the core takes it: an AbortSignal that follows a CancellationToken.
import type * as vscode from 'vscode';

/** Runs `fn` with an AbortSignal aborted when `token` is cancelled (the listener is dropped after). */
export async function withAbortSignal<T>(token: vscode.CancellationToken, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
	const abort = new AbortController();
	const sub = token.onCancellationRequested(() => abort.abort());
	try { return await fn(abort.signal); } finally { sub.dispose(); }
}
