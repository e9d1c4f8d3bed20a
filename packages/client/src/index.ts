export { HttpBackend, toNaraError, type HttpBackendOptions } from './http-backend.js';
export { ConversationStream, type ConversationStreamOptions, type ConversationStreamStatus } from './conversation-stream.js';
export { ServerSentEventParser, type ServerSentEvent } from './sse-parser.js';
