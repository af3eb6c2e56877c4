package org.passerelle.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into UTF-8 bytes first, then written in one piece with their length. JTE's own Spring view
 * writes each of a page's hundreds of pieces through the servlet's writer, and so through the response wrappers of
 * Spring Session and Spring Security and a character encoder: about a tenth of a signed-in page's CPU time, measured
 * with a profiler. The templates' fixed text is encoded once, when they are compiled ({@code binaryStaticContent}
 * in the jte-maven-plugin). A template that fails halfway now leaves nothing written, so the error page is whole.
 */
@Configuration(proxyBeanMethods = false)
class PageRendering {

	/** Takes the place of JTE's resolver (its auto-configuration steps back when one exists), same settings. */
	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
		return new JteViewResolver(templates, properties) {
			@Override
			protected AbstractUrlBasedView instantiateView() {
				return new ByteRenderedView(templates);
			}
		};
	}

	static final class ByteRenderedView extends JteView {

		private final TemplateEngine templates;

		ByteRenderedView(TemplateEngine templates) {
			super(templates);
			this.templates = templates;
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			Utf8ByteOutput page = new Utf8ByteOutput();
			templates.render(getUrl(), model, page);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentLength(page.getContentLength());
			page.writeTo(response.getOutputStream());
		}

	}

}
