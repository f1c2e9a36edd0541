// The commands the lifecycle takes: an action with what it carries, already checked by the contract.
import type { Handler, LifecycleAction } from '@linli/types'

export type Command =
  | { action: 'accept' }
  | { action: 'claim'; handler: Handler }
  | { action: 'assign'; handler: Handler; note: string | null }
  | { action: 'transfer'; handler: Handler; reason: string }
  | { action: 'reject'; reason: string; duplicateOf: string | null }
  | { action: 'start' }
  | { action: 'progress'; note: string; photos: string[] }
  | { action: 'resolve'; note: string; photos: string[] }
  | { action: 'confirm'; rating: number; comment: string | null }
  | { action: 'reopen'; reason: string }
  | { action: 'cancel'; reason: string | null }
  | { action: 'follow' }
  | { action: 'recordFollowUp'; note: string }
  | { action: 'reportBack'; note: string | null }
  | { action: 'escalate' }
  | { action: 'autoClose' }

export type CommandOf<A extends LifecycleAction> = Extract<Command, { action: A }>

/** What a transition asks the caller to do after the write; the lifecycle never does it itself. */
export const EFFECTS = [
  'notifyReporter',
  'notifyFollowers',
  'notifyHandler',
  'notifyGridLeader',
  'notifyStaff',
  'followOriginal',
  'writeServiceRecord',
] as const
export type Effect = (typeof EFFECTS)[number]
