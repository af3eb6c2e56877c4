/** Who is signed in, what each role may do, and the HTTP security rules. */
@org.springframework.modulith.NamedInterface("security")
package org.passerelle.shared.security;
