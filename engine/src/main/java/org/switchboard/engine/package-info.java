/**
 * The contact-center engine: {@link org.switchboard.engine.Engine} turns adapter
 * {@link org.switchboard.engine.Input}s into {@link org.switchboard.engine.Action}s and
 * journal events, configured by an immutable {@link org.switchboard.engine.CenterConfig}.
 *
 * <p>
 * Semantics worth knowing when writing an adapter:
 * <ul>
 * <li>Time is whatever {@code now} the caller passes; a {@code now} earlier than the last
 * one is treated as the last one. Due timers fire before the input, stamped with their
 * own deadline.</li>
 * <li>An offer's lease is the queue's ring timeout plus {@code leaseGraceSeconds}: the
 * adapter should report {@code AgentRingFailed} at the ring timeout; if it never does,
 * the engine cancels the ring itself ({@code OFFER_FAILED} with
 * {@code LEASE_EXPIRED}).</li>
 * <li>A missed contact goes back to its place in the queue; the agent who missed it is
 * passed over for {@code ringRetrySeconds} while anyone else can take it.</li>
 * <li>Ring-all: the agents who lose the race get {@code CancelRing} and go back to READY
 * without an {@code OFFER_FAILED} event (they did nothing wrong).</li>
 * <li>Not-ready and logout requests made while offered, talking or in wrap-up are kept
 * and applied when the agent is free. {@code WrapUpFinished} and the wrap-up timer both
 * end after-call work like {@code AgentReady}, except that a kept not-ready request
 * wins.</li>
 * <li>{@code LegsPresent} ends every tracked contact not listed ({@code CONTACT_ENDED} by
 * {@code SYSTEM}) and frees its agents; an agent still engaged without a live contact is
 * reported as an {@code INVARIANT_VIOLATED} and made NOT_READY("reconciled").</li>
 * <li>Inputs for unknown contacts or agents, and requests the agent state machine cannot
 * honour, are logged and ignored: the adapter may simply be a step behind. An answer by
 * an agent who was not offered the contact is an invariant violation.</li>
 * </ul>
 */
package org.switchboard.engine;
