// Fires the events Taro's H5 components emit (CustomEvent with `detail`), as a user's input would.
import { act, fireEvent } from '@testing-library/react'

export const typeInto = (element: HTMLElement, value: string): void => {
  act(() => {
    fireEvent(element, new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}
