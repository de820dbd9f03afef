/**
 * What each image model family takes for `size` and `quality`, from the vendors' API references. The request schema
 * accepts every value any family takes; this table says which belongs to which, so a value one family needs is not
 * sent to another (the gateway answers 400) and editors can label the choices.
 */
export interface ImageFamily {
  /** Shown beside a choice: "HD (DALL-E 3)". */
  label: string;
  /** Model ids of the family (a gateway may add a provider prefix: `openai/dall-e-3`). */
  pattern: RegExp;
  /** Accepted `quality` values; undefined when the family has no quality setting we know of. */
  qualities: readonly string[] | undefined;
  /** Sizes the family offers; a closed list unless `otherSizes` is true. */
  sizes: readonly string[];
  /** Whether sizes outside the list are taken too (gpt-image-2 takes any size within its limits). */
  otherSizes: boolean;
}

const modelPattern = (family: string) => new RegExp(`^(?:[^/]+/)*${family}`, "i");

export const IMAGE_FAMILIES: readonly ImageFamily[] = [
  // OpenAI: gpt-image-1 and 1.5 take three sizes or auto; gpt-image-2 any multiple of 16 up to 3840x2160.
  {
    label: "GPT Image 2",
    pattern: modelPattern("gpt-image-2"),
    qualities: ["auto", "low", "medium", "high"],
    sizes: ["auto", "1024x1024", "1536x1024", "1024x1536", "2048x2048", "3840x2160"],
    otherSizes: true,
  },
  {
    label: "GPT Image 1",
    pattern: modelPattern("gpt-image-"),
    qualities: ["auto", "low", "medium", "high"],
    sizes: ["auto", "1024x1024", "1536x1024", "1024x1536"],
    otherSizes: false,
  },
  { label: "DALL-E 3", pattern: modelPattern("dall-e-3"), qualities: ["standard", "hd"], sizes: ["1024x1024", "1792x1024", "1024x1792"], otherSizes: false },
  { label: "DALL-E 2", pattern: modelPattern("dall-e-2"), qualities: ["standard"], sizes: ["256x256", "512x512", "1024x1024"], otherSizes: false },
  // Alibaba's qwen-image: five aspect ratios; no quality setting.
  {
    label: "Qwen Image",
    pattern: modelPattern("qwen-image"),
    qualities: undefined,
    sizes: ["1328x1328", "1664x928", "928x1664", "1472x1140", "1140x1472"],
    otherSizes: true,
  },
];

/** The family of a model id, the first (most specific) match; undefined for models we know nothing about. */
export function imageFamily(model: string): ImageFamily | undefined {
  return IMAGE_FAMILIES.find((family) => family.pattern.test(model));
}
