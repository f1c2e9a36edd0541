// Cursor pagination shared by every list action: never `skip`, so pages stay stable and cheap.
import { z } from 'zod'

export const pageInputSchema = z.object({
  limit: z.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
})
export type PageInput = z.infer<typeof pageInputSchema>

export const pageSchema = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() })
export type Page<T> = { items: T[]; nextCursor: string | null }
