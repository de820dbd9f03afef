/**
 * Coze conformance: every vector run as Coze Studio runs a tool. The spec goes through Coze's import flow (the real
 * kin-openapi and yaml.v3 at Coze Studio's versions), the vector's call becomes the tool call's arguments, and Coze's
 * runtime (the simulator written from its backend) builds and sends the request to the dev gateway.
 */
import { describeConformance } from "./conformance-suite.js";
import { cozeDriver } from "./drivers/coze-driver.js";

describeConformance("conformance: the Coze tools (imported spec, Coze Studio's tool runtime)", cozeDriver());
