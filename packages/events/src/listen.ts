import { Client } from 'pg';

/** What a follower gives the shared listener: a wake-up, and where to report a lost connection. */
export interface ListenSubscriber {
  onNotify: () => void;
  onError?: (error: unknown) => void;
}

export interface ListenSubscription {
  /** Stops listening for this subscriber; the connection closes with its last subscriber. */
  close(): Promise<void>;
}

const RECONNECT_MS = 1000;

/**
 * One LISTEN connection per database URL in this process, shared by every follower: each
 * channel is LISTENed once on it, and a notification wakes the channel's subscribers. A
 * PostgreSQL backend costs some 15-20 MB, so nine followers with a connection each were
 * nine backends doing nothing but wait.
 *
 * When the connection breaks (PostgreSQL restarted, a network cut) it is opened again every
 * second, every channel LISTENed again, and every subscriber woken, since notifications sent
 * meanwhile were lost; the followers' poll covers the gap.
 */
class SharedListener {
  private readonly channels = new Map<string, Set<ListenSubscriber>>();
  private client: Client | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  /** Channels LISTENed on the current connection. */
  private listened = new Set<string>();
  private connecting: Promise<void> | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private everConnected = false;
  private closed = false;

  constructor(
    private readonly url: string | undefined,
    private readonly applicationName: string,
    private readonly onEmpty: () => void,
  ) {}

  async subscribe(channel: string, subscriber: ListenSubscriber): Promise<ListenSubscription> {
    let subscribers = this.channels.get(channel);
    if (!subscribers) this.channels.set(channel, (subscribers = new Set()));
    subscribers.add(subscriber);
    try {
      await this.listenOn(channel);
    } catch (error) {
      await this.unsubscribe(channel, subscriber);
      throw error;
    }
    return { close: () => this.unsubscribe(channel, subscriber) };
  }

  /**
   * One statement at a time on the shared connection: the followers of a process poll and
   * LISTEN on it independently, and node-postgres deprecates a query sent while another runs.
   */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Undefined while the connection is down or breaking: the caller asks its pool then. */
  async query<Row>(sql: string, params: unknown[]): Promise<Row[] | undefined> {
    const client = this.client;
    if (!client) return undefined;
    try {
      return (await this.serially(() => client.query(sql, params))).rows as Row[];
    } catch {
      // The connection is breaking (its error handler reconnects): the caller asks its pool.
      return undefined;
    }
  }

  private async listenOn(channel: string): Promise<void> {
    if (!this.client && !this.connecting) {
      // Down and waiting to reconnect: the reconnect LISTENs every channel, this one too.
      if (this.everConnected) return;
      this.connecting = this.connect().finally(() => (this.connecting = undefined));
    }
    if (this.connecting) {
      try {
        await this.connecting;
      } catch (error) {
        // The first connection of this process failed: the caller's start fails, as before.
        // A failed reconnect instead is retried, and the poll covers the gap.
        if (!this.everConnected) throw error;
        return;
      }
    }
    const client = this.client;
    if (!client || this.listened.has(channel)) return;
    try {
      await this.serially(() => client.query(`LISTEN ${channel}`));
      this.listened.add(channel);
    } catch {
      // The connection is breaking: its reconnect LISTENs every channel, this one too.
    }
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: this.applicationName });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (this.closed || !this.everConnected) return;
      if (error) for (const subscriber of this.subscribers()) subscriber.onError?.(error);
      this.scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      for (const subscriber of this.channels.get(message.channel) ?? []) subscriber.onNotify();
    });
    const listened = new Set<string>();
    try {
      await client.connect();
      for (const channel of [...this.channels.keys()]) {
        await client.query(`LISTEN ${channel}`);
        listened.add(channel);
      }
    } catch (error) {
      onLost(error as Error);
      throw error;
    }
    if (lost) throw new Error('LISTEN connection closed while opening');
    const reconnected = this.everConnected;
    this.everConnected = true;
    this.client = client;
    this.listened = listened;
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    // Notifications sent while the connection was down are lost: look now.
    if (reconnected) for (const subscriber of this.subscribers()) subscriber.onNotify();
  }

  private scheduleReconnect(): void {
    if (this.reconnect || this.closed) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      if (this.closed) return;
      this.connecting = this.connect().finally(() => (this.connecting = undefined));
      // A failed attempt has already scheduled the next one (onLost).
      this.connecting.catch(() => undefined);
    }, RECONNECT_MS);
  }

  private subscribers(): ListenSubscriber[] {
    return [...this.channels.values()].flatMap((set) => [...set]);
  }

  private async unsubscribe(channel: string, subscriber: ListenSubscriber): Promise<void> {
    const subscribers = this.channels.get(channel);
    if (!subscribers?.delete(subscriber) || subscribers.size > 0) return;
    this.channels.delete(channel);
    if (this.channels.size === 0) {
      this.closed = true;
      this.onEmpty();
      clearTimeout(this.reconnect);
      await this.connecting?.catch(() => undefined);
      const client = this.client;
      this.client = undefined;
      await client?.end().catch(() => undefined);
      return;
    }
    const current = this.client;
    if (current && this.listened.delete(channel)) await this.serially(() => current.query(`UNLISTEN ${channel}`)).catch(() => undefined);
  }
}

const listeners = new Map<string, SharedListener>();

/**
 * Wakes `subscriber` on every notification of `channel` on the database at `url`, over the
 * process's one LISTEN connection to that database. Rejects when that connection cannot be
 * opened at first; later breaks are repaired in the background.
 */
export function listenFor(url: string | undefined, channel: string, subscriber: ListenSubscriber, applicationName = 'kaiku-listen'): Promise<ListenSubscription> {
  const key = url ?? '';
  let listener = listeners.get(key);
  if (!listener) {
    const created: SharedListener = new SharedListener(url, applicationName, () => {
      if (listeners.get(key) === created) listeners.delete(key);
    });
    listeners.set(key, (listener = created));
  }
  return listener.subscribe(channel, subscriber);
}

/**
 * Runs one short autocommit statement on this process's LISTEN connection to `url`, when one
 * is open; undefined when there is none or it is down (ask the pool then). For the small
 * background statements of a service at rest (a readiness probe, a follower's look, a sweep),
 * which would otherwise each open a pool connection that then idles until the pool's timeout.
 */
export function queryOnListener<Row = Record<string, unknown>>(url: string | undefined, sql: string, params: unknown[] = []): Promise<Row[] | undefined> {
  return listeners.get(url ?? '')?.query<Row>(sql, params) ?? Promise.resolve(undefined);
}

/** How many LISTEN connections this process holds (one per database URL), for tests. */
export function listenConnectionCount(): number {
  return listeners.size;
}
