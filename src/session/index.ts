export { Session } from './Session.js';
export type { SessionOptions, LoadOptions } from './Session.js';
export { instrument, stateOf, isMappedInstance } from './instrument.js';
export { TrackedList } from './TrackedList.js';
