import pg from 'pg';
import { createInProcessBus, type EventBus } from '@nara/server';

/** The one PostgreSQL channel Nära notifies on; the topic travels in the payload. */
const CHANNEL = 'nara_events';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD = 7900;

/**
 * Fan-out across server processes through PostgreSQL LISTEN/NOTIFY: every process holds one
 * listening connection; a publish is a NOTIFY, which PostgreSQL delivers to every listener
 * (this process included) after the publishing transaction commits.
 */
export async function createPostgresBus(options: { connectionString: string; pool: pg.Pool; onError?: (error: Error) => void }): Promise<EventBus> {
  const local = createInProcessBus();
  let listener: pg.Client | undefined;
  let closed = false;
  const onError = options.onError ?? ((error) => console.error(JSON.stringify({ level: 'error', msg: 'event bus', error: error.message })));

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: options.connectionString });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { topic, payload } = JSON.parse(message.payload) as { topic: string; payload: unknown };
        void local.publish(topic, payload);
      } catch (error) {
        onError(error as Error);
      }
    });
    client.on('error', (error) => {
      onError(error);
      // Reconnect: the streams stay open, and catch up from the store on their next event.
      if (!closed) setTimeout(() => void connect().catch(onError), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };
  await connect();

  return {
    async publish(topic, payload) {
      const text = JSON.stringify({ topic, payload });
      if (Buffer.byteLength(text) > MAX_PAYLOAD) throw new Error(`Event on ${topic} is too large for NOTIFY; publish an id instead`);
      await options.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, text]);
    },
    subscribe: (topic, fn) => local.subscribe(topic, fn),
    async close() {
      closed = true;
      await listener?.end().catch(() => undefined);
    },
  };
}
