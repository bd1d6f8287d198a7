// Workspace trust gates the workspace index and its segmenter process (src/extension/workspace/
// trustGate.ts): nothing runs in Restricted Mode, and what was asked for starts when trust is
// granted. Plain Node: the gate reads a stand-in for vscode.workspace.
import * as assert from 'node:assert/strict';
import { TrustGate, type WorkspaceTrust } from '../../../src/extension/workspace/trustGate';

/** vscode.workspace as far as the gate reads it; `grant()` is the person trusting the workspace. */
class FakeWorkspace implements WorkspaceTrust {
	private readonly listeners = new Set<() => void>();
	constructor(public isTrusted: boolean) {}
	onDidGrantWorkspaceTrust(listener: () => void): { dispose(): void } {
		this.listeners.add(listener);
		return { dispose: () => { this.listeners.delete(listener); } };
	}
	grant(): void {
		this.isTrusted = true;
		for (const l of [...this.listeners]) { l(); }
	}
	get listenerCount(): number { return this.listeners.size; }
}

describe('workspace trust gate', () => {
	it('lets the index run in a trusted workspace', () => {
		let started = 0;
		const gate = new TrustGate(new FakeWorkspace(true), () => started++);
		assert.equal(gate.trusted, true);
		assert.equal(gate.allow(), true);
		assert.equal(started, 0, 'the caller starts it, not the gate');
	});

	it('holds it in Restricted Mode and starts it once when trust is granted', () => {
		const ws = new FakeWorkspace(false);
		let started = 0;
		const gate = new TrustGate(ws, () => started++);
		assert.equal(gate.trusted, false);
		assert.equal(gate.allow(), false);
		assert.equal(gate.allow(), false);
		assert.equal(started, 0);
		ws.grant();
		assert.equal(started, 1, 'asked twice, started once');
		assert.equal(gate.trusted, true);
		assert.equal(gate.allow(), true);
		ws.grant();
		assert.equal(started, 1, 'a second grant event starts nothing again');
	});

	it('starts nothing on a grant when nothing asked for the index (it starts on first need)', () => {
		const ws = new FakeWorkspace(false);
		let started = 0;
		const gate = new TrustGate(ws, () => started++);
		ws.grant();
		assert.equal(started, 0);
		assert.equal(gate.allow(), true);
	});

	it('stops listening when disposed', () => {
		const ws = new FakeWorkspace(false);
		let started = 0;
		const gate = new TrustGate(ws, () => started++);
		assert.equal(ws.listenerCount, 1);
		gate.allow();
		gate.dispose();
		assert.equal(ws.listenerCount, 0);
		ws.grant();
		assert.equal(started, 0);
	});
});
