/**
 * IVR flows: the model of a flow (nodes and where they lead), loading it from
 * configuration, validating it, and running one contact through it.
 *
 * <h2>Model and loading</h2> An {@link org.switchboard.engine.ivr.IvrFlow} is an
 * immutable graph of {@link org.switchboard.engine.ivr.IvrNode}s: play, menu, collect,
 * condition, set (variable), lookup, queue, transfer, voicemail, survey, hangup, goto.
 * {@link org.switchboard.engine.ivr.IvrFlows#load} builds one from the configuration's
 * map shape (as SnakeYAML parses it) and validates it;
 * {@link org.switchboard.engine.ivr.IvrFlowValidator} reports every missing target,
 * unreachable node and loop that spins without caller input, each error naming its node.
 * Given the configured names ({@link org.switchboard.engine.ivr.IvrReferences}), it also
 * reports queues, calendars and agents that do not exist. Strings in prompts, set values,
 * lookup parameters and mailboxes may use {@code ${variable}}; an unset variable becomes
 * empty.
 *
 * <h2>Running a contact</h2> When a contact's entry is {@code ivr:NAME}, the engine
 * creates one {@link org.switchboard.engine.ivr.IvrSession} for it and translates each
 * {@link org.switchboard.engine.ivr.IvrStep} it returns:
 *
 * <pre>{@code
 * IvrSession session = new IvrSession(flow, contactId, callerNumber, attributes, ivrContext, journal);
 * IvrStep step = session.start(now);
 * // later, for the contact's PlaybackFinished, DigitsCollected and DataLookedUp inputs:
 * step = session.on(input, now);
 *
 * step.toAction(contactId).ifPresent(actions::add); // Play, Collect, Lookup, Voicemail,
 *                                                   // Hangup, Transfer to external:NUMBER
 * if (step instanceof IvrStep.ToQueue q) { ... }     // engine queues the contact
 * if (step instanceof IvrStep.Transfer t) { ... }    // agent:ID / extension:N: engine routes
 * if (step.leavesIvr()) { ... }                      // drop the session (keep screenPop())
 * }</pre>
 *
 * A hang-up node's prompt is played as a {@code Play} step before the {@code Hangup}
 * step. Menu, collect and survey timeouts are the adapter's: it answers a
 * {@code CollectDigits} with empty digits when the caller pressed nothing in time, so the
 * IVR has no timers of its own. A session ignores inputs it is not waiting for
 * ({@link org.switchboard.engine.ivr.IvrStep.Ignored}); it hangs up a contact after
 * {@value org.switchboard.engine.ivr.IvrSession#MAX_NODE_VISITS} node visits.
 *
 * <h2>Ports</h2> {@link org.switchboard.engine.ivr.IvrContext} answers whether a business
 * calendar is open (the engine implements it over its calendars); data lookups leave the
 * engine as {@code Action.LookupData} and come back as {@code Input.DataLookedUp}; the
 * server's port answers {@code found=false} when its source fails or times out, since the
 * session waits for that answer. The session journals {@code IvrNodeEntered} per node,
 * {@code IvrInput} per caller answer (empty digits for a timeout) and
 * {@code SurveyScored} per survey score, naming the agent held in variable
 * {@value org.switchboard.engine.ivr.IvrSession#AGENT_VARIABLE}.
 */
package org.switchboard.engine.ivr;
