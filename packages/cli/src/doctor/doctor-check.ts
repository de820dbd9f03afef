import type { DoctorContext } from "./doctor-context.js";
import type { DoctorOutcome, DoctorStepId } from "./doctor-step.js";

/** One step of the checklist. `title` may depend on the options (it names the model it calls). */
export interface DoctorCheck {
  id: DoctorStepId;
  title(context: DoctorContext): string;
  run(context: DoctorContext): Promise<DoctorOutcome>;
}
