// Typed access to local storage (wx storage in the mini-program, localStorage in H5).
import Taro from '@tarojs/taro'

/** Returns the stored value when `isValid` accepts it; a corrupt or old entry reads as absent. */
export const readStored = <T>(key: string, isValid: (value: unknown) => value is T): T | null => {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return isValid(value) ? value : null
  } catch {
    return null
  }
}

export const writeStored = (key: string, value: unknown): void => {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // Storage full or unavailable: the form still works, only the saved draft is lost.
  }
}

export const removeStored = (key: string): void => {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing to clean up.
  }
}
