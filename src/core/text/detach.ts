// A copy of a value's strings that keeps nothing else alive. V8 makes a substring of 13 or more
// characters a slice that holds its whole parent string: a heading kept from a notice's text
// keeps the notice's text, and an index of 10,000 notices kept every text that way.

/** `x` (a string, or plain data of strings, numbers, arrays and objects) copied into fresh strings. */
export function detach<T>(x: T): T {
	return x === undefined ? x : JSON.parse(JSON.stringify(x)) as T;
}
