import type { NoChatStrings } from './no-chat.js';

const en: NoChatStrings = {
  noChat: (profession: string) => `This clinic has no chat with ${profession} right now.`,
  instead:
    'Contact the clinic another way, for example by phone, or describe your symptoms to find out what you can do. For health advice day and night: call 1177. If a life is in danger: call 112.',
};

export default en;
