/** CLI conformance: the built `crazyrouter` bin, for every call its commands and flags express. */
import { describeConformance } from "./conformance-suite.js";
import { cliDriver } from "./drivers/cli-driver.js";

describeConformance("conformance: the crazyrouter CLI (built bin)", cliDriver);
