import { lazy, type ComponentType } from 'react'

/** A component whose code loads the first time it renders. */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }))
}
