package org.passerelle.shared.web;

import java.util.Locale;

import org.passerelle.shared.FrenchElision;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, with French elision where a name is inserted ({@link FrenchElision}): "La fonction de {0}"
 * with Aude reads "La fonction d’Aude". Every page, mail and problem answer takes its text from here.
 */
class ElidingMessageSource extends ResourceBundleMessageSource {

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null || locale == null || !"fr".equals(locale.getLanguage()) || args == null || args.length == 0) {
			return super.getMessageInternal(code, args, locale);
		}
		String pattern = resolveCodeWithoutArguments(code, locale);
		if (!FrenchElision.hasElidable(pattern)) {
			return super.getMessageInternal(code, args, locale);
		}
		Object[] resolved = resolveArguments(args, locale);
		return createMessageFormat(FrenchElision.rewrite(pattern, resolved), locale).format(resolved);
	}

}
