// The agent panel: calls the copilot API as a desk tool's side panel would. Everything shown is set with
// textContent (never innerHTML), since it includes what customers typed.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const keyInput = $('api-key');
  const sessionInput = $('session-id');
  keyInput.value = sessionStorage.getItem('copilot-key') || '';
  sessionInput.value = sessionStorage.getItem('copilot-session') || `desk-${Math.random().toString(36).slice(2, 8)}`;
  keyInput.addEventListener('change', () => sessionStorage.setItem('copilot-key', keyInput.value));
  sessionInput.addEventListener('change', () => sessionStorage.setItem('copilot-session', sessionInput.value));

  const base = () => `/api/copilot/sessions/${encodeURIComponent(sessionInput.value.trim())}`;
  const status = (text) => { $('status').textContent = text; };

  async function call(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${keyInput.value.trim()}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      const message = json && json.error ? json.error.message : response.status === 404 ? 'The copilot API is off or the session is unknown.' : `HTTP ${response.status}`;
      throw new Error(message);
    }
    return json;
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function fill(id, nodes) {
    $(id).replaceChildren(...nodes);
  }

  function addLine(from, text) {
    const item = element('li', text, from);
    item.dataset.from = from;
    $('transcript').append(item);
    $('transcript').scrollTop = $('transcript').scrollHeight;
  }

  function insert(text) {
    $('agent-text').value = text;
    checkDraftSoon();
  }

  function orderCard(order) {
    if (!order) return [element('p', 'Not verified yet: no order details to show.', 'hint')];
    const lines = [element('p', `Order ${order.orderNumber}${order.customerFirstName ? ` for ${order.customerFirstName}` : ''} (verified)`)];
    for (const shipment of order.shipments) {
      const line = element('p');
      line.append(`${shipment.shipmentId} from ${shipment.seller.name}: ${shipment.status.replace(/_/g, ' ')}`);
      if (shipment.trackingNumber) {
        line.append(' — ');
        if (shipment.trackingUrl) {
          const link = element('a', shipment.trackingNumber);
          link.href = shipment.trackingUrl;
          link.target = '_blank';
          link.rel = 'noopener';
          line.append(link);
        } else line.append(shipment.trackingNumber);
      }
      if (shipment.expectedDelivery) line.append(` — expected ${shipment.expectedDelivery.from} to ${shipment.expectedDelivery.to}`);
      lines.push(line);
    }
    return lines;
  }

  function show(suggestion) {
    $('step').textContent = suggestion.step.replace(/_/g, ' ');
    $('suggested-reply').textContent = suggestion.suggestedReply;
    fill('alternatives', suggestion.alternatives.map((text, index) => {
      const box = element('div', undefined, 'alternative');
      box.append(element('pre', text));
      const button = element('button', index === 0 && suggestion.alternatives.length > 1 ? 'Insert shorter' : 'Insert warmer');
      button.type = 'button';
      button.addEventListener('click', () => insert(text));
      box.append(button);
      return box;
    }));
    fill('guidance', suggestion.guidance.map((text) => element('li', text)));
    fill('checklist', suggestion.checklist.map((item) => element('li', item.label, item.done ? 'done' : '')));
    fill('actions', suggestion.actions.map((action) => {
      const button = element('button', action.label);
      button.type = 'button';
      button.dataset.actionId = action.id;
      button.addEventListener('click', () => act(action.id));
      return button;
    }));
    fill('order', orderCard(suggestion.order));
    fill('cases', suggestion.cases.map((c) => element('li', `${c.reference}: ${c.kind.replace(/_/g, ' ')} (${c.status})`)));
  }

  async function say(from, text) {
    addLine(from, text);
    status('Thinking…');
    try {
      show(await call('POST', `${base()}/messages`, { from, text }));
      status('');
    } catch (error) {
      status(error.message);
    }
  }

  async function act(actionId) {
    const note = $('action-note').value.trim();
    try {
      const answer = await call('POST', `${base()}/actions/${encodeURIComponent(actionId)}`, note ? { note } : {});
      show(answer.suggestion);
      status(answer.result.caseReference ? `Opened ${answer.result.caseReference}` : 'Done');
    } catch (error) {
      status(error.message);
    }
  }

  let draftTimer = null;
  function checkDraftSoon() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(checkDraft, 400);
  }
  async function checkDraft() {
    const text = $('agent-text').value;
    if (text.trim() === '') return fill('findings', []);
    try {
      const { findings } = await call('POST', `${base()}/draft-check`, { text });
      fill('findings', findings.map((f) => element('li', `${f.severity === 'block' ? 'Blocked' : 'Check'}: ${f.message}`, f.severity)));
    } catch (error) {
      fill('findings', [element('li', error.message, 'warn')]);
    }
  }

  $('customer-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('customer-text').value.trim();
    if (text === '') return;
    $('customer-text').value = '';
    void say('customer', text);
  });
  $('agent-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('agent-text').value.trim();
    if (text === '') return;
    $('agent-text').value = '';
    fill('findings', []);
    void say('agent', text);
  });
  $('agent-text').addEventListener('input', checkDraftSoon);
  $('insert-reply').addEventListener('click', () => insert($('suggested-reply').textContent));

  // A session picked up from the bot (or reopened) shows where it stands.
  if (keyInput.value) call('GET', base()).then(show, () => undefined);
})();
