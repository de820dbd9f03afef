/**
 * The official openai SDK as the reference platform: the same logical call made with it must give the expected body,
 * and every way core's canonical request differs from it is listed in the table with its reason.
 */
import { describeConformance } from "./conformance-suite.js";
import { openaiDriver } from "./drivers/openai-driver.js";

describeConformance("conformance: the official openai SDK (reference)", openaiDriver);
