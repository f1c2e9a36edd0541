// Function settings read from the environment in one validated place.
import { z } from 'zod'

const envSchema = z.object({
  /** The community a caller who is not yet verified belongs to (one deployment per community). */
  LINLI_COMMUNITY_ID: z.string().min(1).default('chengxi'),
})

export type FunctionEnv = z.infer<typeof envSchema>

export const readEnv = (source: Record<string, string | undefined> = process.env): FunctionEnv =>
  envSchema.parse(source)
