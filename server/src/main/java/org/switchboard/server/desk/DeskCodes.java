package org.switchboard.server.desk;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The admin's not-ready reason codes and disposition codes, in display order. */
@Repository
class DeskCodes {

	private final JdbcTemplate jdbc;

	DeskCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<DeskCode> list(DeskCode.Kind kind) {
		return this.jdbc.query("select code, label from desk_code where kind = ? order by position, code",
				(rs, row) -> new DeskCode(rs.getString("code"), rs.getString("label")), kind.name());
	}

	boolean exists(DeskCode.Kind kind, String code) {
		Integer count = this.jdbc.queryForObject("select count(*) from desk_code where kind = ? and code = ?",
				Integer.class, kind.name(), code);
		return count != null && count > 0;
	}

	/** Replaces the list of {@code kind} with {@code codes}, in their order. */
	@Transactional
	void replace(DeskCode.Kind kind, List<DeskCode> codes) {
		this.jdbc.update("delete from desk_code where kind = ?", kind.name());
		int position = 1;
		for (DeskCode code : codes) {
			this.jdbc.update("insert into desk_code (kind, code, label, position) values (?, ?, ?, ?)", kind.name(),
					code.code(), code.label(), position++);
		}
	}

}
