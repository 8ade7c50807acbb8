import { useSyncExternalStore } from 'react'
import {
  AccessibilityMenu,
  ColorSchemeMenu,
  DefaultMainMenu,
  DefaultMenuPanel,
  EditSubmenu,
  ExportFileContentSubMenu,
  ExtrasGroup,
  InputModeMenu,
  KeyboardShortcutsMenuItem,
  PORTRAIT_BREAKPOINT,
  TldrawUiMenuGroup,
  TldrawUiMenuSubmenu,
  ToggleDebugModeItem,
  ToggleDynamicSizeModeItem,
  ToggleEdgeScrollingItem,
  ToggleFocusModeItem,
  ToggleGridItem,
  TogglePasteAtCursorItem,
  ToggleSnapModeItem,
  ToggleToolLockItem,
  ToggleWrapModeItem,
  ViewSubmenu,
  useBreakpoint,
  useEditor,
  useValue,
} from 'tldraw'
import type { TLComponents } from 'tldraw'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { OutlineToggle } from '../outline/OutlineToggle.tsx'
import { LanguageSwitch } from '../routes/LanguageSwitch.tsx'
import { BoardA11y } from './BoardA11y.tsx'
import { canSwitchBoardLanguage, useBoard } from './BoardContext.ts'
import { BoardLanguage } from './BoardLanguage.tsx'
import { BoardMenu } from './BoardMenu.tsx'
import { KeyboardShortcutsToggle } from './KeyboardShortcutsToggle.tsx'
import { BoardContextMenu } from './MoveToSection.tsx'
import { NoteColourLabels } from './NoteColourLabels.tsx'
import { PrintPanel } from './PrintPanel.tsx'
import { SaveAsTemplate } from './SaveAsTemplate.tsx'
import { SyncStatus } from './SyncStatus.tsx'
import { TimesUpSoundToggle } from './TimesUpSoundToggle.tsx'
import { VersionsPanel } from './VersionsPanel.tsx'
import { WorkshopBanner } from './WorkshopBanner.tsx'
import { SilentCards } from '../silent/SilentCards.tsx'
import { VoteBar } from '../votes/VoteBar.tsx'
import { VoteOverlay } from '../votes/VoteOverlay.tsx'

/**
 * Below this editor width print, versions and the languages fold into the board menu: with
 * tldraw's menu zone on the left and a facilitator's banner in the middle, they only fit on
 * wide screens (measured at 1366 px: they did not).
 */
const INLINE_ACTIONS_MIN_WIDTH_PX = 1600

/** Phones: tldraw moves its style panel into the toolbar, and our banner goes below its menu. */
function useIsPhone(): boolean {
  return useBreakpoint() < PORTRAIT_BREAKPOINT.TABLET_SM
}

/** The board's own actions, either in a row (wide screens) or inside the board menu. */
function BoardActions() {
  const board = useBoard()
  return (
    <>
      <OutlineToggle />
      <PrintPanel boardId={board.boardId} boardKey={board.boardKey} />
      {board.role !== 'view' && <VersionsPanel boardId={board.boardId} boardKey={board.boardKey} />}
      {canSwitchBoardLanguage(board) && <BoardLanguage />}
      {board.role === 'facilitator' && <SaveAsTemplate boardId={board.boardId} boardKey={board.boardKey} />}
    </>
  )
}

