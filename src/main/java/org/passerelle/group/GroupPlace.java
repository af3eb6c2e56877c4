package org.passerelle.group;

/** A group and an organization's role in it. */
public record GroupPlace(CountryGroup group, GroupRole role) {
}
