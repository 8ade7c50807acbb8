export { builtInTemplates, findBuiltInTemplate } from './catalogue.ts'
export { BOARD_PAGE_ID, instantiate } from './instantiate.ts'
export { summarize } from './summarize.ts'
export { HEADER_FIELD_LABELS } from './sheetTexts.ts'
