package org.passerelle.directory;

public enum InstitutionType {

	EMBASSY, MINISTRY, ASSOCIATION, AGENCY, OTHER

}
