package org.passerelle.directory;

public enum OrganizationKind {

	LOCAL_AUTHORITY, INSTITUTION

}
