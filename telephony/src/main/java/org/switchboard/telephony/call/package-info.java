/**
 * The B2BUA: caller legs (UAS) and agent legs (UAC) of each contact, and the execution of
 * the engine's actions on them. One lock guards all call state; inputs go to the engine
 * through {@link org.switchboard.telephony.ContactCenterLink} without waiting for it.
 */
package org.switchboard.telephony.call;
