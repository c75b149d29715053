import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// How long findBy* and waitFor wait for the page, stretched by the scale vite.config.ts worked out for
// this machine (and hands over in TEST_TIMEOUT_SCALE), as the test timeouts are.
const asyncUtilTimeoutMs = 10_000
configure({ asyncUtilTimeout: asyncUtilTimeoutMs * (Number(process.env.TEST_TIMEOUT_SCALE) || 1) })

// Page tests see the light views (plain text areas) that every editor shows until CodeMirror's chunk
// arrives: a chunk that never arrives keeps them, so user-event and fireEvent.change type into
// textareas whatever the test clicks first. A file that tests the real editor opts out with
// vi.unmock('<relative path>/src/editor/code-mirror-view'); a page test that types into it also imports
// ./ui/support/code-mirror-dom (tests/ui/real-editors.test.tsx).
vi.mock('../src/editor/code-mirror-view', () => new Promise(() => {}))

afterEach(cleanup)
