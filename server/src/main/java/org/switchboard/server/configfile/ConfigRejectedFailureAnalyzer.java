package org.switchboard.server.configfile;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up stopped by a rejected configuration file, problem by problem. */
public class ConfigRejectedFailureAnalyzer extends AbstractFailureAnalyzer<ConfigRejectedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ConfigRejectedException cause) {
		String problems = cause.problems().stream().map((problem) -> "  " + problem).collect(Collectors.joining("\n"));
		return new FailureAnalysis("The configuration file (switchboard.config-import) was rejected; nothing of it "
				+ "was applied:\n" + problems, "Correct the file at the lines named and start again.", cause);
	}

}
