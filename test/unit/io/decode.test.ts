// One test per row of the decoding table in src/core/io/decode.ts, on a real notice.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeText } from '../../../src/core/io/decode';
import { fromVsCodeEncoding } from '../../../src/core/io/encodings';
import { readSample } from '../paths';
import { encodeLegacy, utf16 } from './encode';

const NOTICE = readSample('gansu');
const TRADITIONAL = [
	'臺北市政府關於加強環境保護工作的通知',
	'各區公所、市政府各機關：',
	'為進一步落實環境保護責任，經研究決定，現將有關事項通知如下：',
	'一、總體要求',
	'堅持綠色發展理念，推動產業結構調整。',
	'二、重點任務',
	'（一）加強空氣污染防治。',
	'（二）推進水資源保護。',
	'三、保障措施',
	'各單位應依照本通知辦理，並於每年十二月底前報送工作情形。',
].join('\n');

/** A PRNG, so "random" bytes are the same on every run. */
function randomBytes(n: number, seed: number, avoidNul: boolean): Buffer {
	const out = Buffer.alloc(n);
	let x = seed;
	for (let i = 0; i < n; i++) {
		x = (Math.imul(x, 1103515245) + 12345) >>> 0;
		out[i] = avoidNul ? 1 + ((x >>> 16) % 255) : (x >>> 16) & 0xff;
	}
	return out;
}

describe('decodeText: the encoding table', () => {
	it('UTF-8 without BOM', () => {
		const d = decodeText(Buffer.from(NOTICE, 'utf8'));
		assert.deepEqual([d.encoding, d.bom, d.binary, d.warnings], ['utf-8', false, false, []]);
		assert.equal(d.text, NOTICE);
	});

	it('UTF-8 with BOM: the BOM is removed, so offsets count from the first character', () => {
		const d = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTICE, 'utf8')]));
		assert.deepEqual([d.encoding, d.bom], ['utf-8', true]);
		assert.equal(d.text, NOTICE);
	});

	for (const order of ['le', 'be'] as const) {
		it(`UTF-16${order.toUpperCase()} with BOM (Word's "Unicode text")`, () => {
			const d = decodeText(utf16(NOTICE, order, true));
			assert.deepEqual([d.encoding, d.bom, d.binary, d.warnings], [`utf-16${order}`, true, false, []]);
			assert.equal(d.text, NOTICE);
		});

		it(`UTF-16${order.toUpperCase()} without BOM, from its NUL bytes, with a warning`, () => {
			assert.ok(NOTICE.slice(0, 4096).includes('一'), 'U+4E00 puts NULs on the other side too');
			const d = decodeText(utf16(NOTICE, order, false));
			assert.deepEqual([d.encoding, d.bom, d.binary], [`utf-16${order}`, false, false]);
			assert.equal(d.text, NOTICE);
			assert.match(d.warnings.join('\n'), new RegExp(`no byte order mark.*UTF-16${order.toUpperCase()}`));
		});
	}

	it('GB18030/GBK without BOM', () => {
		const d = decodeText(encodeLegacy(NOTICE, 'gb18030'));
		assert.deepEqual([d.encoding, d.bom, d.binary, d.warnings], ['gb18030', false, false, []]);
		assert.equal(d.text, NOTICE);
	});

	it('GB18030 with BOM: the BOM is removed (it used to shift every offset by one)', () => {
		const d = decodeText(Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), encodeLegacy(NOTICE, 'gb18030')]));
		assert.deepEqual([d.encoding, d.bom], ['gb18030', true]);
		assert.equal(d.text, NOTICE);
	});

	it('Big5 (traditional characters), told from GB18030 by its trail bytes', () => {
		assert.equal(new TextDecoder('big5').encoding, 'big5', 'Node has full ICU');
		const d = decodeText(encodeLegacy(TRADITIONAL, 'big5'));
		assert.deepEqual([d.encoding, d.binary, d.warnings], ['big5', false, []]);
		assert.equal(d.text, TRADITIONAL);
	});

	it('traditional characters in GBK stay GB18030', () => {
		const d = decodeText(encodeLegacy(TRADITIONAL, 'gb18030'));
		assert.equal(d.encoding, 'gb18030');
		assert.equal(d.text, TRADITIONAL);
	});

	it('mostly UTF-8: four bad bytes become U+FFFD, the rest stays where it was, with a warning', () => {
		const good = Buffer.from(NOTICE, 'utf8');
		const at = good.indexOf(Buffer.from('二、重点任务', 'utf8'));
		const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xff, 0xc0, 0x80, 0xfe]), good.subarray(at)]);
		const d = decodeText(bytes);
		assert.equal(d.encoding, 'utf-8');
		const i = NOTICE.indexOf('二、重点任务');
		assert.equal(d.text, NOTICE.slice(0, i) + '\ufffd'.repeat(4) + NOTICE.slice(i));
		assert.equal(d.warnings.length, 1);
		assert.match(d.warnings[0], new RegExp(`^4 byte sequence\\(s\\) not valid UTF-8.*first at byte ${at}\\)$`));
	});

	it('binary: NUL bytes that are not UTF-16 text are refused with the reason', () => {
		const d = decodeText(randomBytes(4096, 7, false));
		assert.equal(d.binary, true);
		assert.equal(d.text, '');
		assert.match(d.reason ?? '', /NUL/);
	});

	it('binary: NULs beside long runs of one byte (which read as one CJK-like unit) are not UTF-16', () => {
		const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4096, 0x2a), Buffer.alloc(16)]);
		assert.equal(decodeText(png).binary, true);
	});

	it('binary: random bytes without a NUL are refused for their control characters', () => {
		const d = decodeText(randomBytes(4096, 11, true));
		assert.equal(d.binary, true);
		assert.match(d.reason ?? '', /control characters/);
	});

	it('bytes that read as neither UTF-8, GB18030 nor Big5 (lead bytes before spaces) are refused, not shown as U+FFFD', () => {
		const d = decodeText(Buffer.from('\x81 '.repeat(500), 'latin1'));
		assert.equal(d.binary, true);
		assert.match(d.reason ?? '', /neither UTF-8, GB18030 nor Big5/);
	});

	it('text with a stray control character (form feed, DOS end-of-file) is still text', () => {
		const d = decodeText(Buffer.from(`${NOTICE}\f${NOTICE}\x1a`, 'utf8'));
		assert.equal(d.binary, false);
		assert.equal(d.text.length, NOTICE.length * 2 + 2);
	});

	it('an empty file is empty UTF-8 text', () => {
		assert.deepEqual(decodeText(new Uint8Array(0)), { text: '', encoding: 'utf-8', bom: false, binary: false, warnings: [] });
	});
});

