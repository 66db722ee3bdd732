package org.switchboard.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Switchboard: web UI, REST API and the contact-center engine. */
@SpringBootApplication
public class SwitchboardApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "simulate".equals(args[0])) {
			// a command-line tool: no Spring, no web server
			int status = org.switchboard.server.simulate.SimulateCommand.run(args, System.out);
			if (status != 0) {
				System.exit(status);
			}
			return;
		}
		SpringApplication.run(SwitchboardApplication.class, args);
	}

}
