package org.switchboard.server.configfile;

/** Configuration as code on the embedded H2 database. */
class ConfigAsCodeOnH2Tests extends ConfigAsCodeScenario {

}
