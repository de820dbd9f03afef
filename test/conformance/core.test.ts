import { describeConformance } from "./conformance-suite.js";
import { coreDriver } from "./drivers/core-driver.js";

describeConformance("conformance: the core client", coreDriver);
