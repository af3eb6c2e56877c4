package org.passerelle.meeting.minutes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Formatted minutes keep headings, lists, emphasis and links, and nothing that could run in a reader's browser. */
class MinutesMarkdownTests {

	@Test
	void keepsTheSafeFormatting() {
		String html = MinutesMarkdown.toSafeHtml("""
				## Feuille de route 2021

				Deux **axes** principaux, *en bref* :

				- Mieux communiquer
				- Créer des temps de rencontres

				1. Juin
				2. Octobre

				> Une réelle volonté de concrétiser.

				Voir [Team France Export](https://www.teamfrance-export.fr/programme-france-export) ou
				[écrire](mailto:contact@example.org).
				""");
		assertThat(html).contains("<h2>Feuille de route 2021</h2>")
			.contains("<strong>axes</strong>", "<em>en bref</em>")
			.contains("<ul>\n<li>Mieux communiquer</li>")
			.contains("<ol>\n<li>Juin</li>")
			.contains("<blockquote>")
			.contains("<a href=\"https://www.teamfrance-export.fr/programme-france-export\" rel=\"nofollow noopener\">")
			.contains("<a href=\"mailto:contact@example.org\" rel=\"nofollow noopener\">");
	}

	@Test
	void headingsStayBetweenH2AndH4() {
		assertThat(MinutesMarkdown.toSafeHtml("# Un\n\n###### Six")).isEqualTo("<h2>Un</h2>\n<h4>Six</h4>");
	}

	@Test
	void scriptsWrittenAsRawHtmlAreDropped() {
		String html = MinutesMarkdown.toSafeHtml("Avant\n\n<script>alert('x')</script>\n\nAprès <script>document.cookie</script>");
		assertThat(html).doesNotContain("<script", "alert", "document.cookie").contains("Avant", "Après");
	}

	@Test
	void eventAttributesAndImagesAreDropped() {
		String html = MinutesMarkdown
			.toSafeHtml("<img src=x onerror=alert(1)> <p onclick=\"alert(2)\">texte</p> ![x](javascript:alert(3))");
		assertThat(html).doesNotContain("<img", "onerror", "onclick", "alert", "javascript").contains("texte");
	}

	@Test
	void javascriptAndDataLinksLoseTheirTarget() {
		String html = MinutesMarkdown.toSafeHtml(
				"[clic](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) <a href=\"JaVaScRiPt:alert(2)\">raw</a>");
		assertThat(html).doesNotContain("javascript", "JaVaScRiPt", "data:").contains("clic", "raw");
	}

	@Test
	void rawHtmlOutsideTheSubsetIsReducedToItsText() {
		String html = MinutesMarkdown.toSafeHtml(
				"<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style><div style=\"x\">gardé</div>");
		assertThat(html).doesNotContain("<iframe", "<style", "display:none", "<div", "style=").contains("gardé");
	}

	@Test
	void theOutputIsWellFormedXhtml() {
		assertThat(MinutesMarkdown.toSafeHtml("ligne  \nsuivante & fin")).isEqualTo("<p>ligne<br />\nsuivante &amp; fin</p>");
	}

	@Test
	void blankInputGivesNothing() {
		assertThat(MinutesMarkdown.toSafeHtml("  ")).isEmpty();
		assertThat(MinutesMarkdown.toSafeHtml(null)).isEmpty();
	}

}
