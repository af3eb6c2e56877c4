package org.passerelle.partnership;

import org.passerelle.shared.LocalizedName;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A theme of cooperation (youth, smart cities, water…) from the list coordinators manage. An archived theme is
 * no longer offered but stays on the partnerships that have it.
 */
@Table("theme")
class Theme {

	@Id
	private String code;

	private String nameFr;

	private String nameKo;

	private String nameEn;

	private int position;

	private boolean archived;

	Theme() {
	}

	Theme(String code, int position) {
		this.code = code;
		this.position = position;
	}

	String getCode() {
		return code;
	}

	String getNameFr() {
		return nameFr;
	}

	String getNameKo() {
		return nameKo;
	}

	String getNameEn() {
		return nameEn;
	}

	void rename(String fr, String ko, String en) {
		this.nameFr = fr.strip();
		this.nameKo = ko.strip();
		this.nameEn = en.strip();
	}

	int getPosition() {
		return position;
	}

	boolean isArchived() {
		return archived;
	}

	void setArchived(boolean archived) {
		this.archived = archived;
	}

	/** Themes have no language of their own: English stands as the "native" form. */
	LocalizedName getName() {
		return new LocalizedName(nameEn, nameFr, nameKo, nameEn);
	}

	ThemeView toView() {
		return new ThemeView(code, getName());
	}

}
