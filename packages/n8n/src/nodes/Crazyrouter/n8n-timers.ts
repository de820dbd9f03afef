import type { Timers } from '@crazyrouter/core';
import { sleep } from 'n8n-workflow';

/**
 * The core's clock and timers, from what n8n allows community nodes to use: `Date.now` and n8n-workflow's
 * `sleep` (global timers are forbidden by n8n's scanner). Older n8n versions ignore `sleep`'s abort signal,
 * so waits also settle as soon as the signal fires and cancelled callbacks never run: the core's deadlines
 * and retry waits never outlive the call that started them.
 */
export const n8nTimers: Timers = {
	now: () => Date.now(),
	schedule(ms, callback) {
		const cancelled = new AbortController();
		sleep(ms, cancelled.signal).then(
			() => {
				if (!cancelled.signal.aborted) callback();
			},
			// Rejected only when cancelled: nothing to run.
			() => undefined,
		);
		return () => cancelled.abort();
	},
	sleep(ms, signal) {
		if (!signal) return sleep(ms);
		if (signal.aborted) return Promise.reject(abortReason(signal));
		return new Promise<void>((resolve, reject) => {
			const onAbort = () => reject(abortReason(signal));
			signal.addEventListener('abort', onAbort, { once: true });
			sleep(ms, signal).then(
				() => {
					signal.removeEventListener('abort', onAbort);
					resolve();
				},
				(error: unknown) => {
					signal.removeEventListener('abort', onAbort);
					reject(error instanceof Error ? error : abortReason(signal));
				},
			);
		});
	},
};

function abortReason(signal: AbortSignal): Error {
	return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}
