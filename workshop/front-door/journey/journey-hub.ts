import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Answered } from 'api-gateway-answer/local-api';
import { type Journey, journeyOf, senderOf } from './journey';

/** How many journeys a page that opens (or reconnects) is sent: the latest. */
export const KEPT_JOURNEYS = 50;

/** How long a click's announcement waits for its request: a blocked preflight means none comes. */
const ANNOUNCEMENT_MS = 30_000;

/** A page's word that it is about to send a request, so that its journey bears the button's name. */
export interface Announcement {
  label: string;
  method: string;
  url: string;
  origin: string;
}

/** What the page is told: a journey, or that serve rebuilt (or could not) after a save. */
export type PageEvent =
  | { type: 'hello'; feed: string }
  | { type: 'replayed' }
  | { type: 'journey'; journey: Journey }
  | { type: 'rebuilt'; at: string }
  | { type: 'build failed'; at: string; message: string };

interface Pending {
  label: string;
  method: string;
  origin: string;
  host: string;
  path: string;
  ticket: string;
  until: number;
}

/**
 * The journeys of the requests `serve` answers, for the pages that follow them (a server-sent
 * events stream each): each labelled with the button that sent it, or who else did.
 */
export class JourneyHub {
  private readonly journeys: Journey[] = [];
  private readonly pending: Pending[] = [];
  private readonly followers = new Set<ServerResponse>();
  private lastBuild: PageEvent | undefined;
  private count = 0;
  /** This hub's name: a page that reconnects to a new serve tells its journeys from the old ones. */
  private readonly feed = randomUUID();

  /** `pageOrigin`: the origin a browser is assumed on for a request no browser sent. */
  constructor(private readonly pageOrigin: string) {}

  /** A page's click, about to send its request: the ticket its journeys will carry. A URL that is not one throws. */
  announce({ label, method, url, origin }: Announcement): string {
    const { host, pathname } = new URL(url);
    const now = Date.now();
    this.dropExpired(now);
    const ticket = randomUUID();
    this.pending.push({
      label,
      method: method.toUpperCase(),
      origin,
      host,
      path: pathname,
      ticket,
      until: now + ANNOUNCEMENT_MS,
    });
    return ticket;
  }

  /** The click's request is answered, or failed: its ticket is no longer waited for. */
  settled(ticket: string): void {
    const index = this.pending.findIndex((each) => each.ticket === ticket);
    if (index >= 0) this.pending.splice(index, 1);
  }

  /** An answered request: its journey, told to every page. */
  answered(answered: Answered): Journey {
    this.count += 1;
    const journey = journeyOf(answered, this.count, this.senderOf(answered), this.pageOrigin);
    this.journeys.push(journey);
    if (this.journeys.length > KEPT_JOURNEYS) this.journeys.shift();
    this.tell({ type: 'journey', journey });
    return journey;
  }

  rebuilt(): void {
    this.lastBuild = { type: 'rebuilt', at: new Date().toISOString() };
    this.tell(this.lastBuild);
  }

  buildFailed(message: string): void {
    this.lastBuild = { type: 'build failed', at: new Date().toISOString(), message };
    this.tell(this.lastBuild);
  }

  /** Follows `response` as an event stream: the latest journeys first, then each as it comes. */
  follow(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    write(response, { type: 'hello', feed: this.feed });
    for (const journey of this.journeys) write(response, { type: 'journey', journey });
    if (this.lastBuild !== undefined) write(response, this.lastBuild);
    write(response, { type: 'replayed' });
    this.followers.add(response);
    response.on('close', () => this.followers.delete(response));
  }

  private tell(event: PageEvent): void {
    for (const follower of this.followers) write(follower, event);
  }

  /** The button of an announced click, matched by origin, method, host and path; else who sent it. */
  private senderOf({ request }: Answered): { label: string; ticket?: string } {
    const header = (name: string) =>
      request.headers.find(([each]) => each.toLowerCase() === name)?.[1];
    const origin = header('origin');
    const preflight = request.method === 'OPTIONS';
    const method = preflight ? header('access-control-request-method') : request.method;
    this.dropExpired(Date.now());
    const click = this.pending.find(
      (each) =>
        each.origin === origin &&
        each.method === method &&
        each.host === header('host') &&
        each.path === request.path,
    );
    if (click === undefined) return { label: senderOf(request.headers) };
    return {
      label: preflight ? `${click.label}: its preflight` : click.label,
      ticket: click.ticket,
    };
  }

  private dropExpired(now: number): void {
    for (let index = this.pending.length - 1; index >= 0; index -= 1)
      if (this.pending[index].until < now) this.pending.splice(index, 1);
  }
}

function write(response: ServerResponse, event: PageEvent): void {
  response.write(`data: ${JSON.stringify(event)}\n\n`);
}
