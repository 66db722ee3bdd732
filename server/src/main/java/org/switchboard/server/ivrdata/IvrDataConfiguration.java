package org.switchboard.server.ivrdata;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.switchboard.server.customers.CustomerRepository;
import org.switchboard.server.engine.EngineHost;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The IVR's data sources: {@code customer} always, HTTP ones as configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IvrDataProperties.class)
class IvrDataConfiguration {

	@Bean(destroyMethod = "close")
	IvrDataLookups ivrDataLookups(IvrDataProperties properties, CustomerRepository customers,
			ObjectProvider<EngineHost> engine, ObjectProvider<MeterRegistry> meters) {
		Map<String, DataSource> sources = new LinkedHashMap<>();
		sources.put(CustomerSource.NAME, new CustomerSource(customers));
		if (!properties.http().isEmpty()) {
			HttpClient client = HttpClient.newBuilder()
				.connectTimeout(properties.timeout())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			properties.http()
				.forEach((name, url) -> sources.put(name, new HttpSource(url, client, properties.timeout())));
		}
		return new IvrDataLookups(sources, (answer) -> engine.getObject().submit(answer), properties,
				meters.getIfAvailable());
	}

}
