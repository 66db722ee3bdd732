package org.switchboard.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HexFormat;

import org.switchboard.server.account.AccountRepository.StoredUser;
import org.switchboard.server.api.ApiException;
import org.switchboard.server.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts: created and revoked by their owner (audited), stored
 * only as SHA-256 hashes, and accepted while the owner is enabled and not locked.
 */
@Service
public class ApiTokenService {

	private final AccountRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokenService(AccountRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a personal API token; its secret is returned this once. */
	@Transactional
	public NewApiToken createToken(String jobNumber, String name) {
		StoredUser user = this.repository.findUser(jobNumber)
			.orElseThrow(() -> ApiException.notFound("user.notFound", jobNumber));
		String secret = "sbt_" + AccountService.randomSecret(32);
		String id = AccountRepository.newId();
		this.repository.insertToken(id, user.account().id(), name, sha256(secret), this.clock.instant());
		this.audit.recordChange(jobNumber, "API_TOKEN_CREATED", jobNumber, null, Map.of("id", id, "name", name));
		ApiToken token = this.repository.listTokens(user.account().id())
			.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow();
		return new NewApiToken(token, secret);
	}

	/** The user's tokens, without secrets. */
	@Transactional(readOnly = true)
	public List<ApiToken> listTokens(String jobNumber) {
		return this.repository.findUser(jobNumber)
			.map((user) -> this.repository.listTokens(user.account().id()))
			.orElseGet(ArrayList::new);
	}

	/** Revokes one of the user's tokens; 404 if it is not theirs or does not exist. */
	@Transactional
	public void revokeToken(String jobNumber, String tokenId) {
		StoredUser user = this.repository.findUser(jobNumber)
			.orElseThrow(() -> ApiException.notFound("user.notFound", jobNumber));
		if (!this.repository.deleteToken(user.account().id(), tokenId)) {
			throw ApiException.notFound("token.notFound", tokenId);
		}
		this.audit.recordChange(jobNumber, "API_TOKEN_REVOKED", jobNumber, Map.of("id", tokenId), null);
	}

	/** The enabled, unlocked user a token secret belongs to, if any. */
	@Transactional
	public Optional<UserAccount> authenticateToken(String secret) {
		Instant now = this.clock.instant();
		return this.repository.findTokenOwner(sha256(secret), now)
			.flatMap(this::findAccount)
			.filter((user) -> user.enabled() && !user.lockedAt(now));
	}

	private Optional<UserAccount> findAccount(String jobNumber) {
		return this.repository.findUser(jobNumber).map(StoredUser::account);
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}
