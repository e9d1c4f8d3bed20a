/** One server-sent event as the stream carried it. */
export interface ServerSentEvent {
  /** `event:` field; "message" when absent. */
  event: string;
  data: string;
  /** `id:` field, when the event had one. */
  id?: string;
  /** `retry:` field in milliseconds, when the event had one. */
  retry?: number;
}

/**
 * Parses a `text/event-stream` body (WHATWG HTML § 9.2.6) chunk by chunk: lines may be split
 * anywhere across chunks, CRLF / CR / LF all end a line, comments (`:`) are ignored.
 */
export class ServerSentEventParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id: string | undefined;
  private retry: number | undefined;
  private sawField = false;
  private readonly decoder = new TextDecoder();

  /** Feed bytes or text; returns the events completed by it. */
  push(chunk: Uint8Array | string): ServerSentEvent[] {
    this.buffer += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const events: ServerSentEvent[] = [];
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const ch = this.buffer[i];
      if (ch !== '\n' && ch !== '\r') continue;
      // A CR at the very end may be the first half of CRLF: wait for the next chunk.
      if (ch === '\r' && i === this.buffer.length - 1) break;
      const line = this.buffer.slice(start, i);
      if (ch === '\r' && this.buffer[i + 1] === '\n') i++;
      start = i + 1;
      const event = this.line(line);
      if (event) events.push(event);
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  private line(line: string): ServerSentEvent | undefined {
    if (line === '') {
      if (!this.sawField) return undefined;
      const event: ServerSentEvent = { event: this.event || 'message', data: this.data.join('\n') };
      if (this.id !== undefined) event.id = this.id;
      if (this.retry !== undefined) event.retry = this.retry;
      this.data = [];
      this.event = '';
      this.retry = undefined;
      this.id = undefined;
      this.sawField = false;
      return event;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    this.sawField = true;
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
    return undefined;
  }
}
