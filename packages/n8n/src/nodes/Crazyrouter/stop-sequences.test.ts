import { describe, expect, it } from 'vitest';

import { stopSequences } from './stop-sequences';

describe('stopSequences', () => {
	it('reads rows left empty in the editor as no stop sequence', () => {
		expect(stopSequences([[]])).toEqual([]);
		expect(stopSequences([''])).toEqual([]);
		expect(stopSequences(undefined)).toEqual([]);
	});

	it('keeps the sequences the user typed, in order', () => {
		expect(stopSequences(['END', '', ['###']])).toEqual(['END', '###']);
	});
});
