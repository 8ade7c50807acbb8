import { useSyncExternalStore } from 'react'

const STORAGE_KEY = 'bordduk:times-up-sound'
const BEEP_HZ = 880
const BEEP_MS = 180
const BEEP_GAP_MS = 120
const BEEPS = 3

let context: AudioContext | null = null
const listeners = new Set<() => void>()

function enabled(): boolean {
  return localStorage.getItem(STORAGE_KEY) === 'on'
}

/**
 * Three short beeps, made in code (no audio file). Browsers only let a page make sound after a
 * person has interacted with it: if the context is still suspended, we stay silent rather than
 * queue a beep for later.
 */
function beep(): void {
  if (!context || context.state !== 'running') return
  const start = context.currentTime + 0.02
  for (let i = 0; i < BEEPS; i++) {
    const at = start + (i * (BEEP_MS + BEEP_GAP_MS)) / 1000
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.frequency.value = BEEP_HZ
    // A short ramp in and out: a hard start or stop clicks.
    gain.gain.setValueAtTime(0, at)
    gain.gain.linearRampToValueAtTime(0.25, at + 0.01)
    gain.gain.linearRampToValueAtTime(0, at + BEEP_MS / 1000)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(at)
    oscillator.stop(at + BEEP_MS / 1000)
  }
}

/** Called from the click that turns the sound on: that gesture is what unlocks audio. */
function turnOn(): void {
  context ??= new AudioContext()
  void context.resume().then(beep, () => undefined)
}

export const timesUpSound = {
  /** Plays the "time's up" signal if this person turned it on. */
  play(): void {
    if (!enabled()) return
    // After a reload the context is gone; a new one may be refused (suspended) until a click.
    context ??= new AudioContext()
    if (context.state === 'suspended') void context.resume().then(beep, () => undefined)
    else beep()
  },
  set(on: boolean): void {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off')
    if (on) turnOn()
    for (const listener of listeners) listener()
  },
}

/** Whether this browser plays a sound when the facilitator's time is up (off unless chosen). */
export function useTimesUpSound(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }, enabled)
}
