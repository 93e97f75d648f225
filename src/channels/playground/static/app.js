// Leerkring playground page: no framework, no build step. Served by src/channels/playground/playground.ts.
'use strict';

(() => {
  const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
  const STORAGE_KEY = 'leerkring.playground.person';

  const $ = (selector) => {
    const found = document.querySelector(selector);
    if (!found) throw new Error(`playground: ${selector} missing from the page`);
    return found;
  };
  const els = {
    person: $('#person'),
    personInfo: $('#person-info'),
    tabs: { personal: $('#tab-personal'), team: $('#tab-team') },
    badges: { personal: $('#badge-personal'), team: $('#badge-team') },
    panel: $('#chat-panel'),
    teamBar: $('#team-bar'),
    teamName: $('#team-name'),
    channelName: $('#channel-name'),
    install: $('#install'),
    transcript: $('#transcript'),
    typing: $('#typing'),
    form: $('#composer'),
    input: $('#message'),
    send: $('#send'),
    status: $('#status'),
    connection: $('#connection'),
  };

  /** Page state: who plays, which tab, and per conversation the entries in display order. */
  const state = {
    people: [],
    team: null,
    personId: '',
    tab: 'personal',
    /** @type {Map<string, {list: any[], unread: number}>} */
    conversations: new Map(),
    connectedOnce: false,
  };

  // ---- safe markdown as Teams shows it: escape first, then **bold**, *italic*/_italic_, [links](https://…), bare URLs.
  // The Teams adapter turns the core's *bold* into **bold**; a single * reaching the page shows as italic, as in Teams. ----

  const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
  const unescapeHtml = (value) => value.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);

  /** Only web and mail links; everything else (javascript:, data:) stays text. */
  function safeUrl(raw) {
    try {
      const url = new URL(raw, window.location.href);
      return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  function markdown(source) {
    const links = [];
    const keep = (html) => `\u0000${links.push(html) - 1}\u0000`;
    const anchor = (href, label) => `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${label}</a>`;
    let html = escapeHtml(String(source).replace(/\u0000/g, ''));
    html = html.replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (whole, label, url) => {
      const href = safeUrl(unescapeHtml(url));
      return href ? keep(anchor(href, label)) : whole;
    });
    html = html.replace(/\bhttps?:\/\/[^\s<]*[^\s<.,;:!?)\]'"]/g, (url) => {
      const href = safeUrl(unescapeHtml(url));
      return href ? keep(anchor(href, url)) : url;
    });
    html = html.replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '<strong>$1</strong>');
    html = html.replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1<em>$2</em>');
    html = html.replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1<em>$2</em>');
    html = html.replace(/\u0000(\d+)\u0000/g, (_m, i) => links[Number(i)] ?? '');
    return html.replace(/\r?\n/g, '<br>');
  }

  /** What a person typed: plain text, with Teams' <at>mention</at> shown as a mention. */
  const personText = (text) => escapeHtml(text).replace(/&lt;at&gt;(.*?)&lt;\/at&gt;/g, '<span class="mention">@$1</span>');

  // ---- Adaptive Cards, with the official renderer ----

  const foreground = {
    default: { default: '#242424', subtle: '#616161' },
    dark: { default: '#242424', subtle: '#616161' },
    light: { default: '#ffffff', subtle: '#f5f5f5' },
    accent: { default: '#4f52b2', subtle: '#6264a7' },
    good: { default: '#0e700e', subtle: '#107c10' },
    warning: { default: '#835b00', subtle: '#986f0b' },
    attention: { default: '#c4314b', subtle: '#d13438' },
  };
  const HOST_CONFIG = {
    fontFamily: "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 14, large: 20, extraLarge: 28, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#e1dfdd' },
    fontSizes: { small: 12, default: 14, medium: 16, large: 19, extraLarge: 23 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    lineHeights: { small: 16, default: 20, medium: 22, large: 26, extraLarge: 30 },
    imageSizes: { small: 40, medium: 80, large: 160 },
    containerStyles: {
      default: { backgroundColor: '#ffffff', foregroundColors: foreground },
      emphasis: { backgroundColor: '#f5f5f5', foregroundColors: foreground },
      accent: { backgroundColor: '#e8ebfa', foregroundColors: foreground },
      good: { backgroundColor: '#e7f2da', foregroundColors: foreground },
      warning: { backgroundColor: '#fbf6d9', foregroundColors: foreground },
      attention: { backgroundColor: '#fcf4f6', foregroundColors: foreground },
    },
    actions: {
      maxActions: 6,
      spacing: 'medium',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 12, style: 'emphasis' },
      // Stacked buttons keep long labels readable ("Bekijk: <title>") instead of cutting them off.
      actionsOrientation: 'vertical',
      actionAlignment: 'left',
      iconPlacement: 'leftOfTitle',
    },
    inputs: {
      label: {
        inputSpacing: 'small',
        requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
        optionalInputs: { weight: 'bolder' },
      },
      errorMessage: { size: 'small', color: 'attention', spacing: 'small' },
    },
    textBlock: { headingLevel: 3 },
    adaptiveCard: { allowCustomStyle: true },
  };

  function setUpRenderer() {
    if (!window.AdaptiveCards) return false;
    window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = markdown(text);
      result.didProcess = true;
    };
    return true;
  }
  const rendererReady = setUpRenderer();

  let cardCount = 0;

  /** Renders one card attachment; its buttons act as the person currently picked. */
  function renderAdaptiveCard(content, conversationId) {
    const holder = document.createElement('div');
    holder.className = 'card';
    if (!rendererReady) {
      holder.textContent = 'De Adaptive Cards-renderer is niet geladen (/playground/adaptivecards.js).';
      return holder;
    }
    try {
      const card = new window.AdaptiveCards.AdaptiveCard();
      card.hostConfig = new window.AdaptiveCards.HostConfig(HOST_CONFIG);
      card.onExecuteAction = (action) => void executeAction(action, conversationId, holder);
      const context = new window.AdaptiveCards.SerializationContext();
      card.parse(content, context);
      for (let i = 0; i < context.eventCount; i++) console.warn('adaptive card:', context.getEventAt(i).message);
      const rendered = card.render();
      if (rendered) {
        // The renderer names radio groups after the input id, so two cards with an input `slot` on one page would
        // share one group and a choice in one card would clear the other. Teams shows each card on its own.
        const suffix = `-card${++cardCount}`;
        for (const radio of rendered.querySelectorAll('input[type="radio"]')) radio.name = `${radio.name}${suffix}`;
        holder.appendChild(rendered);
      }
    } catch (error) {
      holder.classList.add('card--broken');
      holder.textContent = `Deze kaart kon niet getoond worden: ${error instanceof Error ? error.message : String(error)}`;
    }
    return holder;
  }

  async function executeAction(action, conversationId, holder) {
    const type = action.getJsonTypeName();
    if (type === 'Action.OpenUrl') {
      const href = safeUrl(action.url ?? '');
      if (href) window.open(href, '_blank', 'noopener,noreferrer');
      return;
    }
    if (type !== 'Action.Submit') {
      showStatus(`${type} werkt nog niet in de speeltuin.`, true);
      return;
    }
    // After validation the renderer's `data` is { ...action.data, ...inputs } for the action's associated
    // inputs, values as strings (multi-select comma-separated): exactly the `value` Teams sends.
    const data = action.data;
    const conversation = conversationId === state.team?.conversationId ? 'team' : 'personal';
    const msteams = data && typeof data === 'object' ? data.msteams : undefined;
    if (msteams && msteams.type === 'imBack' && typeof msteams.value === 'string') {
      return send({ text: msteams.value, conversation });
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      showStatus('Deze knop heeft geen object als data; Leerkring verwacht { actionId, … }.', true);
      return;
    }
    holder.classList.add('card--busy');
    try {
      await send({ value: { ...data }, conversation, label: action.title || 'Kaart verstuurd' });
    } finally {
      holder.classList.remove('card--busy');
    }
  }

  // ---- transcript ----

  const person = () => state.people.find((p) => p.id === state.personId);
  const conversationIdOf = (tab) => (tab === 'team' ? state.team?.conversationId : person()?.personalConversationId);
  const visibleConversationId = () => conversationIdOf(state.tab);

  function conversation(id) {
    let found = state.conversations.get(id);
    if (!found) {
      found = { list: [], unread: 0 };
      state.conversations.set(id, found);
    }
    return found;
  }

  const timeOf = (iso) => {
    const date = new Date(iso ?? Date.now());
    return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });
  };
  const initials = (name) =>
    String(name ?? '?')
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => part[0])
      .slice(0, 2)
      .join('')
      .toUpperCase();

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderEntry(entry) {
    const activity = entry.activity ?? {};
    const fromBot = entry.direction === 'out';
    if (fromBot && activity.type !== 'message') return undefined;
    const item = element('li');
    item.dataset.activityId = String(activity.id ?? '');

    if (!fromBot && activity.type === 'conversationUpdate') {
      item.className = 'note';
      const where = entry.conversationId === state.team?.conversationId ? ' aan het team' : '';
      item.textContent = `${activity.from?.name ?? 'Iemand'} voegde Leerkring toe${where} · ${timeOf(activity.timestamp)}`;
      return item;
    }

    const me = !fromBot && activity.from?.id === `29:${state.personId}`;
    const name = fromBot ? 'Leerkring' : me ? 'Jij' : (activity.from?.name ?? 'Iemand');
    item.className = `msg ${fromBot ? 'msg--bot' : 'msg--person'}${me ? ' msg--me' : ''}`;

    const avatar = element('span', `avatar ${fromBot ? 'avatar--bot' : ''}`, fromBot ? 'L' : initials(activity.from?.name));
    avatar.setAttribute('aria-hidden', 'true');
    const body = element('div', 'msg__body');
    const meta = element('p', 'msg__meta');
    meta.append(element('span', 'msg__name', name), element('span', 'msg__time', timeOf(activity.timestamp)));
    body.append(meta);

    if (typeof activity.text === 'string' && activity.text !== '') {
      const text = element('div', 'msg__text');
      text.innerHTML = fromBot ? (activity.textFormat === 'plain' ? escapeHtml(activity.text).replace(/\n/g, '<br>') : markdown(activity.text)) : personText(activity.text);
      body.append(text);
    } else if (!fromBot && activity.value !== undefined) {
      body.append(element('div', 'msg__submit', `↳ ${entry.label ?? 'Kaart verstuurd'}`));
    }

    for (const attachment of Array.isArray(activity.attachments) ? activity.attachments : []) {
      if (attachment?.contentType === ADAPTIVE_CARD) body.append(renderAdaptiveCard(attachment.content, entry.conversationId));
      else body.append(element('pre', 'card card--other', `Bijlage (${attachment?.contentType ?? 'onbekend type'}):\n${JSON.stringify(attachment?.content ?? attachment, null, 2)}`));
    }
    item.append(avatar, body);
    return item;
  }

  function renderTranscript() {
    const id = visibleConversationId();
    els.transcript.replaceChildren();
    if (!id) {
      els.transcript.append(element('li', 'empty', 'Kies eerst wie je bent.'));
      return;
    }
    const list = conversation(id).list;
    if (list.length === 0) {
      const hint = state.tab === 'team' ? 'Nog niets in dit kanaal. Voeg Leerkring toe aan het team, of typ hulp.' : 'Nog geen berichten. Typ hulp om te beginnen.';
      els.transcript.append(element('li', 'empty', hint));
    }
    for (const entry of list) {
      const node = nodeFor(entry);
      if (node) els.transcript.append(node);
    }
    scrollToEnd();
  }

  // Rendered entries are reused while their activity is unchanged, so a half-filled card survives a tab switch.
  const rendered = new WeakMap();
  function nodeFor(entry) {
    const cached = rendered.get(entry.activity);
    if (cached && cached.personId === state.personId) return cached.node;
    const node = renderEntry(entry);
    if (node && entry.activity) rendered.set(entry.activity, { personId: state.personId, node });
    return node;
  }

  const scrollToEnd = () => {
    els.transcript.scrollTop = els.transcript.scrollHeight;
  };

  const findIndex = (list, activityId) => list.findIndex((e) => e.activity?.id === activityId);

  /** Applies a live change; answers whether something a reader sees changed. */
  function apply(entry) {
    const conv = conversation(entry.conversationId);
    const activityId = entry.activity?.id;
    const index = findIndex(conv.list, activityId);
    if (entry.op === 'delete') {
      if (index >= 0) conv.list.splice(index, 1);
      return index >= 0;
    }
    if (entry.op === 'update' && index >= 0) {
      if ((conv.list[index].seq ?? 0) >= entry.seq) return false;
      conv.list[index] = { ...conv.list[index], seq: entry.seq, activity: entry.activity };
      return true;
    }
    if (index >= 0) return false;
    conv.list.push({ ...entry, op: 'create' });
    return true;
  }

  let typingTimer;
  function showTyping() {
    els.typing.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => (els.typing.hidden = true), 3000);
  }

  function onLiveEntry(entry) {
    const activity = entry.activity ?? {};
    const isBotEvent = entry.direction === 'out' && activity.type !== 'message' && entry.op === 'create';
    if (isBotEvent) {
      if (activity.type === 'typing' && entry.conversationId === visibleConversationId()) showTyping();
      return;
    }
    if (!apply(entry)) return;
    if (entry.conversationId === visibleConversationId()) {
      if (entry.direction === 'out') els.typing.hidden = true;
      const list = conversation(entry.conversationId).list;
      if (entry.op === 'create' && list.length > 1) {
        const node = nodeFor(entry);
        if (node) els.transcript.append(node);
        scrollToEnd();
      } else {
        renderTranscript();
      }
      return;
    }
    const otherTab = state.tab === 'personal' ? 'team' : 'personal';
    if (entry.conversationId === conversationIdOf(otherTab) && entry.direction === 'out' && entry.op === 'create') {
      conversation(entry.conversationId).unread += 1;
      renderBadges();
    }
  }

  function renderBadges() {
    for (const tab of ['personal', 'team']) {
      const id = conversationIdOf(tab);
      const unread = id ? conversation(id).unread : 0;
      const badge = els.badges[tab];
      badge.hidden = unread === 0;
      badge.textContent = String(unread);
      badge.setAttribute('aria-label', `${unread} nieuw`);
    }
  }

  async function loadHistory(conversationId) {
    if (!conversationId) return;
    const response = await fetch(`/playground/history?conversationId=${encodeURIComponent(conversationId)}`);
    if (!response.ok) throw new Error(`history: HTTP ${response.status}`);
    const { entries } = await response.json();
    const conv = conversation(conversationId);
    // History is authoritative for what it holds; live entries it does not know yet are kept after it.
    const known = new Set(entries.map((e) => e.activity?.id));
    const extra = conv.list.filter((e) => !known.has(e.activity?.id));
    conv.list = [...entries, ...extra];
  }

  async function refreshVisible() {
    try {
      await Promise.all([loadHistory(conversationIdOf('personal')), loadHistory(conversationIdOf('team'))]);
    } catch (error) {
      showStatus(`Kon de geschiedenis niet laden: ${error instanceof Error ? error.message : String(error)}`, true);
    }
    renderTranscript();
    renderBadges();
  }

  // ---- sending ----

  async function post(path, body) {
    const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(typeof json.error === 'string' ? json.error : `HTTP ${response.status}${json.status ? ` (bot: ${json.status})` : ''}`);
    return json;
  }

  async function send(body) {
    if (!state.personId) {
      showStatus('Kies eerst wie je bent.', true);
      return;
    }
    showStatus('');
    try {
      await post('/playground/send', { personId: state.personId, ...body });
    } catch (error) {
      showStatus(`Versturen mislukt: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  }

  function showStatus(message, isError = false) {
    els.status.textContent = message;
    els.status.classList.toggle('status--error', isError);
  }

  // ---- choosing person and tab ----

  function selectTab(tab, focus = false) {
    state.tab = tab;
    for (const [name, button] of Object.entries(els.tabs)) {
      const selected = name === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      if (selected && focus) button.focus();
    }
    els.panel.setAttribute('aria-labelledby', els.tabs[tab].id);
    els.teamBar.hidden = tab !== 'team';
    const id = visibleConversationId();
    if (id) conversation(id).unread = 0;
    els.input.placeholder = tab === 'team' ? 'Bericht aan @Leerkring in het kanaal' : 'Typ een bericht, bijvoorbeeld hulp';
    renderTranscript();
    renderBadges();
  }

  async function selectPerson(id) {
    state.personId = state.people.some((p) => p.id === id) ? id : '';
    els.person.value = state.personId;
    const current = person();
    els.personInfo.textContent = current ? `${current.role} · ${current.school}` : 'Kies een persoon om te beginnen.';
    els.input.disabled = !current;
    els.send.disabled = !current;
    els.install.disabled = !current;
    try {
      if (current) localStorage.setItem(STORAGE_KEY, current.id);
    } catch {
      // private mode: remembering the person is a nicety
    }
    await refreshVisible();
    if (current) els.input.focus();
  }

  function wire() {
    els.person.addEventListener('change', () => void selectPerson(els.person.value));
    for (const [name, button] of Object.entries(els.tabs)) button.addEventListener('click', () => selectTab(name));
    els.tabs.personal.parentElement.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      selectTab(state.tab === 'personal' ? 'team' : 'personal', true);
    });
    els.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = els.input.value.trim();
      if (!text) return;
      els.input.value = '';
      void send({ text, conversation: state.tab });
    });
    for (const tip of document.querySelectorAll('.tip')) {
      tip.addEventListener('click', () => void send({ text: tip.dataset.text ?? '', conversation: state.tab }));
    }
    els.install.addEventListener('click', async () => {
      if (!state.personId) return;
      try {
        await post('/playground/install', { personId: state.personId, conversation: 'team' });
      } catch (error) {
        showStatus(`Toevoegen mislukt: ${error instanceof Error ? error.message : String(error)}`, true);
      }
    });
  }

  function connect() {
    const events = new EventSource('/playground/events');
    events.addEventListener('activity', (event) => {
      try {
        onLiveEntry(JSON.parse(event.data));
      } catch (error) {
        console.error('playground: bad event', error);
      }
    });
    events.addEventListener('open', () => {
      els.connection.dataset.state = 'open';
      els.connection.textContent = 'Verbonden met Leerkring';
      // After a reconnect, fetch what was missed while the stream was down.
      if (state.connectedOnce) void refreshVisible();
      state.connectedOnce = true;
    });
    events.addEventListener('error', () => {
      els.connection.dataset.state = 'lost';
      els.connection.textContent = 'Verbinding weg; opnieuw verbinden…';
    });
  }

  async function start() {
    wire();
    connect();
    const response = await fetch('/playground/people');
    const data = await response.json();
    state.people = data.people;
    state.team = data.team;
    els.teamName.textContent = data.team.name;
    els.channelName.textContent = data.team.channel.name;
    for (const p of state.people) {
      const option = element('option', '', p.name);
      option.value = p.id;
      els.person.append(option);
    }
    let remembered = '';
    try {
      remembered = localStorage.getItem(STORAGE_KEY) ?? '';
    } catch {
      remembered = '';
    }
    await selectPerson(remembered);
    selectTab('personal');
  }

  start().catch((error) => showStatus(`De speeltuin kon niet starten: ${error instanceof Error ? error.message : String(error)}`, true));
})();
