import { apiKeyCheck } from "./checks/api-key-check.js";
import { baseUrlCheck } from "./checks/base-url-check.js";
import { chatCheck } from "./checks/chat-check.js";
import { embeddingsCheck } from "./checks/embeddings-check.js";
import { imagesCheck } from "./checks/images-check.js";
import { modelsCheck } from "./checks/models-check.js";
import { regionsCheck } from "./checks/regions-check.js";
import { streamCheck } from "./checks/stream-check.js";
import type { DoctorCheck } from "./doctor-check.js";

/** The gateway docs' verification checklists, in the order that makes each failure easy to place. */
export const DOCTOR_CHECKS: readonly DoctorCheck[] = [
  baseUrlCheck,
  apiKeyCheck,
  modelsCheck,
  chatCheck,
  streamCheck,
  embeddingsCheck,
  imagesCheck,
  regionsCheck,
];
