// The supervisor's wallboard: applies /live/wallboard snapshots, ticks the durations,
// forces agents not ready or out.
(function () {
	'use strict';
	var T = window.T;
	var last = null;
	var live = Live.connect('/live/wallboard', 'wallboard', apply, document.getElementById('live-badge'));

	function percent(value) {
		return (value === null || value === undefined) ? '–' : (value * 100).toFixed(1) + ' %';
	}

	function seconds(value) {
		return (value === null || value === undefined) ? '–' : value.toFixed(1) + ' s';
	}

	function since(millis) {
		return (millis === null || millis === undefined) ? '' : Live.duration((live.now() - millis) / 1000);
	}

	function cell(row, text, className) {
		var td = document.createElement('td');
		td.textContent = text;
		if (className) {
			td.className = className;
		}
		row.appendChild(td);
		return td;
	}

	function apply(snapshot) {
		last = snapshot;
		Live.text('formula', snapshot.serviceLevelFormula);
		Live.text('threshold', snapshot.serviceLevelThresholdSeconds);
		var queues = document.querySelector('#queues tbody');
		queues.innerHTML = '';
		snapshot.queues.forEach(function (q) {
			var row = document.createElement('tr');
			row.setAttribute('data-queue', q.name);
			cell(row, q.name);
			cell(row, q.waiting, 'waiting');
			cell(row, since(q.longestWaitSince), 'longest-wait').setAttribute('data-since', q.longestWaitSince || '');
			cell(row, q.offered, 'offered');
			cell(row, q.answered, 'answered');
			cell(row, q.abandoned, 'abandoned');
			cell(row, percent(q.serviceLevel), 'service-level');
			cell(row, seconds(q.asaSeconds), 'asa');
			cell(row, Object.keys(q.agentsByState).filter(function (s) { return q.agentsByState[s] > 0; })
				.map(function (s) { return T.states[s] + ' ' + q.agentsByState[s]; }).join(' · '), 'by-state');
			queues.appendChild(row);
		});
		var agents = document.querySelector('#agents tbody');
		agents.innerHTML = '';
		snapshot.agents.forEach(function (a) {
			var row = document.createElement('tr');
			row.setAttribute('data-agent', a.id);
			row.className = 'state-' + a.state;
			cell(row, a.id);
			cell(row, a.name);
			cell(row, T.states[a.state], 'state').setAttribute('data-state', a.state);
			cell(row, a.reason || '', 'reason');
			cell(row, since(a.since), 'in-state').setAttribute('data-since', a.since || '');
			cell(row, a.callerNumber || '', 'call');
			cell(row, since(a.callSince), 'call-duration').setAttribute('data-since', a.callSince || '');
			var actions = cell(row, '');
			if (a.state !== 'LOGGED_OUT') {
				actions.appendChild(button(T.forceNotReady, 'force-not-ready', a.id, 'not-ready'));
				actions.appendChild(button(T.forceLogout, 'force-logout', a.id, 'logout'));
			}
			agents.appendChild(row);
		});
		var alerts = document.getElementById('alerts');
		alerts.innerHTML = '';
		snapshot.alerts.forEach(function (alert) {
			var item = document.createElement('li');
			item.className = 'alert-' + alert.kind;
			item.textContent = T.alerts[alert.kind] + ': ' + alert.subject + ' (' + since(alert.since) + ')';
			alerts.appendChild(item);
		});
		Live.text('no-alerts', snapshot.alerts.length === 0 ? T.noAlerts : '');
	}

	function button(label, className, agentId, action) {
		var b = document.createElement('button');
		b.type = 'button';
		b.className = className;
		b.textContent = label;
		b.addEventListener('click', function () {
			Live.post('/api/supervisor/agents/' + encodeURIComponent(agentId) + '/' + action)
				.then(function () { Live.text('action-result', ''); })
				.catch(function (error) { Live.text('action-result', error.message); });
		});
		return b;
	}

	setInterval(function () {
		document.querySelectorAll('[data-since]').forEach(function (element) {
			var value = element.getAttribute('data-since');
			element.textContent = value ? since(Number(value)) : '';
		});
	}, 1000);
})();
