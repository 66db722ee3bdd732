// Live snapshots over server-sent events. EventSource reconnects by itself (the server
// sets retry: 1000) and resumes with Last-Event-ID; while it is down the page shows the
// "reconnecting" badge. Every applied snapshot that carries a new engine event records the
// delay from that event reaching the server to this page applying it (window.liveDelays).
(function () {
	'use strict';
	window.liveDelays = [];
	window.liveInterruptions = 0;

	function connect(url, eventName, apply, badge) {
		var state = { offset: 0, version: -1, fresh: false };
		var source;
		function open() {
			source = new EventSource(url);
			state.fresh = true;
			source.onopen = function () { badge.hidden = true; };
			source.addEventListener(eventName, function (event) {
				var snapshot = JSON.parse(event.data);
				state.offset = snapshot.serverMillis - Date.now();
				badge.hidden = true;
				apply(snapshot);
				if (snapshot.version !== state.version && !state.fresh && snapshot.eventWallMillis > 0) {
					window.liveDelays.push(Date.now() - snapshot.eventWallMillis);
				}
				state.fresh = false;
				state.version = snapshot.version;
				document.body.setAttribute('data-live-version', snapshot.version);
			});
			source.onerror = function () {
				window.liveInterruptions++;
				badge.hidden = false;
				if (source.readyState === EventSource.CLOSED) {
					setTimeout(open, 1000);
				}
			};
		}
		open();
		return {
			now: function () { return Date.now() + state.offset; },
			close: function () { source.close(); }
		};
	}

	function duration(seconds) {
		seconds = Math.max(0, Math.floor(seconds));
		var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
		var mm = (h > 0 && m < 10 ? '0' : '') + m, ss = (s < 10 ? '0' : '') + s;
		return (h > 0 ? h + ':' : '') + mm + ':' + ss;
	}

	function text(id, value) {
		var element = document.getElementById(id);
		if (element) {
			element.textContent = (value === null || value === undefined) ? '' : value;
		}
	}

	function post(url, body) {
		return fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
			body: body ? JSON.stringify(body) : null
		}).then(function (response) {
			return response.json().catch(function () { return {}; }).then(function (json) {
				if (!response.ok) {
					throw new Error(json.detail || json.title || response.status);
				}
				return json;
			});
		});
	}

	window.Live = { connect: connect, duration: duration, text: text, post: post };
})();
