package org.switchboard.telephony.auth;

/**
 * The parameters of an Authorization or Proxy-Authorization header, as sent.
 *
 * @param username user name (the extension number)
 * @param realm realm the client answered
 * @param nonce nonce the client answered
 * @param uri digest-uri
 * @param response the client's response hash
 * @param algorithm algorithm token, null for MD5
 * @param qop quality of protection, null when absent
 * @param nc nonce count as sent (8 hex digits), null without qop
 * @param cnonce client nonce, null without qop
 */
public record DigestCredentials(String username, String realm, String nonce, String uri, String response,
		String algorithm, String qop, String nc, String cnonce) {
}
