package org.switchboard.server.live;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live event streams: {@code /live/wallboard} (SUPERVISE) and {@code /live/agent}
 * (AGENT_DESK, the logged-in agent's own desk).
 */
@RestController
class LiveController {

	private final LiveStream stream;

	LiveController(LiveStream stream) {
		this.stream = stream;
	}

	@GetMapping(path = "/live/wallboard", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter wallboard() {
		return this.stream.wallboard();
	}

	@GetMapping(path = "/live/agent", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter agent(Principal user) {
		return this.stream.desk(user.getName());
	}

}
