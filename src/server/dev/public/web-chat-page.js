// The development chat page: a Direct Line token from this server, then the official Web Chat
// polling this server's Direct Line endpoint (no WebSocket, no CDN). Plain browser JavaScript, no build step.
(function () {
  'use strict';

  var status = document.getElementById('chat-status');
  // Set when the page "signs in" as a fixture customer; sent with every message, as the real site would.
  var customerToken = null;

  function withCustomerToken(action) {
    if (action.type !== 'DIRECT_LINE/POST_ACTIVITY' || !customerToken) return action;
    var activity = action.payload.activity;
    var channelData = Object.assign({}, activity.channelData, { customerToken: customerToken });
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }) });
  }

  var store = window.WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        return next(withCustomerToken(action));
      };
    };
  });

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
            store: store,
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

  /** A development list the page shows beside the chat; [] when the server has none (the panel stays hidden). */
  function fetchList(url) {
    return fetch(url)
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (list) {
        return Array.isArray(list) ? list : [];
      });
  }

  function loadFixtureOrders() {
    return fetchList('/dev/fixture-orders')
      .then(function (orders) {
        if (orders.length === 0) return;
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

  function signInAs(customer, button) {
    return fetch('/dev/customer-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customerId: customer.customerId }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('Could not sign in (HTTP ' + response.status + ').');
        return response.json();
      })
      .then(function (body) {
        customerToken = body.token;
        document.querySelectorAll('#sign-in-buttons button').forEach(function (other) {
          other.setAttribute('aria-pressed', String(other === button));
        });
        showStatus('Signed in as ' + customer.name + ' (' + customer.customerId + '). Ask about an order.', false);
      })
      .catch(function (error) {
        showStatus(error.message, true);
      });
  }

  function loadCustomers() {
    return fetchList('/dev/customers')
      .then(function (customers) {
        if (customers.length === 0) return;
        var buttons = document.getElementById('sign-in-buttons');
        customers.forEach(function (customer) {
          var button = document.createElement('button');
          button.type = 'button';
          button.textContent = 'Sign in as ' + customer.name + ' (' + customer.orderCount + (customer.orderCount === 1 ? ' order)' : ' orders)');
          button.setAttribute('aria-pressed', 'false');
          button.addEventListener('click', function () {
            signInAs(customer, button);
          });
          buttons.appendChild(button);
        });
        document.getElementById('sign-in').hidden = false;
      })
      .catch(function () {
        // Signing in is a convenience of the development page; the chat works without it.
      });
  }

  startChat().catch(function (error) {
    showStatus(error.message, true);
  });
  loadFixtureOrders();
  loadCustomers();
})();
