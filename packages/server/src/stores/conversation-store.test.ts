import { createMemoryStore } from './memory-store.js';
import { conversationStoreConformance } from '../testing/conversation-store-conformance.js';

conversationStoreConformance('memory store', () => createMemoryStore());
