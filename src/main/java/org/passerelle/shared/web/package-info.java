/** What every page and API controller shares: languages, the view helper, errors as pages and as RFC 9457 problems. */
@org.springframework.modulith.NamedInterface("web")
package org.passerelle.shared.web;
