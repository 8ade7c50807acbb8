export {
  DEFAULT_LOCALE,
  LOCALE_TAGS,
  LOCALES,
  TEXT_FALLBACK,
  localeSchema,
  localizedTextSchema,
  pickText,
} from './locale.ts'
export type { Locale, LocalizedText } from './locale.ts'
export {
  Y_META_MAP,
  Y_META_SCHEMA_KEY,
  Y_RECORDS_ARRAY,
  Y_WORKSHOP_FROZEN_KEY,
  Y_WORKSHOP_LOCALE_KEY,
  Y_WORKSHOP_MAP,
  Y_WORKSHOP_SILENT_KEY,
  Y_WORKSHOP_STEP_KEY,
  Y_WORKSHOP_VOTE_COUNTS_KEY,
  Y_WORKSHOP_VOTE_KEY,
} from './yDocLayout.ts'
export {
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SAVE_RECEIPT,
  MESSAGE_SYNC,
} from './syncMessages.ts'
export { CLOSE_CODES, closeReason } from './closeCodes.ts'
export type { CloseCodeName } from './closeCodes.ts'
export {
  MAX_BOARD_TITLE_LENGTH,
  boardIdSchema,
  boardKeySchema,
  boardMetaSchema,
  boardRoleSchema,
  createBoardBodySchema,
  createdBoardSchema,
  setBoardLocaleBodySchema,
} from './schemas/board.ts'
export type {
  BoardId,
  BoardMeta,
  BoardRole,
  CreateBoardBody,
  CreatedBoard,
  SetBoardLocaleBody,
} from './schemas/board.ts'
export {
  PAPER_SIZES,
  SECTION_KINDS,
  areaSchema,
  checklistItemSchema,
  paperSizeSchema,
  sectionKindSchema,
  tileSizeSchema,
  templateSchema,
  templateSectionSchema,
  templateSheetSchema,
  templateSummarySchema,
} from './schemas/template.ts'
export type {
  Area,
  ChecklistItem,
  PaperSize,
  SectionKind,
  Template,
  TemplateInput,
  TemplateSection,
  TemplateSheet,
  TemplateSummary,
} from './schemas/template.ts'
export { clientConfigSchema, isAccessibilityContact } from './schemas/clientConfig.ts'
export type { ClientConfig } from './schemas/clientConfig.ts'
export { PAPER_MM, UNITS_PER_MM, sheetSize } from './paper.ts'
export { richTextToPlain } from './richText.ts'
export {
  MAX_LISTED_WORKSHOP_MESSAGES,
  MAX_TIMER_MS,
  MAX_WORKSHOP_GROUPS,
  createWorkshopBodySchema,
  freezeBodySchema,
  gatherRequestSchema,
  sendMessageBodySchema,
  timerActionBodySchema,
  workshopMessageSchema,
  workshopTimerSchema,
  workshopGroupSchema,
  workshopSchema,
} from './schemas/workshop.ts'
export type {
  CreateWorkshopBody,
  GatherRequest,
  FreezeBody,
  TimerActionBody,
  Workshop,
  WorkshopGroup,
  WorkshopMessage,
  WorkshopTimer,
} from './schemas/workshop.ts'
export { MAX_PRESENT_NAME_LENGTH, MAX_PRESENT_NAMES } from './schemas/workshop.ts'
export { boardVersionSchema, saveVersionBodySchema } from './schemas/version.ts'
export type { BoardVersionInfo } from './schemas/version.ts'
export {
  MAX_TEMPLATE_BYTES,
  ownedTemplateSchema,
  saveTemplateBodySchema,
  savedTemplateSchema,
} from './schemas/customTemplate.ts'
export type { OwnedTemplate, SaveTemplateBody, SavedTemplate } from './schemas/customTemplate.ts'
export { API_ERROR_CODES, apiErrorCodeSchema, defaultErrorCode } from './apiErrorCodes.ts'
export type { ApiErrorCode } from './apiErrorCodes.ts'
export {
  DRAFT_META_FLAG,
  MAX_DRAFT_BYTES,
  MAX_DRAFT_NOTES,
  draftsAnswerSchema,
  draftsBodySchema,
  sessionSecretSchema,
  silentActionBodySchema,
  silentCardSchema,
  silentStateSchema,
} from './schemas/silentWriting.ts'
export type {
  DraftsAnswer,
  DraftsBody,
  SilentActionBody,
  SilentCard,
  SilentState,
} from './schemas/silentWriting.ts'
export {
  MAX_AGENDA_STEPS,
  MAX_STEP_INSTRUCTION_LENGTH,
  MAX_STEP_MINUTES,
  MAX_STEP_TITLE_LENGTH,
  MIN_STEP_MINUTES,
  agendaSectionSchema,
  agendaStepActionSchema,
  agendaStepSchema,
  boardAgendaStepSchema,
  putAgendaBodySchema,
  templateAgendaStepSchema,
  workshopAgendaSchema,
} from './schemas/agenda.ts'
export type {
  AgendaSection,
  AgendaStep,
  AgendaStepAction,
  BoardAgendaStep,
  PutAgendaBody,
  TemplateAgendaStep,
  WorkshopAgenda,
} from './schemas/agenda.ts'
export {
  MAX_DOTS_PER_PERSON,
  MAX_VOTE_DURATION_MS,
  castDotBodySchema,
  myDotsSchema,
  voteActionBodySchema,
  voteCountsSchema,
  votePhaseSchema,
  voteProgressSchema,
  voteSchema,
  voteScopeSchema,
  voteSessionSchema,
  voteVisibilitySchema,
  workshopVoteProgressSchema,
} from './schemas/vote.ts'
export type {
  CastDotBody,
  MyDots,
  Vote,
  VoteActionBody,
  VoteCounts,
  VotePhase,
  VoteProgress,
  VoteScope,
  VoteVisibility,
  WorkshopVoteProgress,
} from './schemas/vote.ts'