describe('decodeText with a configured encoding (VS Code, files.autoGuessEncoding off)', () => {
	it('reads with it, as VS Code shows the file: GBK bytes read as UTF-8 are replaced, not refused', () => {
		const d = decodeText(encodeLegacy(NOTICE, 'gb18030'), { encoding: 'utf-8' });
		assert.deepEqual([d.encoding, d.binary], ['utf-8', false]);
		assert.equal(d.text, new TextDecoder('utf-8').decode(encodeLegacy(NOTICE, 'gb18030')));
		assert.match(d.warnings.join('\n'), /not valid UTF-8/);
	});

	it('UTF-8 configured counts every bad byte sequence in its warning', () => {
		const bytes = Buffer.concat([Buffer.from(NOTICE, 'utf8'), Buffer.from([0xff]), Buffer.from(NOTICE, 'utf8'), Buffer.from([0xc0, 0xfe])]);
		const d = decodeText(bytes, { encoding: 'utf-8' });
		assert.equal(d.text, `${NOTICE}\ufffd${NOTICE}\ufffd\ufffd`);
		assert.match(d.warnings.join('\n'), /^3 byte sequence\(s\) not valid UTF-8/);
	});

	it('GB18030 configured reads GB18030 bytes', () => {
		const d = decodeText(encodeLegacy(NOTICE, 'gb18030'), { encoding: 'gb18030' });
		assert.deepEqual([d.encoding, d.text === NOTICE, d.warnings], ['gb18030', true, []]);
	});

	it('a BOM wins over the setting, as in VS Code', () => {
		const d = decodeText(utf16(NOTICE, 'le', true), { encoding: 'gb18030' });
		assert.deepEqual([d.encoding, d.text === NOTICE], ['utf-16le', true]);
	});

	it('an encoding TextDecoder lacks is guessed instead, with a warning', () => {
		const d = decodeText(encodeLegacy(NOTICE, 'gb18030'), { encoding: 'cp437' });
		assert.deepEqual([d.encoding, d.text === NOTICE], ['gb18030', true]);
		assert.match(d.warnings.join('\n'), /cp437/);
	});
});

describe('fromVsCodeEncoding: files.encoding ids → TextDecoder names', () => {
	const cases: [string, string | undefined][] = [
		['utf8', 'utf-8'], ['utf8bom', 'utf-8'], ['utf16le', 'utf-16le'], ['utf16be', 'utf-16be'],
		['gbk', 'gb18030'], ['gb18030', 'gb18030'], ['gb2312', 'gb18030'], ['cp950', 'big5'], ['big5hkscs', 'big5'],
		['windows1252', 'windows-1252'], ['iso88591', 'windows-1252'], ['iso885915', 'iso-8859-15'],
		['shiftjis', 'shift_jis'], ['euckr', 'euc-kr'], ['macroman', 'macintosh'], ['cp866', 'ibm866'],
		['cp437', undefined], ['cp850', undefined],
	];
	for (const [id, name] of cases) {
		it(`${id} → ${name ?? 'no decoder'}`, () => assert.equal(fromVsCodeEncoding(id), name));
	}
});

describe('decodeText on any input', () => {
	const text = fc.string({ unit: 'grapheme', maxLength: 200 }).filter(s => !/^\ufeff|[\u0000-\u0008\u000e-\u001f\u007f]/.test(s));

	it('never throws; refused means empty, read means an encoding', () => {
		fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), bytes => {
			const d = decodeText(bytes);
			assert.ok(d.binary ? d.text === '' && !!d.reason : d.encoding !== '');
		}), { numRuns: 500 });
	});

	it('UTF-8 and UTF-16 with BOM give back the exact text', () => {
		fc.assert(fc.property(text, s => {
			assert.equal(decodeText(Buffer.from(s, 'utf8')).text, s);
			assert.equal(decodeText(utf16(s, 'le', true)).text, s);
			assert.equal(decodeText(utf16(s, 'be', true)).text, s);
		}), { numRuns: 300 });
	});
});
