// The SDK as scripts use it against a local emulator: its URL and the key the emulator generated.
import cloudbase from '@cloudbase/node-sdk'
import type { AdminCredentials } from '../emulator'
import { prepareLocalSdkEnv } from '../emulator/local-sdk-env'

prepareLocalSdkEnv()

export type LocalDatabase = ReturnType<ReturnType<typeof cloudbase.init>['database']>

export const sdkDatabase = (adminUrl: string, credentials: AdminCredentials): LocalDatabase =>
  cloudbase
    .init({
      env: 'linli-local',
      serviceUrl: adminUrl,
      secretId: credentials.secretId,
      secretKey: credentials.secretKey,
    })
    .database()
