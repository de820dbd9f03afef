/**
 * The stop sequences of the Options collection as a list of non-empty strings. n8n stores a "Stop Sequences" option
 * added with its row left empty as `[[]]` (a list holding an empty list) and an emptied row as `['']`; sending either
 * fails every run ("expected string, received array"), so empty rows are what they look like: no stop sequence.
 */
export function stopSequences(value: unknown): string[] {
	const found: string[] = [];
	const visit = (entry: unknown) => {
		if (Array.isArray(entry)) entry.forEach(visit);
		else if (typeof entry === 'string' && entry !== '') found.push(entry);
	};
	visit(value);
	return found;
}
