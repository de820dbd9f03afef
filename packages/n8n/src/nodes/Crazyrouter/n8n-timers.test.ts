import { describe, expect, it } from 'vitest';

import { n8nTimers } from './n8n-timers';

describe('n8nTimers', () => {
	it('sleeps, and stops sleeping when the signal aborts', async () => {
		const started = n8nTimers.now();
		await n8nTimers.sleep(20);
		expect(n8nTimers.now() - started).toBeGreaterThanOrEqual(15);
		const controller = new AbortController();
		const waiting = n8nTimers.sleep(60_000, controller.signal);
		controller.abort();
		await expect(waiting).rejects.toThrow();
	});

	it('runs scheduled callbacks unless cancelled', async () => {
		const calls: string[] = [];
		n8nTimers.schedule(5, () => calls.push('kept'));
		const cancel = n8nTimers.schedule(5, () => calls.push('cancelled'));
		cancel();
		await n8nTimers.sleep(30);
		expect(calls).toEqual(['kept']);
	});
});
