// Enumerations from DESIGN §1–2: roles, team kinds, member kinds, request states and channels.
import { z } from 'zod'

/** An opaque document id (CloudBase ids are strings; seed ids are readable slugs). */
export const idSchema = z.string().min(1).max(64)

export const ROLES = [
  'resident',
  'member',
  'teamCaptain',
  'buildingLeader',
  'gridLeader',
  'unitLiaison',
  'staff',
  'admin',
] as const
export const roleNameSchema = z.enum(ROLES)
export type RoleName = z.infer<typeof roleNameSchema>

export const TEAM_KINDS = [
  'teaching',
  'legal',
  'cultureSports',
  'medical',
  'skills',
  'sanitation',
  'elderCare',
  'publicSecurity',
] as const
export const teamKindSchema = z.enum(TEAM_KINDS)
export type TeamKind = z.infer<typeof teamKindSchema>

export const memberKindSchema = z.enum(['community', 'retired', 'inService'])
export type MemberKind = z.infer<typeof memberKindSchema>

/** 五办: how a request is handled, which sets its due time. */
export const handlingModeSchema = z.enum([
  'onSite',
  'sameDay',
  'difficult',
  'departmental',
  'homeVisit',
])
export type HandlingMode = z.infer<typeof handlingModeSchema>

export const requestStatusSchema = z.enum([
  'submitted',
  'open',
  'claimed',
  'assigned',
  'inProgress',
  'resolved',
  'closed',
  'reopened',
  'cancelled',
  'rejected',
])
export type RequestStatus = z.infer<typeof requestStatusSchema>

export const urgencySchema = z.enum(['normal', 'urgent'])
export type Urgency = z.infer<typeof urgencySchema>

export const channelSchema = z.enum([
  'miniProgram',
  'hotline',
  'suggestionBox',
  'wechatGroup',
  'visit',
  /** 12345 派单: a work order handed down by the city hotline, with its own number and due time. */
  'hotline12345',
])
export type Channel = z.infer<typeof channelSchema>

/** Channels staff record on a resident's behalf (代办): everything but the app itself. */
export const onBehalfChannelSchema = z.enum([
  'hotline',
  'suggestionBox',
  'wechatGroup',
  'visit',
  'hotline12345',
])
export type OnBehalfChannel = z.infer<typeof onBehalfChannelSchema>
