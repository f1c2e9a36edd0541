// Function settings read from the environment in one validated place.
import type { TemplateKey } from '@linli/types'
import { z } from 'zod'

/** A subscribe-message template id, as the mini-program console gives it. */
const templateId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not a template id')

const envSchema = z.object({
  /** The community a caller who is not yet verified belongs to (one deployment per community). */
  LINLI_COMMUNITY_ID: z.string().min(1).default('chengxi'),
  /** Subscribe-message templates (configuration, never code): required where messages are sent. */
  LINLI_TEMPLATE_NOTICE: templateId.optional(),
  LINLI_TEMPLATE_REQUEST_STATUS: templateId.optional(),
  LINLI_TEMPLATE_NEW_TASK: templateId.optional(),
})

export type FunctionEnv = z.infer<typeof envSchema>

export const readEnv = (source: Record<string, string | undefined> = process.env): FunctionEnv =>
  envSchema.parse(source)

export type TemplateIds = Record<TemplateKey, string>

/**
 * The template ids a function that sends messages needs, or a start-up failure naming what is
 * missing: a deployment without them must not start and silently send nothing.
 */
export const requireTemplateIds = (env: FunctionEnv): TemplateIds => {
  const ids = {
    notice: env.LINLI_TEMPLATE_NOTICE,
    requestStatus: env.LINLI_TEMPLATE_REQUEST_STATUS,
    newTask: env.LINLI_TEMPLATE_NEW_TASK,
  }
  const missing = Object.entries(ids).filter(([, id]) => !id)
  if (missing.length > 0) {
    throw new Error(`template ids missing: ${missing.map(([k]) => k).join(', ')} (config.json)`)
  }
  return ids as TemplateIds
}
