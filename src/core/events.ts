// A minimal event emitter for the core (vscode's EventEmitter shape, without vscode): listeners
// are called in the order they subscribed; one that throws does not stop the others.

export interface Disposable {
	dispose(): void;
}

export type Event<T> = (listener: (value: T) => void) => Disposable;

export class Emitter<T> {
	private readonly listeners = new Set<(value: T) => void>();

	/** Subscribes a listener; dispose the result to unsubscribe. */
	readonly event: Event<T> = listener => {
		this.listeners.add(listener);
		return { dispose: () => { this.listeners.delete(listener); } };
	};

	/** Calls every listener with `value`; errors are handed to `onError` (the first is rethrown when there is none). */
	fire(value: T, onError?: (e: unknown) => void): void {
		let first: { e: unknown } | undefined;
		for (const listener of [...this.listeners]) {
			try { listener(value); } catch (e) {
				if (onError) { onError(e); } else { first ??= { e }; }
			}
		}
		if (first) { throw first.e; }
	}

	dispose(): void { this.listeners.clear(); }
}
