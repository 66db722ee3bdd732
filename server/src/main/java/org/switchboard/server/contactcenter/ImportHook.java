package org.switchboard.server.contactcenter;

import java.util.List;

import org.switchboard.server.configfile.ConfigProblem;
import org.switchboard.server.configfile.ConfigRejectedException;
import org.switchboard.server.engine.EngineHost;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs once per import that touched the contact center: before the commit it checks that
 * the stored whole still makes a valid engine configuration (cross references between
 * sections, e.g. a queue overflowing to an IVR flow), rolling the import back if not;
 * after the commit it applies the new configuration to the running engine.
 */
@Component
class ImportHook {

	private static final Object KEY = ImportHook.class;

	private final StoredCenterConfig config;

	private final ObjectProvider<EngineHost> host;

	ImportHook(StoredCenterConfig config, ObjectProvider<EngineHost> host) {
		this.config = config;
		this.host = host;
	}

	void register() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(KEY)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(KEY, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				try {
					ImportHook.this.config.load();
				}
				catch (IllegalArgumentException ex) {
					throw new ConfigRejectedException(List.of(new ConfigProblem(0, "", ex.getMessage())));
				}
			}

			@Override
			public void afterCommit() {
				EngineHost engine = ImportHook.this.host.getIfAvailable();
				if (engine != null) {
					engine.reload();
				}
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
			}

		});
	}

}
