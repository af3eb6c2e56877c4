package org.passerelle.programme.cycle;

import jakarta.validation.constraints.NotNull;

/** Opening a group's cycle: the year it is for (the service checks the range and that the year is free). */
public record CycleOpenForm(@NotNull Integer year) {

}
