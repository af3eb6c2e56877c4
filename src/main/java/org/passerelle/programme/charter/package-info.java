/**
 * The presentation charter of a seminar cycle and the hosts' presentations checked against it
 * ({@link org.passerelle.programme.charter.CharterCheck}, a pure function), with the slides counted from the file
 * ({@link org.passerelle.programme.charter.SlidesReader}). Exposed so the demo data can give the 2021 cycle its charter.
 */
@org.springframework.modulith.NamedInterface("charter")
package org.passerelle.programme.charter;
