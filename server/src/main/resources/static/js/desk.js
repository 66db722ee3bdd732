// The agent desk: applies /live/agent snapshots (state, time in state, screen pop,
// wrap-up countdown, today's figures), shows the phone the agent works at (extension
// chosen at login, registration light) and sends the agent's actions.
(function () {
	'use strict';
	var T = window.T;
	var snapshot = null;
	var popId = null;
	var customer = null;
	var live = Live.connect('/live/agent', 'agent', apply, document.getElementById('live-badge'));

	function $(id) { return document.getElementById(id); }

	function apply(next) {
		var loginChanged = !snapshot || (snapshot.state === 'LOGGED_OUT') !== (next.state === 'LOGGED_OUT');
		snapshot = next;
		$('extension').disabled = next.state !== 'LOGGED_OUT';
		if (loginChanged) {
			loadPhone();
		}
		$('agent-state').textContent = T.states[next.state];
		$('agent-state').setAttribute('data-state', next.state);
		Live.text('agent-reason', next.reason || '');
		$('not-ready-warning').hidden = !next.notReadyWarning;
		Live.text('today-calls', next.callsToday);
		Live.text('today-aht', Live.duration(next.averageHandleSeconds));
		Live.text('today-not-ready', Live.duration(next.notReadySecondsToday));
		var contact = next.contact;
		$('pop').hidden = !contact;
		$('wrap-up').hidden = !(contact && next.state === 'WRAP_UP');
		$('hang-up').disabled = !(contact && (next.state === 'ON_CALL' || next.state === 'HOLD'));
		if (contact) {
			Live.text('pop-caller', contact.callerNumber);
			Live.text('pop-queue', contact.queue || '');
			Live.text('pop-ivr', contact.ivrPath.join(' → '));
			Live.text('pop-digits', contact.ivrDigits.join(', '));
			if (contact.id !== popId) {
				popId = contact.id;
				loadPop(contact.id);
			}
		}
		else {
			popId = null;
		}
		tick();
	}

	function tick() {
		if (!snapshot) {
			return;
		}
		var now = live.now();
		Live.text('time-in-state', snapshot.since ? Live.duration((now - snapshot.since) / 1000) : '');
		var contact = snapshot.contact;
		if (contact) {
			var waitedUntil = contact.answeredAt || (contact.endedAt || now);
			Live.text('pop-wait', contact.queuedAt ? Live.duration((waitedUntil - contact.queuedAt) / 1000) : '');
			if (snapshot.state === 'WRAP_UP') {
				var limit = snapshot.wrapUpSeconds;
				Live.text('wrap-countdown', (limit && limit > 0)
					? Live.duration(limit - (now - snapshot.since) / 1000) : T.untilReady);
			}
		}
	}

	function loadPop(contactId) {
		fetch('/api/desk/pop/' + encodeURIComponent(contactId), { headers: { 'Accept': 'application/json' } })
			.then(function (response) { return response.ok ? response.json() : null; })
			.then(function (pop) {
				if (!pop || popId !== contactId) {
					return;
				}
				Live.text('pop-region', pop.region);
				$('pop-external').hidden = !pop.externalUrl;
				$('pop-external-link').href = pop.externalUrl || '#';
				showCustomer(pop.customers.length > 0 ? pop.customers[0] : null, pop.contact.callerNumber);
				var history = $('last-contacts');
				history.innerHTML = '';
				pop.lastContacts.forEach(function (d) {
					var item = document.createElement('li');
					item.textContent = new Date(d.createdAt).toLocaleString() + ' · ' + d.agentId + ' · ' + d.code
						+ (d.summary ? ' · ' + d.summary : '');
					if (d.recordingUrl) {
						var player = document.createElement('audio');
						player.controls = true;
						player.preload = 'none';
						player.src = d.recordingUrl;
						player.className = 'last-contact-recording';
						item.appendChild(player);
					}
					history.appendChild(item);
				});
				Live.text('no-history', pop.lastContacts.length === 0 ? T.noHistory : '');
			});
	}

	function showCustomer(found, callerNumber) {
		customer = found;
		$('customer-card').hidden = !found;
		$('customer-form').hidden = !!found;
		if (found) {
			Live.text('customer-name', found.name);
			Live.text('customer-company', found.company || '');
			Live.text('customer-phones', found.phones.join(', '));
			Live.text('customer-tags', found.tags.join(', '));
			Live.text('customer-notes', found.notes || '');
		}
		fillForm(found || { name: '', company: '', phones: [callerNumber], tags: [], notes: '' });
	}

	function fillForm(c) {
		$('cf-name').value = c.name;
		$('cf-company').value = c.company || '';
		$('cf-phones').value = c.phones.join(', ');
		$('cf-tags').value = c.tags.join(', ');
		$('cf-notes').value = c.notes || '';
	}

	$('edit-customer').addEventListener('click', function () {
		$('customer-card').hidden = true;
		$('customer-form').hidden = false;
	});

	$('save-customer').addEventListener('click', function () {
		var body = { name: $('cf-name').value, company: $('cf-company').value, phones: $('cf-phones').value,
			tags: $('cf-tags').value, notes: $('cf-notes').value, owner: customer ? customer.owner : '' };
		fetch(customer ? '/api/customers/' + customer.id : '/api/customers', {
			method: customer ? 'PUT' : 'POST',
			headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
			body: JSON.stringify(body)
		}).then(function (response) {
			return response.json().then(function (json) {
				if (!response.ok) {
					throw new Error(json.detail || json.title);
				}
				return json;
			});
		}).then(function (saved) {
			Live.text('customer-error', '');
			showCustomer(saved, null);
		}).catch(function (error) { Live.text('customer-error', error.message); });
	});

	var extensionTouched = false;
	$('extension').addEventListener('input', function () { extensionTouched = true; });

	function loadPhone() {
		fetch('/api/desk/phone', { headers: { 'Accept': 'application/json' } })
			.then(function (response) { return response.ok ? response.json() : null; })
			.then(function (phone) {
				if (!phone) {
					return;
				}
				var loggedIn = snapshot && snapshot.state !== 'LOGGED_OUT';
				var choices = $('extension-choices');
				if (choices.children.length !== phone.extensions.length) {
					choices.innerHTML = '';
					phone.extensions.forEach(function (number) {
						var option = document.createElement('option');
						option.value = number;
						choices.appendChild(option);
					});
				}
				if (loggedIn || !extensionTouched) {
					$('extension').value = (loggedIn ? phone.extension : phone.configured) || '';
				}
				Live.text('bound-extension', loggedIn ? (phone.extension || '') : '');
				var shown = loggedIn ? phone.extension : ($('extension').value || phone.configured);
				var registered = (shown && shown === phone.extension && phone.registered !== null)
					? String(phone.registered) : 'unknown';
				$('phone-light').setAttribute('data-registered', registered);
				Live.text('phone-status', registered === 'true' ? T.phoneRegistered
					: (registered === 'false' ? T.phoneNotRegistered : T.phoneUnknown));
			});
	}

	// Like Live.post, but an error about the extension goes beside the extension field.
	function state(body) {
		if (!snapshot || snapshot.state === 'LOGGED_OUT') {
			body.extension = $('extension').value;
		}
		fetch('/api/desk/state', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
			body: JSON.stringify(body)
		}).then(function (response) {
			return response.json().catch(function () { return {}; }).then(function (json) {
				var onExtension = !response.ok && json.errors && json.errors.some(function (e) {
					return e.field === 'extension';
				});
				Live.text('extension-error', onExtension ? (json.detail || json.title) : '');
				Live.text('desk-error', (response.ok || onExtension) ? '' : (json.detail || json.title || response.status));
				if (response.ok) {
					extensionTouched = false;
					loadPhone();
				}
			});
		}).catch(function (error) { Live.text('desk-error', error.message); });
	}

	$('go-ready').addEventListener('click', function () { state({ state: 'READY' }); });
	$('go-not-ready').addEventListener('click', function () {
		state({ state: 'NOT_READY', reason: $('reason').value });
	});
	$('go-logout').addEventListener('click', function () { state({ state: 'LOGGED_OUT' }); });
	$('hang-up').addEventListener('click', function () {
		if (snapshot && snapshot.contact) {
			Live.post('/api/desk/hangup/' + encodeURIComponent(snapshot.contact.id))
				.catch(function (error) { Live.text('desk-error', error.message); });
		}
	});
	$('save-disposition').addEventListener('click', function () {
		if (!snapshot || !snapshot.contact) {
			return;
		}
		var contactId = snapshot.contact.id;
		Live.post('/api/desk/disposition', { contactId: contactId, code: $('disposition-code').value,
			summary: $('disposition-summary').value, ready: $('then-ready').checked })
			.then(function () {
				Live.text('disposition-saved', T.dispositionSaved + ' ' + contactId);
				$('disposition-summary').value = '';
			})
			.catch(function (error) { Live.text('desk-error', error.message); });
	});

	setInterval(tick, 1000);
	setInterval(loadPhone, 5000);
})();
