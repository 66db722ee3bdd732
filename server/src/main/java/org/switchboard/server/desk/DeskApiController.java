package org.switchboard.server.desk;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.switchboard.engine.AgentView;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.agentstate.AgentLogins;
import org.switchboard.server.agentstate.AgentLogins.PhoneStatus;
import org.switchboard.server.api.ApiException;
import org.switchboard.server.contactcenter.QueuePopUrls;
import org.switchboard.server.customers.Customer;
import org.switchboard.server.customers.CustomerRepository;
import org.switchboard.server.customers.PhoneNumbers;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.live.AgentSnapshot;
import org.switchboard.server.live.AgentSnapshot.ContactInfo;
import org.switchboard.server.live.LiveFloor;
import org.switchboard.server.recordings.RecordingAccess;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logged-in agent's own desk actions: change state (with an admin-defined reason
 * code; logging in binds an extension), see their phone's extension and registration,
 * look up the screen pop of the current contact, hang up, save the disposition that ends
 * after-call work.
 */
@RestController
@RequestMapping("/api/desk")
class DeskApiController {

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

	private static final int HISTORY = 5;

	private final EngineHost engine;

	private final LiveFloor floor;

	private final DeskCodes codes;

	private final Dispositions dispositions;

	private final CustomerRepository customers;

	private final Clock clock;

	private final AgentLogins logins;

	private final QueuePopUrls popUrls;

	private final RecordingAccess recordings;

	DeskApiController(EngineHost engine, LiveFloor floor, DeskCodes codes, Dispositions dispositions,
			CustomerRepository customers, Clock clock, AgentLogins logins, QueuePopUrls popUrls,
			RecordingAccess recordings) {
		this.engine = engine;
		this.popUrls = popUrls;
		this.recordings = recordings;
		this.logins = logins;
		this.floor = floor;
		this.codes = codes;
		this.dispositions = dispositions;
		this.customers = customers;
		this.clock = clock;
	}

	@PostMapping("/state")
	StateChanged state(@Valid @RequestBody DeskStateRequest request, Principal user) {
		String me = user.getName();
		AgentView current = agent(me);
		switch (request.state()) {
			case READY -> {
				this.logins.logInIfNeeded(current, request.extension(), me);
				this.engine.submit(new Input.AgentReady(me));
			}
			case NOT_READY -> {
				if (request.reason() == null || !this.codes.exists(DeskCode.Kind.NOT_READY, request.reason())) {
					throw ApiException.invalid("reason", "desk.unknownReason", request.reason());
				}
				this.logins.logInIfNeeded(current, request.extension(), me);
				this.engine.submit(new Input.AgentNotReady(me, request.reason()));
			}
			case LOGGED_OUT -> this.logins.logOut(me, me);
			default -> throw ApiException.invalid("state", "agentState.unsupported", request.state());
		}
		return new StateChanged(me, current.state().name(), request.state().name());
	}

	@GetMapping("/phone")
	PhoneStatus phone(Principal user) {
		return this.logins.phone(user.getName());
	}

	@GetMapping("/pop/{contactId}")
	ScreenPop pop(@PathVariable String contactId, Authentication user) {
		ContactInfo contact = myContact(contactId, user);
		String caller = contact.callerNumber();
		List<Disposition> last = this.dispositions.lastFrom(PhoneNumbers.normalize(caller), HISTORY);
		Map<String, String> audio = this.recordings.audioUrls(user, last.stream().map(Disposition::contactId).toList());
		List<LastContact> lastContacts = last.stream()
			.map((d) -> new LastContact(d.contactId(), d.agentId(), d.callerNumber(), d.queue(), d.code(), d.summary(),
					d.createdAt(), audio.get(d.contactId())))
			.toList();
		return new ScreenPop(contact, PhoneNumbers.region(caller, LocaleContextHolder.getLocale()),
				this.customers.findByPhone(caller), lastContacts,
				this.popUrls.popUrl(contact.queue(), popValues(contact, user.getName())).orElse(null));
	}

