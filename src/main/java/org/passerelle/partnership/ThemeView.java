package org.passerelle.partnership;

import org.passerelle.shared.LocalizedName;

/** A theme as pages and other modules show it: its stable code and its name in French, Korean and English. */
public record ThemeView(String code, LocalizedName name) {

}
