import { expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { renderApp } from './render-app'

it('states the privacy promise on the about page', async () => {
  await renderApp('/about')
  expect(await screen.findByRole('heading', { name: 'Your tokens stay on your device' })).toBeInTheDocument()
})

it('answers an unknown route with a way back', async () => {
  await renderApp('/no-such-page')
  expect(await screen.findByRole('heading', { name: 'This page does not exist' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Open the debugger' })).toBeInTheDocument()
})
