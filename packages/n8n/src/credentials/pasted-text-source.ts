import { INVISIBLE_CLASS, SPACE_CLASS } from '@crazyrouter/core';

/**
 * Pieces of JavaScript source for the credential's n8n expressions (which run in n8n's expression engine, where
 * the core cannot be called): the core's own character sets, so the expressions clean pasted text as the core does.
 */

/** `text` without invisible characters and without the spaces around it. */
export function cleanedTextSource(text: string): string {
	return `${text}.replace(/[${INVISIBLE_CLASS}]/g, "").replace(/^[${SPACE_CLASS}]+|[${SPACE_CLASS}]+$/g, "")`;
}

/** `text` without the spaces around it. */
export function trimmedSource(text: string): string {
	return `${text}.replace(/^[${SPACE_CLASS}]+|[${SPACE_CLASS}]+$/g, "")`;
}

/** Whether `text` is wrapped in a pair of quotes. */
export function isQuotedSource(text: string): string {
	return `/^["'].*["']$/s.test(${text})`;
}

/**
 * Wraps statements into a one-expression n8n value: `={{ (() => { ...; return value; })() }}`, or with a text before
 * it. The body may not hold `{{` or `}}`, which end an n8n expression.
 */
export function expressionOf(statements: string[], prefix = ''): string {
	const body = statements.join('\n');
	if (/\{\{|\}\}/.test(body)) throw new Error('an n8n expression body may not contain {{ or }}');
	return `=${prefix}{{ (() => {\n${body}\n})() }}`;
}
