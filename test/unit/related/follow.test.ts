// The Related Tasks view's cursor follower (src/extension/related/follow.ts): which editor events
// lead to a query (now, after the follow delay, after the edit delay), which leave the view as it
// is, and which show a state. Plain Node: fake editors, a fake view and a fake clock.
import * as assert from 'node:assert/strict';
import { FakeClock } from '../fakeClock';
import type { Uri } from 'vscode';
import { CursorFollower, EDIT_DELAY_MS, FOLLOW_DELAY_MS, type FollowedEditor, type ShownTask, type TextChange } from '../../../src/extension/related/follow';

const uri = (key: string): Uri => ({ toString: () => key }) as unknown as Uri;
const NOTICE = 'file:///gansu.txt';
const OTHER = 'file:///tianjin.txt';

function editor(key: string, offset: number, version = 1, isNotice = true): FollowedEditor {
	return { uri: uri(key), offset, version, isNotice };
}

/** The follower over a fake view that records what it is asked to do. */
function setup() {
	const clock = new FakeClock();
	const view = {
		active: undefined as FollowedEditor | undefined,
		shown: undefined as ShownTask | undefined,
		/** Each ask: its delay and the target at that moment. */
		asks: [] as { delay: number; uri: string | undefined; offset: number | undefined; version: number | undefined }[],
		shows: [] as string[],
	};
	const follower: CursorFollower = new CursorFollower({
		activeEditor: () => view.active,
		shownTask: () => view.shown,
		ask: delay => view.asks.push({ delay, uri: follower.target?.uri.toString(), offset: follower.target?.offset, version: follower.target?.version }),
		show: state => view.shows.push(state),
	}, clock);
	return { clock, view, follower };
}

/** A follower that has followed a notice editor at `offset` and shows the task [100, 200) there. */
function following(offset = 150) {
	const s = setup();
	s.view.active = editor(NOTICE, offset);
	s.follower.follow();
	s.view.shown = { uri: NOTICE, offset: 100, end: 200 };
	s.view.asks.length = 0;
	return s;
}

const change = (rangeOffset: number, rangeLength: number, text: string): TextChange => ({ rangeOffset, rangeLength, text });

