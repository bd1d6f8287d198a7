// One output channel for the extension; providers log here instead of throwing.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function log(): vscode.LogOutputChannel {
	return channel ??= vscode.window.createOutputChannel('Policy Notice', { log: true });
}

/**
 * Runs a provider body; on error logs it and returns `fallback`, so a provider never throws. A
 * cancelled analysis (the document changed while the worker thread read it) is no error.
 */
export async function guarded<T>(what: string, fallback: T, body: () => T | Promise<T>): Promise<T> {
	try {
		return await body();
	} catch (e) {
		if ((e as Error)?.name === 'Cancelled') { return fallback; }
		log().error(`${what} failed: ${(e as Error)?.stack ?? e}`);
		return fallback;
	}
}
