package org.switchboard.server.live;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Coalescing of live pushes: a burst of events gives at most four pushes a second. */
class PushPacerTests {

	private final PushPacer pacer = new PushPacer(Duration.ofMillis(250), Duration.ofSeconds(1));

	@Test
	void firstTickAlwaysPushes() {
		assertThat(this.pacer.due(0, 0)).isTrue();
	}

	@Test
	void aBurstOfChangesIsCoalescedToFourPushesASecond() {
		int pushes = 0;
		long version = 0;
		for (long millis = 0; millis < 1000; millis += 50) {
			version += 7;
			if (this.pacer.due(millis, version)) {
				pushes++;
			}
		}
		assertThat(pushes).isEqualTo(4);
	}

	@Test
	void aChangeAfterAQuietSpellIsPushedOnTheNextTick() {
		this.pacer.due(0, 1);
		assertThat(this.pacer.due(300, 1)).isFalse();
		assertThat(this.pacer.due(350, 2)).isTrue();
	}

	@Test
	void withoutChangesTheSnapshotIsRefreshedEverySecond() {
		this.pacer.due(0, 5);
		assertThat(this.pacer.due(950, 5)).isFalse();
		assertThat(this.pacer.due(1000, 5)).isTrue();
		assertThat(this.pacer.due(1050, 5)).isFalse();
	}

}
