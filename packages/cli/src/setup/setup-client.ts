import type { SetupContext } from "./setup-context.js";

/** One client `crazyrouter setup` knows, and how its ready-to-paste config is written. */
export interface SetupClient {
  /** Its id in SETUP_CLIENT_NAMES, which also holds the aliases. */
  id: string;
  title: string;
  /** One line for the list `crazyrouter setup` prints. */
  summary: string;
  /** Whether the config lists models (then the key's live list is fetched). */
  usesModelList: boolean;
  render(context: SetupContext): string;
}
