// Settings a process needs to use @cloudbase/node-sdk against the local emulator (not functions:
// the functions host gives those an SCF-shaped environment of its own).

/** Sets only what is unset, so a real environment always wins. */
export const prepareLocalSdkEnv = (): void => {
  // The SDK signs every request and rejects without credentials; dummies never leave this machine.
  process.env.TENCENTCLOUD_SECRETID ??= 'local-dummy-id'
  process.env.TENCENTCLOUD_SECRETKEY ??= 'local-dummy-key'
  // Without this the SDK probes Tencent Cloud's metadata host before every call (~60 ms here, a DNS
  // lookup that never succeeds and keeps the process alive); the URL comes from serviceUrl anyway.
  process.env.TENCENTCLOUD ??= 'true'
}
