// org.listBuildings: the buildings a report can name.
import { call } from '@/shared/api/client'

export const listBuildings = () => call('org', 'listBuildings', {})
