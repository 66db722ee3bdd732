package org.switchboard.server.prompts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.switchboard.server.account.Permission;
import org.switchboard.server.audit.AuditEntry;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.audit.AuditQuery;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.configfile.ConfigRejectedException;
import org.switchboard.telephony.media.PromptLibrary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Prompts through the REST API, the admin page and the configuration file: upload (as is,
 * converted, refused), list, play with range requests, revert, permissions, audit.
 */
@SpringBootTest(
		properties = { "switchboard.data-dir=./target/prompt-tests-data", "switchboard.prompts.max-upload-size=400KB" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PromptsTests {

	private static final Path PROMPTS = Path.of("target/prompt-tests-data/prompts");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	ConfigImporter importer;

	private final RequestPostProcessor admin = user("promptadmin").authorities(Permission.CONFIGURE);

	private final RequestPostProcessor agent = user("p8001").authorities(Permission.AGENT_DESK);

	@BeforeEach
	void noUploads() throws IOException {
		FileSystemUtils.deleteRecursively(PROMPTS);
	}

	@Test
	void uploadsAnEightKilohertzMonoWavAsIsAndPlaysItAtOnce() throws Exception {
		byte[] wav = TestWavs.tone(8000, 1, 440, 1.0);
		PromptLibrary telephony = new PromptLibrary(Path.of("target/prompt-tests-data"), "zh");
		assertThat(telephony.find("zh", "welcome")).hasValueSatisfying((s) -> assertThat(s).isNotEmpty());

		this.mvc.perform(put("/api/prompts/zh/welcome").with(this.admin).contentType("audio/wav").content(wav))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.prompt.source").value("uploaded"))
			.andExpect(jsonPath("$.prompt.sizeBytes").value(wav.length))
			.andExpect(jsonPath("$.prompt.durationMillis").value(1000))
			.andExpect(jsonPath("$.prompt.sha256").value(PromptService.sha256(wav)))
			.andExpect(jsonPath("$.convertedFrom").doesNotExist());

		assertThat(Files.readAllBytes(PROMPTS.resolve("zh/welcome.wav"))).isEqualTo(wav);
		assertThat(telephony.find("zh", "welcome")).hasValueSatisfying((s) -> assertThat(s).hasSize(8000));
		AuditEntry entry = this.audit
			.find(new AuditQuery("promptadmin", "PROMPT_UPLOADED", "prompt zh/welcome", null, null, 1))
			.get(0);
		assertThat(entry.before()).contains("\"source\":\"built-in\"").contains("sha256");
		assertThat(entry.after()).contains("\"sizeBytes\":" + wav.length).contains(PromptService.sha256(wav));
	}

	@Test
	void convertsAStereoCdQualityWavToTheTelephonyFormat() throws Exception {
		this.mvc
			.perform(put("/api/prompts/en/sales-menu").with(this.admin)
				.contentType("audio/wav")
				.content(TestWavs.tone(44100, 2, 440, 1.0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.convertedFrom").value("PCM 16-bit, 2 ch, 44100 Hz"))
			.andExpect(jsonPath("$.prompt.builtIn").value(false))
			.andExpect(jsonPath("$.prompt.sizeBytes").value(44 + 16000));

		this.mvc.perform(get("/api/prompts").param("language", "en").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'sales-menu')].source").value("uploaded"))
			.andExpect(jsonPath("$[?(@.name == 'welcome')].source").value("built-in"))
			.andExpect(jsonPath("$[?(@.language == 'zh')]").isEmpty())
			.andExpect(jsonPath("$.length()").value(PromptLibrary.BUILT_IN_NAMES.size() + 1));
	}

	@Test
	void refusesANonWavOrUnusableWavWithAFieldErrorInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(put("/api/prompts/zh/welcome").with(this.admin)
				.contentType("audio/mpeg")
				.content("ID3 not a wav".getBytes())
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("不是 WAV 文件")));
		this.mvc
			.perform(put("/api/prompts/zh/welcome").with(this.admin)
				.contentType("audio/wav")
				.content(TestWavs.silence(7, 8000, 1, 8, 800))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("16-bit mono 8000 Hz")));
		this.mvc
			.perform(put("/api/prompts/zh/welcome").with(this.admin)
				.contentType("audio/wav")
				.content(TestWavs.tone(48000, 2, 440, 3.0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("0 MB")));
		this.mvc
			.perform(put("/api/prompts/zh/Bad Name").with(this.admin)
				.contentType("audio/wav")
				.content(TestWavs.tone(8000, 1, 440, 0.1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));

		assertThat(PROMPTS).doesNotExist();
	}

	@Test
	void playsThePromptWithRangeRequests() throws Exception {
		byte[] builtIn = this.mvc.perform(get("/api/prompts/en/goodbye/audio").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "audio/wav"))
			.andExpect(header().string(HttpHeaders.ACCEPT_RANGES, "bytes"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(builtIn, 0, 4)).isEqualTo("RIFF");

		this.mvc.perform(get("/api/prompts/en/goodbye/audio").with(this.admin).header(HttpHeaders.RANGE, "bytes=4-7"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 4-7/" + builtIn.length))
			.andExpect(content().bytes(new byte[] { builtIn[4], builtIn[5], builtIn[6], builtIn[7] }));
		this.mvc.perform(get("/api/prompts/en/no-such-prompt/audio").with(this.admin)).andExpect(status().isNotFound());
	}

	@Test
	void revertBringsBackTheBuiltInPromptAndIsAudited() throws Exception {
		byte[] wav = TestWavs.tone(8000, 1, 300, 0.5);
		this.mvc.perform(put("/api/prompts/en/closed").with(this.admin).contentType("audio/wav").content(wav))
			.andExpect(status().isOk());

		this.mvc.perform(delete("/api/prompts/en/closed").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("built-in"))
			.andExpect(jsonPath("$.sha256").value(not(PromptService.sha256(wav))));

		assertThat(PROMPTS.resolve("en/closed.wav")).doesNotExist();
		this.mvc.perform(delete("/api/prompts/en/closed").with(this.admin)).andExpect(status().isNotFound());
		AuditEntry entry = this.audit
			.find(new AuditQuery("promptadmin", "PROMPT_REVERTED", "prompt en/closed", null, null, 1))
			.get(0);
		assertThat(entry.before()).contains(PromptService.sha256(wav)).contains("uploaded");
		assertThat(entry.after()).contains("built-in");
	}

	@Test
	void onlyConfigureMayListPlayUploadOrRevert() throws Exception {
		this.mvc.perform(get("/api/prompts").with(this.agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/prompts/zh/welcome/audio").with(this.agent)).andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/prompts/zh/welcome").with(this.agent)
				.contentType("audio/wav")
				.content(TestWavs.tone(8000, 1, 440, 0.1)))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/prompts/zh/welcome").with(this.agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/prompts")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/admin/center/prompts").with(this.agent)).andExpect(status().isForbidden());
		assertThat(PROMPTS).doesNotExist();
	}

	@Test
	void pageListsPromptsPerLanguageWithPlayersAndSources() throws Exception {
		this.mvc
			.perform(put("/api/prompts/en/welcome").with(this.admin)
				.contentType("audio/wav")
				.content(TestWavs.tone(8000, 1, 440, 0.5)))
			.andExpect(status().isOk());

		this.mvc.perform(get("/admin/center/prompts").with(this.admin).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"prompts-zh\"")))
			.andExpect(content().string(containsString("id=\"prompts-en\"")))
			.andExpect(content().string(containsString("id=\"prompt-zh-position-10\"")))
			.andExpect(content().string(containsString("src=\"/api/prompts/en/welcome/audio\"")))
			.andExpect(content().string(containsString("恢复内置语音")))
			.andExpect(content().string(containsString(">已上传<")))
			.andExpect(content().string(containsString(">内置<")));
		this.mvc.perform(get("/admin/center").with(this.admin))
			.andExpect(content().string(containsString("href=\"/admin/center/prompts\"")));
	}

	@Test
	void pageUploadsConvertsAndReverts() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "hello.wav", "audio/wav",
				TestWavs.tone(16000, 1, 440, 0.5));
		this.mvc
			.perform(multipart("/admin/center/prompts").file(file)
				.param("language", "zh")
				.param("name", "holiday")
				.with(this.admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/center/prompts"))
			.andExpect(flash().attribute("uploaded", "zh/holiday"))
			.andExpect(flash().attribute("convertedFrom", "PCM 16-bit, 1 ch, 16000 Hz"));
		assertThat(PROMPTS.resolve("zh/holiday.wav")).hasSize(44 + 8000);

		this.mvc
			.perform(post("/admin/center/prompts/revert").param("language", "zh")
				.param("name", "holiday")
				.with(this.admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/center/prompts"))
			.andExpect(flash().attribute("reverted", "zh/holiday"));
		assertThat(PROMPTS.resolve("zh/holiday.wav")).doesNotExist();
	}

	@Test
	void pageShowsABadUploadNextToTheFileFieldInBothLanguages() throws Exception {
		MockMultipartFile text = new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes());
		this.mvc
			.perform(multipart("/admin/center/prompts").file(text)
				.param("language", "en")
				.param("name", "welcome")
				.with(this.admin)
				.with(csrf())
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-file\"")))
			.andExpect(content().string(containsString("is not a WAV file")))
			.andExpect(content().string(containsString("value=\"welcome\"")));
		this.mvc
			.perform(multipart("/admin/center/prompts").file(text)
				.param("language", "en")
				.param("name", "welcome")
				.with(this.admin)
				.with(csrf())
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(content().string(containsString("不是 WAV 文件")));
		assertThat(PROMPTS).doesNotExist();
	}

	@Test
	void theApiIsInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/prompts'].get").exists())
			.andExpect(
					jsonPath("$.paths['/api/prompts/{language}/{name}'].put.requestBody.content['audio/wav']").exists())
			.andExpect(jsonPath("$.paths['/api/prompts/{language}/{name}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/prompts/{language}/{name}/audio'].get").exists());
	}

	@Test
	void configFileListsUploadsAndAnImportChecksTheyAreHere() throws Exception {
		byte[] wav = TestWavs.tone(8000, 1, 500, 0.5);
		this.mvc.perform(put("/api/prompts/zh/vip-menu").with(this.admin).contentType("audio/wav").content(wav))
			.andExpect(status().isOk());

		String export = this.mvc.perform(get("/api/config/export").with(this.admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(export).contains("prompts:").contains("name: vip-menu").contains(PromptService.sha256(wav));
		assertThat(this.importer
			.importYaml("prompts:\n- {language: zh, name: vip-menu, sha256: " + PromptService.sha256(wav) + "}\n",
					"promptadmin")
			.sections()).isNotEmpty();

		assertThatThrownBy(
				() -> this.importer.importYaml("prompts:\n- {language: en, name: vip-menu}\n", "promptadmin"))
			.isInstanceOf(ConfigRejectedException.class)
			.hasMessageContaining("prompt en/vip-menu is not uploaded on this server");
		assertThatThrownBy(() -> this.importer
			.importYaml("prompts:\n- {language: zh, name: vip-menu, sha256: " + "0".repeat(64) + "}\n", "promptadmin"))
			.isInstanceOf(ConfigRejectedException.class)
			.hasMessageContaining("different content");
	}

}
