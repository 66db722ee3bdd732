package org.switchboard.server.prompts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Prompt uploads.
 *
 * @param maxUploadSize largest WAV file an admin may upload, before conversion (10MB:
 * about a minute of 44.1 kHz stereo)
 */
@ConfigurationProperties("switchboard.prompts")
record PromptsProperties(@DefaultValue("10MB") DataSize maxUploadSize) {
}
