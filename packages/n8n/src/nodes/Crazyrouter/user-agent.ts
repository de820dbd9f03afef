// Named imports, so the bundle keeps these two fields rather than the whole package.json.
import { name, version } from '../../../package.json';

/** What the node sends as User-Agent: the package and the version n8n installed. */
export const USER_AGENT = `${name}/${version}`;
