// Plain JS, no build step. test/host/shoot.mjs opens this command from the palette and types
// "commandId" or "commandId <JSON array of args>" into the input box.
// Adapted from the vscode-harness recipe's helper-ext.
const vscode = require('vscode');

function activate(context) {
	context.subscriptions.push(vscode.commands.registerCommand('pnHost.executeCommand', async (line) => {
		if (typeof line !== 'string') {
			line = await vscode.window.showInputBox({ prompt: 'commandId [JSON array of arguments]', ignoreFocusOut: true });
		}
		if (!line) return undefined;
		const m = /^\s*(\S+)\s*(.*)$/s.exec(line);
		let args = [];
		if (m[2]) {
			args = JSON.parse(m[2]);
			if (!Array.isArray(args)) args = [args];
		}
		// Strings that look like vscode-remote:// or file:// URIs become Uri objects.
		args = args.map(a => (typeof a === 'string' && /^(vscode-remote|file):\/\//.test(a)) ? vscode.Uri.parse(a) : a);
		try {
			const result = await vscode.commands.executeCommand(m[1], ...args);
			console.log(`[pn-host] ${m[1]} -> ${safe(result)}`);
			return result;
		} catch (e) {
			vscode.window.showErrorMessage(`pn-host: ${m[1]} failed: ${e && e.message || e}`);
			throw e;
		}
	}));
}

function safe(v) {
	try { return JSON.stringify(v)?.slice(0, 500); } catch { return String(v); }
}

module.exports = { activate, deactivate() { } };
