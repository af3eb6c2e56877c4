package org.passerelle.programme.charter;

import org.springframework.data.relational.core.mapping.Table;

/** A presentation's text for one of its charter's sections. */
@Table("presentation_section")
public record PresentationSection(String code, String text) {
}
