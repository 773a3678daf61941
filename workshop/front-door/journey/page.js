// The journey page's script: plain JavaScript and standard web APIs only (EventSource, fetch,
// the DOM), so that it runs as served in Chromium and Firefox, with nothing to build. Every
// text from the service goes in through textContent: a body is never markup.

(() => {
  const list = document.getElementById('journeys');
  const news = document.getElementById('news');
  const build = document.getElementById('build');
  const empty = document.getElementById('empty');
  /** What this page read of its own requests, by the ticket of the click that sent them. */
  const readByTicket = new Map();
  /** Each journey shown, by its feed and id: { journey, element }. */
  const shown = new Map();
  let feed = '';
  let replaying = true;

  document.getElementById('origin').textContent = location.origin;

  /** Sends a POST as a front end would, and resolves with what the browser let the page read. */
  async function callRoute(url, body, label) {
    const ticket = await announce(label ?? `POST ${url}`, url);
    let result;
    try {
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/json' },
      });
      const headers = [];
      response.headers.forEach((value, name) => {
        headers.push([name, value]);
      });
      result = {
        blocked: false,
        status: response.status,
        body: await response.text(),
        requestId: response.headers.get('X-Request-Id'),
        headers,
      };
    } catch (error) {
      // All a page learns of a CORS refusal: a TypeError. The reason is in the console only.
      result = { blocked: true, error: String(error) };
    }
    if (ticket !== undefined) {
      readByTicket.set(ticket, result);
      post('/journey/settled', { ticket });
      for (const entry of shown.values())
        if (entry.journey.ticket === ticket && !entry.journey.preflight) redraw(entry);
    }
    return result;
  }
  window.callRoute = callRoute;

  /** Tells serve that a click's request is coming, so that its journey bears the button's name. */
  async function announce(label, url) {
    try {
      const response = await post('/journey/announce', {
        label,
        method: 'POST',
        url: new URL(url, location.href).href,
        origin: location.origin,
      });
      return (await response.json()).ticket;
    } catch {
      return undefined;
    }
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
  }

  for (const button of document.querySelectorAll('button.send'))
    button.addEventListener('click', () => {
      void callRoute(button.dataset.url, button.dataset.body, button.textContent);
    });
  document.getElementById('clear').addEventListener('click', () => {
    for (const entry of shown.values()) entry.element.remove();
    for (const divider of list.querySelectorAll('.divider')) divider.remove();
    shown.clear();
    empty.hidden = false;
    news.textContent = 'The list is cleared.';
  });

  const events = new EventSource('/journey/events');
  events.addEventListener('message', (message) => {
    const event = JSON.parse(message.data);
    if (event.type === 'hello') {
      feed = event.feed;
      replaying = true;
    } else if (event.type === 'replayed') replaying = false;
    else if (event.type === 'journey') addJourney(event.journey);
    else if (event.type === 'rebuilt' || event.type === 'build failed') buildNews(event);
  });
  events.addEventListener('error', () => {
    build.textContent = 'The page lost serve: it reconnects when serve runs again.';
  });

  function buildNews(event) {
    const time = new Date(event.at).toLocaleTimeString();
    const text =
      event.type === 'rebuilt'
        ? `↻ Rebuilt with your saved files at ${time}: the next request runs them.`
        : `✗ Your saved files did not build at ${time}; serve still runs the last code that built. ${event.message}`;
    build.textContent = text;
    build.className = event.type === 'rebuilt' ? 'rebuilt' : 'failed';
    if (replaying) return;
    const divider = element('p', 'divider', text);
    list.insertBefore(divider, list.firstChild);
  }

  function addJourney(journey) {
    const key = `${feed}:${journey.id}`;
    if (shown.has(key)) return;
    const entry = { journey, element: document.createElement('article') };
    entry.element.className = 'journey';
    entry.element.dataset.id = String(journey.id);
    entry.element.dataset.label = journey.label;
    shown.set(key, entry);
    redraw(entry);
    empty.hidden = true;
    list.insertBefore(entry.element, list.firstChild);
    if (!replaying)
      news.textContent = `Request ${journey.id}, ${journey.label}: API Gateway sent ${journey.gateway.message.status}.`;
  }

  function redraw(entry) {
    const { journey } = entry;
    const article = entry.element;
    article.replaceChildren();
    const heading = element('h2', '', `#${journey.id} ${journey.label}`);
    article.setAttribute('aria-label', `Request ${journey.id}: ${journey.label}`);
    const detail = element(
      'p',
      'request',
      `${journey.preflight ? 'Preflight ' : ''}${journey.method} ${journey.url} · ${journey.door} · ${new Date(journey.at).toLocaleTimeString()}`,
    );
    const panels = element('div', 'panels');
    panels.append(functionPanel(journey), gatewayPanel(journey), browserPanel(journey));
    article.append(heading, detail, panels);
  }

  function functionPanel({ function: run }) {
    const panel = section('function', 'What the function returned');
    if (run.kind === 'not run')
      panel.append(
        element(
          'p',
          'note',
          'The function did not run: API Gateway answered on its own (the next panel says why).',
        ),
      );
    else if (run.kind === 'running')
      panel.append(
        element('p', 'note', 'Still running when API Gateway answered: it outlived a timeout.'),
      );
    else if (run.kind === 'threw') {
      panel.append(element('p', 'threw', `It threw ${run.error}`));
      if (run.stack.length > 0) panel.append(element('pre', 'stack', run.stack.join('\n')));
    } else if (run.kind === 'value') {
      panel.append(element('p', 'note', 'It returned a value that is not a proxy response:'));
      panel.append(element('pre', 'body', run.json));
    } else panel.append(...message(run.message, undefined, ''));
    return panel;
  }

  function gatewayPanel({ function: run, gateway }) {
    const panel = section('gateway', 'What API Gateway sent');
    // A function that threw (or returned no response) sent nothing of this: all of it is marked.
    const nothing = { status: 0, headers: [], body: undefined };
    const before =
      run.kind === 'response' ? run.message : run.kind === 'not run' ? undefined : nothing;
    if (before === nothing)
      panel.append(
        element(
          'p',
          'note changed',
          'API Gateway made this answer itself from what the function did.',
        ),
      );
    panel.append(...message(gateway.message, before, 'by API Gateway'));
    const rule = element('p', 'rule');
    rule.append(element('strong', '', 'Why: '), document.createTextNode(gateway.why));
    panel.append(rule);
    if (gateway.level !== undefined)
      panel.append(element('p', `evidence ${gateway.level}`, `Evidence: ${gateway.level}`));
    const line = document.createElement('details');
    line.append(
      element('summary', '', "The serve console's line"),
      element('code', '', gateway.line),
    );
    panel.append(line);
    return panel;
  }

  function browserPanel(journey) {
    const { browser, gateway } = journey;
    const panel = section('browser', 'What the browser let the page read');
    const read = journey.ticket === undefined ? undefined : readByTicket.get(journey.ticket);
    const verdict = browser.verdict;
    if (journey.preflight) {
      panel.append(element('p', 'note', 'The page reads nothing of a preflight.'));
      if (verdict.kind === 'preflight passed')
        panel.append(
          element(
            'p',
            'passed',
            `It allows the request: the browser now sends the ${verdict.sends} (the next entry).`,
          ),
        );
      else
        panel.append(
          ...blocked(verdict, `Blocked: the browser never sends the request it asked about.`),
        );
      if (browser.computed !== undefined) panel.prepend(element('p', 'computed', browser.computed));
      return panel;
    }
    if (read !== undefined) {
      panel.append(element('p', 'real', 'Read by this page, in this browser.'));
      if (read.blocked) {
        panel.append(
          ...blocked(verdict, 'Blocked: the page cannot read this answer, not even its status.'),
        );
        if (verdict.kind !== 'blocked')
          panel.append(
            element('p', 'disagree', 'The model expected the page to read it: please report this.'),
          );
        return panel;
      }
      const readable = { status: read.status, headers: read.headers, body: read.body };
      panel.append(...message(readable, gateway.message, 'by the browser'));
      panel.append(...hidden(gateway.message, readable.headers));
      if (verdict.kind === 'blocked')
        panel.append(
          element(
            'p',
            'disagree',
            'The model expected the browser to block it: please report this.',
          ),
        );
      return panel;
    }
    if (browser.computed !== undefined) panel.append(element('p', 'computed', browser.computed));
    else
      panel.append(
        element(
          'p',
          'computed',
          `A browser on ${browser.origin} sent it (another tab, or before this page loaded): by the model's CORS rules, it let the page read this.`,
        ),
      );
    if (verdict.kind === 'blocked')
      panel.append(
        ...blocked(
          verdict,
          browser.computed === undefined
            ? 'Blocked: the page cannot read this answer.'
            : 'A browser would block it: the page could not read this answer.',
        ),
      );
    else if (verdict.kind === 'read') {
      panel.append(...message(verdict.message, gateway.message, 'by the browser'));
      panel.append(...hidden(gateway.message, verdict.message.headers));
    }
    return panel;
  }

  function blocked(verdict, title) {
    const nodes = [element('p', 'blocked', title)];
    if (verdict.kind === 'blocked') {
      nodes.push(labelled('Chromium says: ', verdict.chromium, 'reason'));
      nodes.push(labelled('Firefox says: ', verdict.firefox, 'reason firefox'));
    }
    return nodes;
  }

  /** The headers the gateway sent that the page may not read: marked, by name. */
  function hidden(sent, readHeaders) {
    const readable = new Set(readHeaders.map(([name]) => name.toLowerCase()));
    const names = sent.headers.map(([name]) => name).filter((name) => !readable.has(name));
    if (names.length === 0) return [];
    const line = element('p', 'hidden changed');
    line.append(
      element('mark', '', 'Hidden from the page'),
      document.createTextNode(
        ` (not exposed by Access-Control-Expose-Headers, nor safelisted): ${names.join(', ')}`,
      ),
    );
    return [line];
  }

  /** A status, headers and body, each marked where it differs from `before`. */
  function message(current, before, by) {
    const status = element('p', 'status');
    status.append(
      element('strong', '', 'Status '),
      marked(String(current.status), before !== undefined && before.status !== current.status, by),
    );
    const headers = document.createElement('dl');
    headers.className = 'headers';
    const earlier = new Map(
      (before?.headers ?? []).map(([name, value]) => [name.toLowerCase(), value]),
    );
    for (const [name, value] of current.headers) {
      const was = earlier.get(name.toLowerCase());
      const change =
        // What a browser shows beyond what API Gateway sent (Content-Length) is Node's framing.
        before === undefined || (was === undefined && by === 'by the browser')
          ? ''
          : was === undefined
            ? `added ${by}`
            : was !== value
              ? `changed ${by}`
              : '';
      const term = element('dt', change === '' ? '' : 'changed', name);
      const description = element('dd', change === '' ? '' : 'changed');
      description.append(change === '' ? document.createTextNode(value) : mark(value, change));
      headers.append(term, description);
    }
    const nodes = [status, headers];
    if (before !== undefined && by !== 'by the browser') {
      const now = new Set(current.headers.map(([name]) => name.toLowerCase()));
      const dropped = [...earlier.keys()].filter((name) => !now.has(name));
      if (dropped.length > 0) {
        const line = element('p', 'dropped changed');
        line.append(
          element('mark', '', `Dropped ${by}:`),
          document.createTextNode(` ${dropped.join(', ')}`),
        );
        nodes.push(line);
      }
    }
    const bodyChanged = before !== undefined && before.body !== current.body;
    const body = element('pre', bodyChanged ? 'body changed' : 'body');
    body.append(
      bodyChanged
        ? mark(current.body || '(empty)', `body changed ${by}`)
        : document.createTextNode(current.body || '(empty)'),
    );
    nodes.push(body);
    return nodes;
  }

  function marked(text, changed, by) {
    if (!changed) return document.createTextNode(text);
    return mark(text, `changed ${by}`);
  }

  /** A change, marked in colour and in words: the words are for everyone, the colour a help. */
  function mark(text, why) {
    const node = element('mark', '', text);
    node.title = why;
    const wrapper = document.createElement('span');
    wrapper.append(node, element('span', 'why', ` (${why})`));
    return wrapper;
  }

  function labelled(label, text, className) {
    const node = element('p', className);
    node.append(element('strong', '', label), document.createTextNode(text));
    return node;
  }

  function section(kind, title) {
    const node = element('section', `panel ${kind}`);
    node.dataset.panel = kind;
    node.append(element('h3', '', title));
    return node;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
})();
