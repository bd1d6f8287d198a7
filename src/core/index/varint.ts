// Unsigned LEB128 varints: the token sequences of the index cache. The reader accepts only the
// canonical encoding of a 32-bit value, so damaged bytes cannot decode to the same numbers.

export class VarintWriter {
	private buf = new Uint8Array(1024);
	length = 0;

	push(v: number): void {
		if (this.length + 5 > this.buf.length) {
			const b = new Uint8Array(this.buf.length * 2);
			b.set(this.buf.subarray(0, this.length));
			this.buf = b;
		}
		while (v >= 0x80) { this.buf[this.length++] = (v & 0x7f) | 0x80; v >>>= 7; }
		this.buf[this.length++] = v;
	}

	bytes(): Uint8Array { return this.buf.slice(0, this.length); }
}

export class VarintReader {
	pos = 0;
	constructor(private readonly buf: Uint8Array) {}

	get done(): boolean { return this.pos >= this.buf.length; }
	get remaining(): number { return this.buf.length - this.pos; }

	next(): number {
		// One byte, the common case (ids below 128, list lengths): always canonical.
		const first = this.buf[this.pos];
		if (first < 0x80) { this.pos++; return first; }
		let v = 0, shift = 0, b: number;
		do {
			if (this.pos >= this.buf.length) { throw new Error('varint: truncated'); }
			b = this.buf[this.pos++];
			// The fifth byte holds the top 4 bits and ends the number.
			if (shift === 28 && b > 0x0f) { throw new Error('varint: over 32 bits'); }
			v += (b & 0x7f) * 2 ** shift;
			shift += 7;
		} while (b & 0x80);
		// A last byte of 0 after others is an overlong encoding of a smaller number.
		if (b === 0 && shift > 7) { throw new Error('varint: not canonical'); }
		return v;
	}
}
