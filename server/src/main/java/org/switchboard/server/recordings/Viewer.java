package org.switchboard.server.recordings;

import java.util.Set;
import java.util.stream.Collectors;

import org.switchboard.server.account.Permission;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who asks for recordings and what they may see.
 *
 * @param jobNumber login name (an agent's job number)
 * @param seesAll holds {@link Permission#RECORDINGS}; otherwise only their own recordings
 * @param seesNumbers may see caller numbers unmasked (supervision, quality, admin)
 */
record Viewer(String jobNumber, boolean seesAll, boolean seesNumbers) {

	static Viewer of(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean numbers = authorities.contains(Permission.SUPERVISE.authority())
				|| authorities.contains(Permission.QUALITY.authority()) || authorities.contains("ROLE_ADMIN");
		return new Viewer(authentication.getName(), authorities.contains(Permission.RECORDINGS.authority()), numbers);
	}

	boolean maySee(StoredRecording recording) {
		return this.seesAll || this.jobNumber.equals(recording.agentId());
	}

}
