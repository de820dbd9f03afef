/**
 * n8n conformance: every vector the node can express, set up as a user would (parameters and input items) and
 * executed through the node's unit harness. n8n-real.test.ts runs a representative subset in a real headless n8n.
 */
import { describeConformance } from "./conformance-suite.js";
import { n8nDriver } from "./drivers/n8n-driver.js";

describeConformance("conformance: the n8n node (unit harness)", n8nDriver);