	private Map<String, String> popValues(ContactInfo contact, String agent) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("caller", (contact.callerNumber() != null) ? contact.callerNumber() : "");
		values.put("dialed", (contact.dialedNumber() != null) ? contact.dialedNumber() : "");
		values.put("queue", (contact.queue() != null) ? contact.queue() : "");
		values.put("contactId", contact.id());
		values.put("agent", agent);
		values.put("ivrDigits", (contact.ivrDigits() != null) ? String.join(",", contact.ivrDigits()) : "");
		long until = (contact.answeredAt() != null) ? contact.answeredAt() : this.clock.millis();
		values.put("waitSeconds",
				(contact.queuedAt() != null) ? String.valueOf(Math.max(0, (until - contact.queuedAt()) / 1000)) : "0");
		return values;
	}

	@PostMapping("/hangup/{contactId}")
	HangUp hangUp(@PathVariable String contactId, Principal user) {
		myContact(contactId, user);
		// No "hang up" command exists among the engine's inputs; the agent's leg going is
		// the
		// nearest fact, and the engine answers it with a Disconnect for the adapter.
		this.engine.submit(new Input.AgentHungUp(contactId, user.getName()));
		return new HangUp(contactId);
	}

	@PostMapping("/disposition")
	Disposition dispose(@Valid @RequestBody DispositionRequest request, Principal user) {
		String me = user.getName();
		if (!this.codes.exists(DeskCode.Kind.DISPOSITION, request.code())) {
			throw ApiException.invalid("code", "desk.unknownDisposition", request.code());
		}
		AgentSnapshot snapshot = this.floor.agent(me, this.clock.instant());
		ContactInfo contact = snapshot.contact();
		boolean current = contact != null && contact.id().equals(request.contactId());
		Disposition disposition = new Disposition(request.contactId(), me,
				current ? PhoneNumbers.normalize(contact.callerNumber()) : null, current ? contact.queue() : null,
				request.code(), (request.summary() != null) ? request.summary().strip() : null, this.clock.instant());
		this.dispositions.save(disposition);
		if (current && AgentStateName.WRAP_UP.name().equals(snapshot.state())) {
			this.engine.submit(request.ready() ? new Input.AgentReady(me) : new Input.WrapUpFinished(me));
		}
		return disposition;
	}

	private ContactInfo myContact(String contactId, Principal user) {
		ContactInfo contact = this.floor.agent(user.getName(), this.clock.instant()).contact();
		if (contact == null || !contact.id().equals(contactId)) {
			throw new ApiException(HttpStatus.NOT_FOUND, null, "desk.notYourContact", contactId);
		}
		return contact;
	}

	private AgentView agent(String id) {
		try {
			return this.engine.agent(id)
				.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.orElseThrow(() -> ApiException.notFound("agentState.notFound", id));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, "agentState.engineBusy");
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, "agentState.engineBusy");
		}
	}

	/**
	 * The state the agent asks for.
	 *
	 * @param state READY, NOT_READY or LOGGED_OUT
	 * @param reason a not-ready reason code (required for NOT_READY)
	 * @param extension the extension to work at if this logs the agent in (blank: the
	 * configured one)
	 */
	record DeskStateRequest(@NotNull AgentStateName state, @Size(max = 64) String reason,
			@Size(max = 32) String extension) {
	}

	/**
	 * The state change handed to the engine.
	 *
	 * @param agentId the agent
	 * @param before the state before
	 * @param requested the state asked for
	 */
	record StateChanged(String agentId, String before, String requested) {
	}

	/**
	 * The disposition form.
	 *
	 * @param contactId the contact
	 * @param code a disposition code
	 * @param summary free-text summary
	 * @param ready true to go ready after, false to end wrap-up only
	 */
	record DispositionRequest(@NotBlank @Size(max = 100) String contactId, @NotBlank @Size(max = 64) String code,
			@Size(max = 4000) String summary, boolean ready) {
	}

	/**
	 * Everything the screen pop shows besides the live contact facts.
	 *
	 * @param contact the contact as the journal tells it
	 * @param region where the caller's number belongs
	 * @param customers customers having the caller's number
	 * @param lastContacts the caller's latest dispositions, with the recording to play
	 * when the agent may hear it
	 * @param externalUrl the queue's external screen pop filled with this call's data, or
	 * null
	 */
	record ScreenPop(ContactInfo contact, String region, List<Customer> customers, List<LastContact> lastContacts,
			String externalUrl) {
	}

	/**
	 * One of the caller's last contacts.
	 *
	 * @param contactId the contact
	 * @param agentId the agent who handled it
	 * @param callerNumber the caller
	 * @param queue its queue
	 * @param code disposition code
	 * @param summary the agent's summary
	 * @param createdAt when the disposition was saved
	 * @param recordingUrl where to play its recording, or null (none, or not the agent's
	 * to hear)
	 */
	record LastContact(String contactId, String agentId, String callerNumber, String queue, String code, String summary,
			java.time.Instant createdAt, String recordingUrl) {
	}

	/**
	 * A hang-up handed to the engine.
	 *
	 * @param contactId the contact
	 */
	record HangUp(String contactId) {
	}

}
