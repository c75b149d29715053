import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// How long findBy* and waitFor wait for the page, stretched by the scale vite.config.ts worked out for
// this machine (and hands over in TEST_TIMEOUT_SCALE), as the test timeouts are.
const asyncUtilTimeoutMs = 10_000
configure({ asyncUtilTimeout: asyncUtilTimeoutMs * (Number(process.env.TEST_TIMEOUT_SCALE) || 1) })

afterEach(cleanup)
