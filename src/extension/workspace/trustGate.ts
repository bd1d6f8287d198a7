// Workspace trust for the work that reads the whole workspace: the cross-reference index (every
// notice of every folder) and its segmenter process run only in a trusted workspace. Asked for
// in Restricted Mode, the work is remembered and started when the person grants trust; the
// outline, highlights and hovers of an open document need no trust and are not gated.
// Pure (no vscode import): `vscode.workspace` is passed in, so the gate is unit-tested in Node.

/** The part of `vscode.workspace` the gate reads. */
export interface WorkspaceTrust {
	readonly isTrusted: boolean;
	onDidGrantWorkspaceTrust(listener: () => void): { dispose(): void };
}

export class TrustGate {
	/** Gated work was asked for while the workspace was untrusted. */
	private wanted = false;
	private readonly subscription: { dispose(): void };

	/** `onGranted` runs once trust is granted, if gated work was asked for before. */
	constructor(private readonly trust: WorkspaceTrust, onGranted: () => void) {
		this.subscription = trust.onDidGrantWorkspaceTrust(() => {
			if (!this.wanted) { return; }
			this.wanted = false;
			onGranted();
		});
	}

	get trusted(): boolean { return this.trust.isTrusted; }

	/** Whether gated work may run now; if not, it is remembered for when trust is granted. */
	allow(): boolean {
		if (this.trust.isTrusted) { return true; }
		this.wanted = true;
		return false;
	}

	dispose(): void { this.subscription.dispose(); }
}