/** Top right (tldraw's SharePanel slot): the status chip, always; the rest in a row or folded. */
function BoardStatusPanel() {
  const board = useBoard()
  const { t } = useI18n()
  const editor = useEditor()
  const phone = useIsPhone()
  // Below tldraw's desktop breakpoint the chip says only the link state, to leave the banner room.
  const compact = useBreakpoint() < PORTRAIT_BREAKPOINT.DESKTOP
  const wide = useValue('wide', () => editor.getViewportScreenBounds().w >= INLINE_ACTIONS_MIN_WIDTH_PX, [
    editor,
  ])
  const state = useSyncExternalStore(board.connection.subscribe, board.connection.getState)
  return (
    <div className="board-panel" data-testid="board-panel">
      <SyncStatus state={state} role={board.role} compact={compact} />
      {wide ? (
        <>
          <BoardActions />
          <LanguageSwitch onLight />
          {/* The settings and the statement link have a place on wide screens too. */}
          <BoardMenu iconOnly={phone} settingsOnly>
            {board.inWorkshop && <TimesUpSoundToggle />}
            <KeyboardShortcutsToggle />
          </BoardMenu>
        </>
      ) : (
        <BoardMenu iconOnly={phone}>
          <BoardActions />
          {board.inWorkshop && <TimesUpSoundToggle />}
          <KeyboardShortcutsToggle />
          <div className="board-menu__row">
            <span>{t('myLanguage')}</span>
            <LanguageSwitch onLight />
          </div>
        </BoardMenu>
      )}
    </div>
  )
}

/**
 * Top centre (tldraw's TopPanel slot): the group's name and the workshop banner, in the free
 * space between tldraw's menu zone and our panel. (tldraw's CenteredTopPanelContainer centres
 * on the screen and only keeps clear of the left zone; our right zone can be the wider one.)
 */
function BoardTopPanel() {
  if (useIsPhone()) return null
  return (
    <div className="board-top-panel">
      <WorkshopBanner />
    </div>
  )
}

/** Top left: tldraw's own menu zone, untouched; on phones the banner goes on a row below it. */
function BoardMenuPanel() {
  const phone = useIsPhone()
  return (
    <>
      <DefaultMenuPanel />
      {phone && (
        <div className="board-phone-strip">
          <WorkshopBanner />
        </div>
      )}
    </>
  )
}

/**
 * tldraw's main menu without its language submenu: the language is "my language", one control
 * in our chrome that drives both our texts and tldraw's. Otherwise as tldraw's default.
 */
function BoardMainMenu() {
  return (
    <DefaultMainMenu>
      <TldrawUiMenuGroup id="basic">
        <EditSubmenu />
        <ViewSubmenu />
        <ExportFileContentSubMenu />
        <ExtrasGroup />
      </TldrawUiMenuGroup>
      <TldrawUiMenuGroup id="preferences">
        <TldrawUiMenuSubmenu id="preferences" label="menu.preferences">
          <TldrawUiMenuGroup id="preferences-actions">
            <ToggleSnapModeItem />
            <ToggleToolLockItem />
            <ToggleGridItem />
            <ToggleWrapModeItem />
            <ToggleFocusModeItem />
            <ToggleEdgeScrollingItem />
            <ToggleDynamicSizeModeItem />
            <TogglePasteAtCursorItem />
            <ToggleDebugModeItem />
          </TldrawUiMenuGroup>
          <TldrawUiMenuGroup id="user-interface-submenus">
            <AccessibilityMenu />
            <InputModeMenu />
            <ColorSchemeMenu />
          </TldrawUiMenuGroup>
        </TldrawUiMenuSubmenu>
        <KeyboardShortcutsMenuItem />
      </TldrawUiMenuGroup>
    </DefaultMainMenu>
  )
}

/** Over the canvas, under tldraw's UI: colour labels, and a vote's dots and bar. */
function BoardInFront() {
  return (
    <>
      <NoteColourLabels />
      <VoteOverlay />
      <VoteBar />
    </>
  )
}

/** Our pieces in tldraw's UI slots; its toolbar, style panel and navigation stay its own. */
export const boardComponents: TLComponents = {
  SharePanel: BoardStatusPanel,
  TopPanel: BoardTopPanel,
  MenuPanel: BoardMenuPanel,
  MainMenu: BoardMainMenu,
  ContextMenu: BoardContextMenu,
  // tldraw's announcements go to the app's one live region (see BoardA11y).
  A11y: BoardA11y,
  InFrontOfTheCanvas: BoardInFront,
  // Blank cards for notes written in silence by others, in page coordinates.
  OnTheCanvas: SilentCards,
}
