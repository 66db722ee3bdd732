package org.switchboard.server.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.switchboard.server.account.AccountService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language selection: English or Simplified Chinese. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final AccountService accounts;

	WebConfiguration(AccountService accounts) {
		this.accounts = accounts;
	}

	/** The languages with a complete message bundle. */
	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("switchboard-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(WebConfiguration::fromBrowser);
		return resolver;
	}

	/**
	 * The first supported language in the browser's Accept-Language list; English if
	 * none.
	 */
	static Locale fromBrowser(HttpServletRequest request) {
		for (Locale wanted : Collections.list(request.getLocales())) {
			Locale supported = supported(wanted);
			if (supported != null) {
				return supported;
			}
		}
		return Locale.ENGLISH;
	}

	static Locale supported(Locale wanted) {
		if ("zh".equals(wanted.getLanguage())) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		if ("en".equals(wanted.getLanguage())) {
			return Locale.ENGLISH;
		}
		return null;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			protected Locale parseLocaleValue(String localeValue) {
				Locale parsed = super.parseLocaleValue(localeValue);
				return (parsed != null) ? supported(parsed) : null;
			}

		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new LayoutInterceptor(this.accounts));
	}

}
