import { Expression, type ICredentialDataDecryptedObject, type ICredentialType, type INode, type INodeType, type INodeTypes, Workflow } from 'n8n-workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** n8n's expression engines: `vm` (isolated-vm) is what n8n 2.x servers use by default, `legacy` the fallback. */
export type ExpressionEngine = 'legacy' | 'vm';

const nodeType = { description: { properties: [] } } as unknown as INodeType;
const nodeTypes: INodeTypes = { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) };
// The node n8n resolves a credential's expressions for (a placeholder: they read only $credentials).
const node: INode = { id: 'temp', name: 'Temp-Node', type: 'mock', typeVersion: 1, position: [0, 0], parameters: {} };

function newWorkflow(): Workflow {
	return new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
}

/** n8n's CredentialsHelper.resolveValue: an expression's result as a string, '' when it is empty. */
function asResolvedString(value: unknown): string {
	return value ? String(value) : '';
}

/**
 * A credential's expressions resolved by n8n's real expression engine, the way n8n resolves them: the
 * `authenticate` headers as CredentialsHelper.authenticate does (getSimpleParameterValue with `$credentials`).
 * Read from n8n-io/n8n: packages/cli/src/credentials-helper.ts.
 */
export class CredentialExpressions {
	private constructor(private readonly workflow: Workflow) {}

	/** Starts the engine (a global of n8n-workflow) and, for `vm`, holds an isolate until close(). */
	static async start(engine: ExpressionEngine): Promise<CredentialExpressions> {
		Expression.setExpressionEngine(engine);
		await Expression.initExpressionEngine({ engine, bridgeTimeout: 5000, bridgeMemoryLimit: 128, poolSize: 1, maxCodeCacheSize: 1024 });
		const expressions = new CredentialExpressions(newWorkflow());
		if (engine === 'vm') await expressions.workflow.expression.acquireIsolate();
		return expressions;
	}

	/** With whatever engine is active (n8n-workflow's default is legacy); nothing to start or close. */
	static current(): CredentialExpressions {
		return new CredentialExpressions(newWorkflow());
	}

	get engine(): string {
		return Expression.getActiveImplementation();
	}

	/** The headers `authenticate` (generic) adds for these credential values. */
	authenticateHeaders(credential: ICredentialType, credentials: ICredentialDataDecryptedObject): Record<string, string> {
		const authenticate = credential.authenticate;
		if (typeof authenticate !== 'object' || authenticate.type !== 'generic') throw new Error('expected generic authentication');
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(authenticate.properties.headers ?? {})) {
			headers[name] = asResolvedString(
				this.workflow.expression.getSimpleParameterValue(node, String(value), 'internal', { $credentials: credentials }, undefined, ''),
			);
		}
		return headers;
	}

	async close(): Promise<void> {
		await this.workflow.expression.releaseIsolate();
		await Expression.disposeExpressionEngine();
		Expression.setExpressionEngine('legacy');
	}
}

/**
 * Declares `body`'s tests once per engine n8n may run expressions with, each suite holding a started engine
 * (`vm` first: the default of n8n 2.x servers).
 */
export function describeInExpressionEngines(title: string, body: (expressions: () => CredentialExpressions) => void): void {
	describe.each<ExpressionEngine>(['vm', 'legacy'])(`${title} in n8n’s %s expression engine`, (engine) => {
		let expressions: CredentialExpressions | undefined;
		beforeAll(async () => {
			expressions = await CredentialExpressions.start(engine);
		});
		afterAll(async () => {
			await expressions?.close();
		});
		const current = () => {
			if (!expressions) throw new Error('the expression engine did not start');
			return expressions;
		};
		it('runs in the engine asked for', () => {
			expect(current().engine).toBe(engine);
		});
		body(current);
	});
}
