/** MCP conformance: every vector as a tool call from the real MCP SDK client, as a model makes it. */
import { describeConformance } from "./conformance-suite.js";
import { mcpDriver } from "./drivers/mcp-driver.js";

describeConformance("conformance: the MCP server's tools", mcpDriver);
