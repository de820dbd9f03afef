import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { n8nTimers } from './n8n-timers';

// n8n-workflow's sleep runs on the global timers, so vitest's fake clock drives it: no real waiting.
beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('n8nTimers', () => {
	it('sleeps exactly as long as asked, on the clock it reports', async () => {
		const started = n8nTimers.now();
		const woke = vi.fn();
		void n8nTimers.sleep(20).then(woke);
		await vi.advanceTimersByTimeAsync(19);
		expect(woke).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(woke).toHaveBeenCalledOnce();
		expect(n8nTimers.now() - started).toBe(20);
	});

	it('stops sleeping as soon as the signal aborts', async () => {
		const controller = new AbortController();
		const waiting = n8nTimers.sleep(60_000, controller.signal);
		controller.abort(new Error('stop'));
		await expect(waiting).rejects.toThrow('stop');
	});

	it('runs scheduled callbacks when due, unless cancelled', async () => {
		const calls: string[] = [];
		n8nTimers.schedule(5, () => calls.push('kept'));
		const cancel = n8nTimers.schedule(5, () => calls.push('cancelled'));
		cancel();
		await vi.advanceTimersByTimeAsync(4);
		expect(calls).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toEqual(['kept']);
	});
});
