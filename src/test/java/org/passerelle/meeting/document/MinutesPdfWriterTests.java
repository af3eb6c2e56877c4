package org.passerelle.meeting.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.document.MinutesDocument.ActionItem;
import org.passerelle.meeting.document.MinutesDocument.Labels;
import org.passerelle.meeting.document.MinutesDocument.OrganizationAttendance;
import org.passerelle.meeting.document.MinutesDocument.Participant;
import org.passerelle.meeting.document.MinutesDocument.Section;
import org.passerelle.meeting.document.MinutesDocument.Status;
import org.xml.sax.InputSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF minutes in French, Korean and English: rendered with the shipped fonts, then read back with PDFBox's
 * text extractor, which finds accents and Hangul only when the fonts carry the glyphs and their Unicode mapping.
 */
class MinutesPdfWriterTests {

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	final MinutesPdfWriter writer = new MinutesPdfWriter();

	static MinutesDocument seedMinutes(Locale locale, String dateLine, Status status) {
		return new MinutesDocument(locale, "Groupe-pays Corée · 한국 그룹", "Réunion du groupe-pays Corée", dateLine,
				"Visioconférence · 화상회의", status,
				List.of(new OrganizationAttendance("Ville d’Issy-les-Moulineaux",
						List.of(new Participant("Claire Guichard", "adjointe au maire, présidente du groupe-pays",
								"présente"), new Participant("Zoé Lefèvre-Çelik", null, null))),
						new OrganizationAttendance("대한민국시도지사협의회 (GAOK)",
								List.of(new Participant("김민수", "파리사무소장", "참석"))),
						new OrganizationAttendance("Commune de L’HAŸ-LES-ROSES",
								List.of(new Participant("Łukasz Wiśniewski", "chargé de mission", "excusé")))),
				List.of(new Section("1. Propos introductifs",
						"<p>Objectif : une <strong>feuille de route 2021</strong> pour la coopération décentralisée"
								+ " franco-coréenne.</p><p>Avec <em>Guro</em> (구로구, Séoul).</p>"
								+ "<ul><li>jeunesse 청소년</li><li>culture, musique</li></ul>"),
						new Section("2. 한불 협력 현황", "<p>서울특별시와 파리의 교류&nbsp;: 지방자치단체 국제교류협력.</p>")),
				List.of("Organiser trois séminaires thématiques en 2021.", "2022년 초에 성과 자료집을 발간한다."),
				List.of(new ActionItem("Cités Unies France", "Envoyer le questionnaire aux collectivités", "15/02/2021",
						"à faire"), new ActionItem("GAOK", "세미나 일정 공유", "2021-03-01", "진행 중")),
				Labels.from(MESSAGES, locale));
	}

