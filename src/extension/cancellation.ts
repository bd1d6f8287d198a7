// VS Code's cancellation and the AbortSignal the core and the view controllers take, each made
// to follow the other.
import * as vscode from 'vscode';

/** Runs `fn` with an AbortSignal aborted when `token` is cancelled (the listener is dropped after). */
export async function withAbortSignal<T>(token: vscode.CancellationToken, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
	const abort = new AbortController();
	const sub = token.onCancellationRequested(() => abort.abort());
	try { return await fn(abort.signal); } finally { sub.dispose(); }
}

/** Runs `fn` with a CancellationToken cancelled when `signal` aborts (the other way round). */
export async function withCancellationToken<T>(signal: AbortSignal, fn: (token: vscode.CancellationToken) => Promise<T>): Promise<T> {
	const cts = new vscode.CancellationTokenSource();
	const cancel = () => cts.cancel();
	signal.addEventListener('abort', cancel);
	if (signal.aborted) { cts.cancel(); }
	try { return await fn(cts.token); } finally { signal.removeEventListener('abort', cancel); cts.dispose(); }
}
