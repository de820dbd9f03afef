import { CRAZYROUTER_NODE_VERSION } from "n8n-nodes-crazyrouter";
import type { JsonObject } from "../conformance-vector.js";
import type { N8nNodeSetup } from "./n8n-node-setup.js";

export const N8N_CREDENTIAL_ID = "crazyrouterConformance1";

/** One branch of the workflow: the Crazyrouter node making one vector's call. */
export interface WorkflowBranch {
  nodeName: string;
  setup: N8nNodeSetup;
}

let nodeNumber = 0;
const node = (name: string, type: string, typeVersion: number, position: [number, number], parameters: JsonObject, extra: JsonObject = {}) => ({
  id: `c0000000-0000-4000-8000-${String(++nodeNumber).padStart(12, "0")}`,
  name,
  type,
  typeVersion,
  position,
  parameters,
  ...extra,
});

/**
 * A workflow with one branch per call, all started by one manual trigger; with execution order v1, n8n runs the
 * branches one after another, top to bottom. Items other than the trigger's single empty one come from an Edit
 * Fields node and a Split Out node, as rows of a list reach a node in real workflows.
 */
export function conformanceWorkflow(id: string, branches: readonly WorkflowBranch[]): JsonObject {
  const nodes: JsonObject[] = [node("Start", "n8n-nodes-base.manualTrigger", 1, [0, 0], {})];
  const startTargets: string[] = [];
  const connections: Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }> = {};
  const link = (from: string, to: string) => (connections[from] = { main: [[{ node: to, type: "main", index: 0 }]] });
  branches.forEach(({ nodeName, setup }, row) => {
    const y = row * 200;
    const crazyrouter = node(nodeName, "n8n-nodes-crazyrouter.crazyrouter", CRAZYROUTER_NODE_VERSION, [720, y], setup.parameters, {
      credentials: { crazyrouterApi: { id: N8N_CREDENTIAL_ID, name: "Crazyrouter account" } },
    });
    const hasItems = setup.items.length > 1 || Object.keys(setup.items[0] ?? {}).length > 0;
    if (!hasItems) {
      startTargets.push(nodeName);
      nodes.push(crazyrouter);
      return;
    }
    const listName = `${nodeName} rows`;
    const splitName = `${nodeName} split`;
    nodes.push(
      node(listName, "n8n-nodes-base.set", 3.4, [240, y], { mode: "raw", jsonOutput: JSON.stringify({ rows: setup.items }), options: {} }),
      node(splitName, "n8n-nodes-base.splitOut", 1, [480, y], { fieldToSplitOut: "rows", include: "noOtherFields", options: {} }),
      crazyrouter,
    );
    startTargets.push(listName);
    link(listName, splitName);
    link(splitName, nodeName);
  });
  connections.Start = { main: [startTargets.map((target) => ({ node: target, type: "main", index: 0 }))] };
  return { id, name: "Crazyrouter conformance", active: false, settings: { executionOrder: "v1" }, nodes, connections };
}
