package org.switchboard.server.recordings;

/** The recordings scenario on the embedded H2 database. */
class RecordingsOnH2Tests extends RecordingsScenario {

}
