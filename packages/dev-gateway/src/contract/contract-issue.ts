import type { z } from "zod";

/** A rule the contract checks by hand, with the `code` OpenAI answers for it (`null` where it sends none). */
export interface ContractIssue {
  path: PropertyKey[];
  message: string;
  code: string | null;
}

/** Adds a hand-checked rule's failure to a zod refinement, carrying OpenAI's error code to the 400 answer. */
export function addContractIssue(context: z.RefinementCtx, issue: ContractIssue): void {
  context.addIssue({ code: "custom", path: issue.path, message: issue.message, params: { openAiCode: issue.code } });
}
