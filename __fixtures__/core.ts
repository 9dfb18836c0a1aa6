/**
 * Typed stand-ins for the @actions/core functions the action calls, for
 * tests that run `run()` in process (see __tests__/main.test.ts). Install
 * with `jest.unstable_mockModule('@actions/core', () => core)` before
 * importing src/main.ts.
 */
import type * as core from '@actions/core'
import { jest } from '@jest/globals'

export const getInput = jest.fn<typeof core.getInput>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const info = jest.fn<typeof core.info>()
export const debug = jest.fn<typeof core.debug>()
export const isDebug = jest.fn<typeof core.isDebug>(() => false)
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const startGroup = jest.fn<typeof core.startGroup>()
export const endGroup = jest.fn<typeof core.endGroup>()

/** The job summary: what was added, kept per call; write() always succeeds. */
interface SummaryStandIn {
  addRaw: (text: string) => SummaryStandIn
  write: () => Promise<SummaryStandIn>
}
const addRaw = jest.fn<SummaryStandIn['addRaw']>()
const write = jest.fn<SummaryStandIn['write']>()
export const summary = { addRaw, write }
addRaw.mockImplementation(() => summary)
write.mockImplementation(() => Promise.resolve(summary))
