// The development chat page: a Direct Line token from this server, then the official Web Chat
// polling this server's Direct Line endpoint (no WebSocket, no CDN). Plain browser JavaScript, no build step.
(function () {
  'use strict';

  var status = document.getElementById('chat-status');

  function showStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? 'chat-status error' : 'chat-status';
  }

  function startChat() {
    return fetch('/v3/directline/tokens/generate', { method: 'POST' })
      .then(function (response) {
        if (!response.ok) throw new Error('The chat is not available here (HTTP ' + response.status + ').');
        return response.json();
      })
      .then(function (conversation) {
        var directLine = window.WebChat.createDirectLine({
          domain: location.origin + '/v3/directline',
          token: conversation.token,
          webSocket: false,
        });
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            locale: 'en-AU',
            styleOptions: {
              accent: '#e4002b',
              bubbleFromUserBackground: '#fde8ec',
              hideUploadButton: true,
              sendBoxHeight: 48,
            },
          },
          document.getElementById('webchat'),
        );
        showStatus('Connected. Ask about an order.', false);
      });
  }

  function addOrder(list, order) {
    var item = document.createElement('li');
    var number = document.createElement('div');
    number.className = 'order-number';
    number.textContent = order.orderNumber;
    var description = document.createElement('div');
    description.textContent = order.description;
    var contact = document.createElement('div');
    contact.className = 'contact';
    contact.textContent = order.email + ' · ' + order.phone;
    item.appendChild(number);
    item.appendChild(description);
    item.appendChild(contact);
    list.appendChild(item);
  }

  function loadFixtureOrders() {
    return fetch('/dev/fixture-orders')
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (orders) {
        if (!Array.isArray(orders) || orders.length === 0) return;
        var list = document.getElementById('fixture-orders');
        orders.forEach(function (order) {
          addOrder(list, order);
        });
        document.getElementById('try-panel').hidden = false;
      })
      .catch(function () {
        // The panel is a convenience; the chat works without it.
      });
  }

  startChat().catch(function (error) {
    showStatus(error.message, true);
  });
  loadFixtureOrders();
})();