describe('related view: cursor follower', () => {
	describe('deciding for the active editor', () => {
		it('asks now about the cursor of a notice editor', () => {
			const { view, follower } = setup();
			view.active = editor(NOTICE, 42, 3);
			follower.follow();
			assert.deepEqual(view.asks, [{ delay: 0, uri: NOTICE, offset: 42, version: 3 }]);
			assert.equal(follower.cursor, 42);
			assert.deepEqual(view.shows, []);
		});

		it('shows notNotice for another kind of file, and forgets its target', () => {
			const { view, follower } = following();
			view.active = editor(OTHER, 7, 1, false);
			follower.follow();
			assert.deepEqual(view.shows, ['notNotice']);
			assert.equal(follower.target, undefined);
			assert.equal(follower.cursor, 7);
			assert.deepEqual(view.asks, []);
		});

		it('shows idle with no editor and nothing asked yet; keeps the results once it has a target', () => {
			const first = setup();
			first.follower.follow();
			assert.deepEqual(first.view.shows, ['idle']);
			assert.equal(first.follower.cursor, null);

			const later = following();
			later.view.active = undefined;
			later.follower.follow();
			assert.deepEqual(later.view.shows, []);
			assert.deepEqual(later.view.asks, []);
			assert.equal(later.follower.target?.uri.toString(), NOTICE);
		});
	});

	describe('following the cursor', () => {
		it('follows a newly active editor at once, noting its cursor', () => {
			const { clock, view, follower } = following();
			view.active = editor(OTHER, 9);
			follower.activeEditorChanged(view.active);
			assert.equal(follower.cursor, 9);
			assert.equal(follower.pending, true);
			clock.advance(0);
			assert.deepEqual(view.asks, [{ delay: 0, uri: OTHER, offset: 9, version: 1 }]);
			assert.equal(follower.pending, false);
		});

		it('keeps what is shown when no text editor becomes active', () => {
			const { clock, view, follower } = following();
			follower.activeEditorChanged(undefined);
			clock.advance(10_000);
			assert.equal(clock.pending, 0);
			assert.deepEqual(view.asks, []);
			assert.deepEqual(view.shows, []);
			assert.equal(follower.cursor, 150);
		});

		it('asks once for a burst of moves, the follow delay after the last, at the last cursor', () => {
			const { clock, view, follower } = following();
			for (const offset of [300, 310, 320]) {
				view.active = editor(NOTICE, offset);
				follower.selectionChanged(view.active, true);
				clock.advance(FOLLOW_DELAY_MS - 1);
			}
			assert.deepEqual(view.asks, [], 'each move postpones the query');
			clock.advance(1);
			assert.deepEqual(view.asks, [{ delay: 0, uri: NOTICE, offset: 320, version: 1 }]);
			assert.equal(clock.pending, 0);
		});

		it('asks nothing for a move inside the task shown, and keeps the new offset', () => {
			const { clock, view, follower } = following();
			view.active = editor(NOTICE, 199);
			follower.selectionChanged(view.active, true);
			assert.equal(follower.pending, false);
			clock.advance(FOLLOW_DELAY_MS);
			assert.deepEqual(view.asks, []);
			assert.equal(follower.target?.offset, 199);
			assert.equal(follower.cursor, 199);
		});

		it('drops a pending follow when the cursor moves back into the task shown before it runs', () => {
			const { clock, view, follower } = following();
			view.active = editor(NOTICE, 300);
			follower.selectionChanged(view.active, true);
			view.active = editor(NOTICE, 150);
			follower.selectionChanged(view.active, true);
			assert.equal(follower.pending, false, 'the follow towards 300 is dropped');
			clock.advance(FOLLOW_DELAY_MS);
			assert.deepEqual(view.asks, []);
			assert.equal(follower.target?.offset, 150);
		});

		it('asks again when the cursor moves back into the task shown while another task is being asked about', () => {
			const { clock, view, follower } = following();
			view.active = editor(NOTICE, 300);
			follower.selectionChanged(view.active, true);
			clock.advance(FOLLOW_DELAY_MS);
			assert.deepEqual(view.asks, [{ delay: 0, uri: NOTICE, offset: 300, version: 1 }], 'the query for 300 is under way');
			// Its answer has not arrived: the results of [100, 200) are still on screen.
			view.active = editor(NOTICE, 150);
			follower.selectionChanged(view.active, true);
			clock.advance(FOLLOW_DELAY_MS);
			assert.deepEqual(view.asks.at(-1), { delay: 0, uri: NOTICE, offset: 150, version: 1 }, 'the last question is about the task at the cursor');
		});

		it('asks again for a move inside the task shown when the results are stale', () => {
			const { clock, view, follower } = following();
			view.shown = undefined;
			view.active = editor(NOTICE, 160);
			follower.selectionChanged(view.active, true);
			clock.advance(FOLLOW_DELAY_MS);
			assert.deepEqual(view.asks, [{ delay: 0, uri: NOTICE, offset: 160, version: 1 }]);
		});

		it('waits the edit delay for a move after the document changed', () => {
			const { clock, view, follower } = following();
			view.active = editor(NOTICE, 160, 2);
			follower.selectionChanged(view.active, true);
			clock.advance(EDIT_DELAY_MS - 1);
			assert.deepEqual(view.asks, []);
			clock.advance(1);
			assert.deepEqual(view.asks, [{ delay: 0, uri: NOTICE, offset: 160, version: 2 }]);
		});

		it('follows an edit of the active document once typing pauses; ignores other documents and empty changes', () => {
			const { clock, view, follower } = following();
			follower.documentEdited({ uri: uri(OTHER), version: 2 }, [change(0, 0, 'x')], false);
			follower.documentEdited({ uri: uri(NOTICE), version: 2 }, [], true);
			follower.documentEdited({ uri: uri(NOTICE), version: 2 }, [change(0, 0, 'x')], false);
			assert.equal(clock.pending, 0, 'nothing scheduled');
			view.active = editor(NOTICE, 151, 2);
			follower.documentEdited({ uri: uri(NOTICE), version: 2 }, [change(0, 0, 'x')], true);
			clock.advance(EDIT_DELAY_MS - 1);
			assert.deepEqual(view.asks, []);
			clock.advance(1);
			assert.deepEqual(view.asks, [{ delay: 0, uri: NOTICE, offset: 151, version: 2 }]);
		});

		it('follows the active document when it opens again as a notice (its language changed)', () => {
			const { clock, view, follower } = following();
			follower.documentOpened(uri(OTHER), false);
			assert.equal(clock.pending, 0);
			follower.documentOpened(uri(NOTICE), true);
			clock.advance(FOLLOW_DELAY_MS - 1);
			assert.deepEqual(view.asks, []);
			clock.advance(1);
			assert.equal(view.asks.length, 1);
		});
	});

	describe('a result opened from the view', () => {
		it('keeps the results while its editor activates and the view sets its cursor, until the person moves', () => {
			const { clock, view, follower } = following();
			follower.resultOpened(OTHER);
			view.active = editor(OTHER, 500);
			follower.activeEditorChanged(view.active);
			follower.selectionChanged(view.active, false);
			follower.documentOpened(uri(OTHER), true);
			clock.advance(10_000);
			assert.deepEqual(view.asks, []);
			assert.equal(follower.cursor, 500);
			view.active = editor(OTHER, 510);
			follower.selectionChanged(view.active, true);
			clock.advance(FOLLOW_DELAY_MS);
			assert.deepEqual(view.asks, [{ delay: 0, uri: OTHER, offset: 510, version: 1 }]);
		});

		it('follows again when another editor becomes active, the opened one included after that', () => {
			const { clock, view, follower } = following();
			follower.resultOpened(OTHER);
			view.active = editor(NOTICE, 300);
			follower.activeEditorChanged(view.active);
			clock.advance(0);
			assert.deepEqual(view.asks, [{ delay: 0, uri: NOTICE, offset: 300, version: 1 }]);
			view.active = editor(OTHER, 40);
			follower.activeEditorChanged(view.active);
			clock.advance(0);
			assert.deepEqual(view.asks[1], { delay: 0, uri: OTHER, offset: 40, version: 1 });
		});
	});

	describe('pinned', () => {
		it('holds the task shown, not the cursor that moved on', () => {
			const { view, follower } = following(150);
			follower.selectionChanged(editor(NOTICE, 190), true);
			follower.pin({ uri: NOTICE, offset: 100 });
			assert.equal(follower.pinned, true);
			assert.equal(follower.target?.offset, 100);
			follower.follow();
			assert.deepEqual(view.asks, [{ delay: 0, uri: NOTICE, offset: 100, version: 1 }]);
		});

		it('keeps the target when the task shown is in another document, or there is none', () => {
			const a = following(150);
			a.follower.pin({ uri: OTHER, offset: 100 });
			assert.equal(a.follower.target?.offset, 150);
			const b = following(150);
			b.follower.pin(undefined);
			assert.equal(b.follower.target?.offset, 150);
		});

		it('notes the cursor but follows neither moves, editors nor reopened documents', () => {
			const { clock, view, follower } = following();
			follower.pin(undefined);
			follower.selectionChanged(editor(NOTICE, 400), true);
			assert.equal(follower.cursor, 400);
			view.active = editor(OTHER, 5);
			follower.activeEditorChanged(view.active);
			assert.equal(follower.cursor, 5);
			follower.documentOpened(uri(OTHER), true);
			assert.equal(clock.pending, 0);
			assert.deepEqual(view.asks, []);
			assert.equal(follower.target?.uri.toString(), NOTICE);
		});

		it('keeps its offset on the task while the text before it changes, and asks again after the edit delay', () => {
			const { view, follower } = following(150);
			follower.pin(undefined);
			// Applied from the end: 10 characters inserted at 20, then 5 deleted at 0.
			follower.documentEdited({ uri: uri(NOTICE), version: 2 }, [change(0, 5, ''), change(20, 0, '0123456789')], false);
			assert.deepEqual(view.asks, [{ delay: EDIT_DELAY_MS, uri: NOTICE, offset: 155, version: 2 }]);
			follower.documentEdited({ uri: uri(NOTICE), version: 3 }, [change(200, 3, '')], false);
			assert.equal(follower.target?.offset, 155, 'an edit after the task leaves it');
			follower.documentEdited({ uri: uri(NOTICE), version: 4 }, [change(140, 30, 'x')], false);
			assert.equal(follower.target?.offset, 140, 'an edit over the offset moves it to the edit');
		});

		it('follows the cursor again once unpinned', () => {
			const { view, follower } = following(150);
			follower.pin(undefined);
			view.active = editor(NOTICE, 420);
			follower.unpin();
			follower.follow();
			assert.deepEqual(view.asks, [{ delay: 0, uri: NOTICE, offset: 420, version: 1 }]);
		});
	});

	it('cancels a pending follow when disposed', () => {
		const { clock, view, follower } = following();
		follower.selectionChanged(editor(NOTICE, 300), true);
		assert.equal(follower.pending, true);
		follower.dispose();
		assert.equal(follower.pending, false);
		clock.advance(FOLLOW_DELAY_MS);
		assert.deepEqual(view.asks, []);
	});
});
