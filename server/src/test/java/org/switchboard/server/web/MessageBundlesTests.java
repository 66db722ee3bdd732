package org.switchboard.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.switchboard.server.account.Permission;
import org.switchboard.server.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI text exists in both English and Simplified Chinese. */
class MessageBundlesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private final Set<String> english = keys("messages.properties");

	private final Set<String> chinese = keys("messages_zh_CN.properties");

	@Test
	void bothBundlesHaveTheSameKeys() {
		assertThat(difference(this.english, this.chinese)).as("keys missing in messages_zh_CN.properties").isEmpty();
		assertThat(difference(this.chinese, this.english)).as("keys missing in messages.properties").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(50);
		assertThat(difference(used, this.english)).as("template keys missing in messages.properties").isEmpty();
	}

	@Test
	void everyRoleAndPermissionHasALabel() {
		for (Role role : Role.values()) {
			assertThat(this.english).contains("role." + role);
		}
		for (Permission permission : Permission.values()) {
			assertThat(this.english).contains("permission." + permission);
		}
	}

	@Test
	void chineseBundleIsActuallyChinese() throws IOException {
		Properties properties = load("messages_zh_CN.properties");
		assertThat(properties.getProperty("login.title")).isEqualTo("登录");
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

	private static Set<String> keys(String resource) {
		try {
			return new TreeSet<>(load(resource).stringPropertyNames());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
