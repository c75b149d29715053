import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { asyncUtilTimeoutMs, timeoutScale } from './timeouts'

// vite.config.ts passes its scale in TEST_TIMEOUT_SCALE, so the waits stretch with the test timeouts.
configure({ asyncUtilTimeout: asyncUtilTimeoutMs * timeoutScale() })

afterEach(cleanup)
