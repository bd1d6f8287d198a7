// What every webview of the extension draws alike (Related Tasks, Compare Targets, the Task Table,
// Compare Two Notices): element helpers, the progress bar, the filter box, the polite live region
// and its announcer, and the `{0}` placeholders of the localized strings. Loaded before each view's
// own script (src/extension/webview/page.ts, mediaPage) as the global `PnWebview`; in Node a
// CommonJS module, so the pure part is unit-tested (test/unit/webview/base.test.ts).
// @ts-check
(function (root, factory) {
	'use strict';
	const api = factory();
	if (typeof module === 'object' && module && module.exports) {
		module.exports = api;
	} else {
		root.PnWebview = api;
	}
})(typeof self !== 'undefined' ? self : this, function () {
	'use strict';

	/** `{0}`, `{1}` … replaced by the arguments (the placeholders of the localized strings). */
	function format(template, ...args) {
		return String(template == null ? '' : template).replace(/\{(\d+)\}/g, (m, i) => (Number(i) < args.length ? String(args[Number(i)]) : m));
	}

	/** @returns {HTMLElement} */
	function h(tag, className, text) {
		const el = document.createElement(tag);
		if (className) { el.className = className; }
		if (text != null) { el.textContent = String(text); }
		return el;
	}

	function icon(name) {
		const el = h('span', `codicon codicon-${name}`);
		el.setAttribute('aria-hidden', 'true');
		return el;
	}

	/** The thin busy bar at the top of a view (shown by the view's CSS while it waits). */
	function progressBar() {
		const bar = h('div', 'progress-bar');
		bar.setAttribute('aria-hidden', 'true');
		bar.appendChild(h('div', 'progress-bit'));
		return bar;
	}

	/** The filter box: a filter icon, the text input and its clear button. */
	function filterBox() {
		const box = h('div', 'filter-box');
		const input = /** @type {HTMLInputElement} */ (h('input', 'filter'));
		input.type = 'text';
		input.spellcheck = false;
		input.maxLength = 200;
		const clear = /** @type {HTMLButtonElement} */ (h('button', 'icon-button clear'));
		clear.type = 'button';
		clear.appendChild(icon('close'));
		box.append(icon('filter'), input, clear);
		return { box, input, clear };
	}

	/** The region screen readers read politely (visually hidden). */
	function liveRegion() {
		const live = h('div', 'sr-only');
		live.setAttribute('aria-live', 'polite');
		live.setAttribute('role', 'status');
		return live;
	}

	/** announce(text): puts `text` in `live` after 400 ms without a newer one, never the same text twice in a row. */
	function announcer(live) {
		let timer = 0, last = '';
		return function announce(text) {
			if (!text || text === last) { return; }
			clearTimeout(timer);
			timer = setTimeout(() => { last = text; live.textContent = text; }, 400);
		};
	}

	return { format, h, icon, progressBar, filterBox, liveRegion, announcer };
});
