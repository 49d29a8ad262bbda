export { Session } from './Session.js';
export type { SessionOptions, LoadOptions } from './Session.js';
export { instrument, stateOf, isMappedInstance } from './instrument.js';
export { TrackedList } from './TrackedList.js';
export { failedFlushOp } from './executeFlush.js';
export { identityKey } from './IdentityMap.js';
export { type LinkChange, lockedEnd } from './lockOrder.js';
export type { FlushOp } from './FlushOp.js';
export type { FlushPreview, PreviewWrite, PreviewRow, DatabaseAction } from './previewFlush.js';
