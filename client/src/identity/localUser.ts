import { atom } from 'tldraw'
import type { Atom, TLUserPreferences } from 'tldraw'

import { rememberShortcutsEnabled, rememberedShortcutsEnabled } from './keyboardShortcutsSetting.ts'

const STORAGE_KEY = 'bordduk:user'
/** Cursor colours with enough contrast on white for the name labels. */
const COLORS = [
  '#c92a2a',
  '#a61e4d',
  '#862e9c',
  '#5f3dc4',
  '#364fc7',
  '#1864ab',
  '#0b7285',
  '#087f5b',
  '#2b8a3e',
  '#d9480f',
]

/** This browser's participant: a stable id, a display name and a cursor colour. */
export interface LocalUser {
  id: string
  name: string
  color: string
}

function randomUser(guestName: (n: number) => string): LocalUser {
  const n = 10 + Math.floor(Math.random() * 90)
  return {
    id: crypto.randomUUID(),
    name: guestName(n),
    color: COLORS[Math.floor(Math.random() * COLORS.length)]!,
  }
}

/** Reads the participant remembered in this browser, creating one on the first visit. */
export function loadLocalUser(guestName: (n: number) => string): LocalUser {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<LocalUser> | null
    if (
      parsed &&
      typeof parsed.id === 'string' &&
      typeof parsed.name === 'string' &&
      typeof parsed.color === 'string'
    ) {
      return { id: parsed.id, name: parsed.name, color: parsed.color }
    }
  } catch {
    // A corrupt entry is replaced below.
  }
  const user = randomUser(guestName)
  localStorage.setItem(STORAGE_KEY, JSON.stringify(user))
  return user
}

/** True once this browser's participant has chosen a display name (asked on the first visit). */
export function hasChosenName(): boolean {
  try {
    return (
      (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { named?: boolean } | null)?.named === true
    )
  } catch {
    return false
  }
}

/** Remembers the display name this person chose, keeping their id and colour. */
export function chooseName(name: string, guestName: (n: number) => string): void {
  const user = loadLocalUser(guestName)
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...user, name, named: true }))
}

/** tldraw user preferences backed by this browser's participant; name edits are remembered. */
export function localUserPreferences(user: LocalUser, tldrawLocale: string) {
  const preferences: Atom<TLUserPreferences> = atom('bordduk user preferences', {
    id: user.id,
    name: user.name,
    color: user.color,
    locale: tldrawLocale,
    areKeyboardShortcutsEnabled: rememberedShortcutsEnabled(),
  })
  const setPreferences = (next: TLUserPreferences) => {
    if (next.areKeyboardShortcutsEnabled !== preferences.get().areKeyboardShortcutsEnabled)
      rememberShortcutsEnabled(next.areKeyboardShortcutsEnabled !== false)
    preferences.set(next)
    const saved: LocalUser = { id: user.id, name: next.name ?? user.name, color: next.color ?? user.color }
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...saved, named: true }))
  }
  return { preferences, setPreferences }
}
