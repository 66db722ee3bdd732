package org.switchboard.server.prompts;

import org.switchboard.server.SwitchboardProperties;
import org.switchboard.telephony.media.PromptLibrary;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's view of the prompt library. It shares the data directory with the PBX's
 * own library, which sees every upload and revert at its next lookup.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PromptsProperties.class)
class PromptsConfiguration {

	@Bean
	PromptLibrary promptLibrary(SwitchboardProperties switchboard) {
		return new PromptLibrary(switchboard.dataDir(), PromptLibrary.BUILT_IN_LANGUAGES.get(0));
	}

}
