package org.switchboard.server.desk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The desk's configuration-file sections. */
@Configuration(proxyBeanMethods = false)
class DeskConfiguration {

	@Bean
	DeskCodesConfigSection reasonCodesConfigSection(DeskCodes codes) {
		return new DeskCodesConfigSection(codes, DeskCode.Kind.NOT_READY, "reasonCodes");
	}

	@Bean
	DeskCodesConfigSection dispositionCodesConfigSection(DeskCodes codes) {
		return new DeskCodesConfigSection(codes, DeskCode.Kind.DISPOSITION, "dispositionCodes");
	}

}
