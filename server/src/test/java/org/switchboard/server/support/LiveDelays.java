package org.switchboard.server.support;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The delays a live page recorded from an engine event reaching the server to the page
 * applying it ({@code window.liveDelays}, kept by {@code live.js}), and their
 * percentiles.
 */
public final class LiveDelays {

	private LiveDelays() {
	}

	/** Forgets what {@code page} recorded so far. */
	public static void clear(WebDriver page) {
		((JavascriptExecutor) page).executeScript("window.liveDelays.length = 0;");
	}

	/**
	 * What {@code page} recorded since the last {@link #clear}, in milliseconds, sorted.
	 */
	@SuppressWarnings("unchecked")
	public static List<Long> of(WebDriver page) {
		List<Object> raw = (List<Object>) ((JavascriptExecutor) page).executeScript("return window.liveDelays;");
		return raw.stream().map((value) -> ((Number) value).longValue()).sorted().toList();
	}

	/** The nearest-rank percentile of {@code sorted}, -1 if empty. */
	public static long percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return -1;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	/** "n=… p50=… ms p95=… ms max=… ms" for a report line. */
	public static String summary(List<Long> sorted) {
		return "n=%d p50=%d ms p95=%d ms max=%d ms".formatted(sorted.size(), percentile(sorted, 50),
				percentile(sorted, 95), percentile(sorted, 100));
	}

}
