/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets --
   Test tooling: the owner password of a throwaway n8n instance that lives for one test run; it never ships. */
/**
 * The n8n editor's REST calls, as its browser UI makes them, for tests that need the server (credential
 * tests). A fresh instance is set up with an owner account; the session cookie and the browser id it is bound
 * to are sent with every later call.
 */
export interface N8nOwnerSession {
	post(path: string, body: unknown): Promise<{ status: number; json: unknown }>;
}

const BROWSER_ID = 'crazyrouter-e2e-browser';

async function postJson(url: string, body: unknown, cookie?: string): Promise<{ status: number; json: unknown; cookies: string[] }> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID, ...(cookie ? { cookie } : {}) },
		body: JSON.stringify(body),
	});
	const text = await response.text();
	let json: unknown = text;
	try {
		json = JSON.parse(text);
	} catch {
		// Not JSON: the text is the answer, for the failure message.
	}
	return { status: response.status, json, cookies: response.headers.getSetCookie() };
}

export async function setUpOwner(serverUrl: string): Promise<N8nOwnerSession> {
	const setup = await postJson(`${serverUrl}/rest/owner/setup`, {
		email: 'owner@example.com',
		firstName: 'E2E',
		lastName: 'Owner',
		password: 'Crazyrouter-e2e-Passw0rd',
	});
	if (setup.status !== 200) throw new Error(`owner setup failed (${setup.status}): ${JSON.stringify(setup.json)}`);
	const cookie = setup.cookies.map((entry) => entry.split(';')[0]).join('; ');
	return {
		async post(path, body) {
			const { status, json } = await postJson(`${serverUrl}${path}`, body, cookie);
			return { status, json };
		},
	};
}