	static String render(MinutesPdfWriter writer, MinutesDocument minutes, List<String> fontsOut) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(minutes, out);
		byte[] pdf = out.toByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (fontsOut != null) {
				for (var page : document.getPages()) {
					for (var name : page.getResources().getFontNames()) {
						PDFont font = page.getResources().getFont(name);
						fontsOut.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
					}
				}
			}
			assertThat(document.getDocumentInformation().getTitle()).contains(MinutesPdfWriter.text(minutes.meetingTitle()).strip());
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			return text.replaceAll("\\s+", " ");
		}
	}

	@Test
	void frenchMinutesKeepAccentsHangulAndEveryPart() throws Exception {
		String dateLine = "jeudi 28 janvier 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Séoul)";
		List<String> fonts = new java.util.ArrayList<>();
		String text = render(writer, seedMinutes(Locale.FRENCH, dateLine, Status.DRAFT), fonts);

		assertThat(text).contains(dateLine, "Séoul", "서울", "coopération", "Réunion du groupe-pays Corée",
				"Groupe-pays Corée · 한국 그룹", "Visioconférence · 화상회의");
		// headings from the French messages
		assertThat(text).contains("Compte-rendu", "Liste des participants", "Relevé de décisions", "Actions à mener",
				"Responsable", "Échéance", "Projet");
		// attendance by organization, including Ÿ and Ł that only the Latin font has
		assertThat(text).contains("Ville d’Issy-les-Moulineaux", "Claire Guichard", "présente", "Zoé Lefèvre-Çelik",
				"대한민국시도지사협의회 (GAOK)", "김민수, 파리사무소장", "(참석)", "L’HAŸ-LES-ROSES", "Łukasz Wiśniewski");
		// sections, with the HTML formatting turned into text
		assertThat(text).contains("1. Propos introductifs", "feuille de route 2021", "Avec Guro (구로구, Séoul).",
				"jeunesse 청소년", "2. 한불 협력 현황", "서울특별시와 파리의 교류");
		assertThat(text).contains("Organiser trois séminaires thématiques en 2021.", "2022년 초에 성과 자료집을 발간한다.");
		assertThat(text).contains("Envoyer le questionnaire aux collectivités", "15/02/2021", "à faire",
				"세미나 일정 공유", "진행 중");
		// page numbers in the footer
		assertThat(text).containsPattern("Compte-rendu · 1 / \\d");
		assertThat(fonts).anyMatch(name -> name.contains("NotoSans-"))
			.anyMatch(name -> name.contains("NotoSansKR"))
			.allMatch(name -> name.contains("NotoSans"))
			.noneMatch(name -> name.endsWith("(not embedded)"));
		assertThat(text).doesNotContain("#");
	}

	@Test
	void koreanMinutes() throws Exception {
		String dateLine = "2021년 1월 28일 목요일 11:00–12:30 (파리) · 19:00–20:30 (서울)";
		String text = render(writer, seedMinutes(Locale.KOREAN, dateLine, Status.REVIEW), null);

		assertThat(text).contains(dateLine, "회의록", "참석자 명단", "결정 사항", "후속 조치", "담당", "기한", "검토 중");
		assertThat(text).contains("Séoul", "서울", "coopération", "Claire Guichard", "김민수",
				"2. 한불 협력 현황", "세미나 일정 공유");
	}

	@Test
	void englishPublishedMinutesHaveNoWatermark() throws Exception {
		String dateLine = "Thursday 28 January 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Seoul)";
		String text = render(writer, seedMinutes(Locale.ENGLISH, dateLine, Status.PUBLISHED), null);

		assertThat(text).contains(dateLine, "Minutes", "Attendance list", "Decisions", "Action items", "Owner", "Due",
				"Published");
		assertThat(text).doesNotContain("Draft").doesNotContain("In review");
		String draft = render(writer, seedMinutes(Locale.ENGLISH, dateLine, Status.DRAFT), null);
		assertThat(draft).contains("Draft");
	}

	@Test
	void emptyMinutesSayNone() throws Exception {
		MinutesDocument empty = new MinutesDocument(Locale.FRENCH, null, "Réunion", null, null, Status.PUBLISHED, null,
				null, null, null, Labels.from(MESSAGES, Locale.FRENCH));
		String text = render(writer, empty, null);
		assertThat(text).contains("Réunion", "Liste des participants", "Aucun élément.");
	}

	@Test
	void hostileContentCannotBreakTheXhtml() throws Exception {
		String hostile = "</div><script>alert('x')</script> & < > \" ' ]]> <!-- \u0000\u0007 \uFFFE";
		MinutesDocument minutes = new MinutesDocument(Locale.FRENCH, hostile, "Titre " + hostile, hostile, hostile,
				Status.DRAFT, List.of(new OrganizationAttendance(hostile, List.of(new Participant(hostile, hostile, hostile)))),
				List.of(new Section(hostile, "<p>avant</p></div></body><script>alert(1)</script>"
						+ "<img src=\"http://127.0.0.1:1/x.png\"><a href=\"javascript:alert(1)\">lien</a>"
						+ "<style>body{display:none}</style><p onclick=\"x()\">après &amp; &lt;ok&gt;</p>"
						+ "<div><table><tr><td>cellule</td></tr></table>")),
				List.of(hostile), List.of(new ActionItem(hostile, hostile, hostile, hostile)),
				Labels.from(MESSAGES, Locale.FRENCH));

		String xhtml = writer.xhtml(minutes);
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var parsed = factory.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(xhtml)));
		assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
		assertThat(parsed.getElementsByTagName("img").getLength()).isZero();
		assertThat(parsed.getElementsByTagName("style").getLength()).isOne();
		assertThat(xhtml).doesNotContain("javascript:").doesNotContain("onclick").doesNotContain("127.0.0.1");

		String text = render(writer, minutes, null);
		assertThat(text).contains("</div><script>alert('x')</script> & < > \" ' ]]> <!--");
		assertThat(text).contains("avant", "lien", "après & <ok>", "cellule");
		assertThat(text).doesNotContain("alert(1)").doesNotContain("display:none");
	}

	@Test
	void theXhtmlIsWellFormedForTheSeedMinutes() throws Exception {
		String xhtml = new MinutesPdfWriter().xhtml(seedMinutes(Locale.KOREAN, "x", Status.DRAFT));
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var parsed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
		assertThat(parsed.getDocumentElement().getAttribute("lang")).isEqualTo("ko");
		assertThat(parsed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
	}

}
