/**
 * Transaction origin of document changes the server makes itself (template guard, language
 * switch, workshop controls, version restore): broadcast to every peer and stored like any edit.
 */
export const SERVER_ORIGIN = Symbol('server')
