/** The routes (under `/api/boards/:id`) that read a board, for tests that they never answer 500. */
export const BOARD_READER_PATHS = [
  '/thumbnail.svg',
  '/answers.md',
  '/answers.csv',
  '/answers.docx',
  '/snapshot',
  '/versions',
] as const
