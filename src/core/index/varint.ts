// Unsigned LEB128 varints: the token sequences of the index cache.

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

	next(): number {
		let v = 0, shift = 0, b: number;
		do {
			if (this.pos >= this.buf.length) { throw new Error('varint: truncated'); }
			b = this.buf[this.pos++];
			v |= (b & 0x7f) << shift;
			shift += 7;
		} while (b & 0x80 && shift < 35);
		return v >>> 0;
	}
}
