package org.passerelle.minutesimport;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.AgendaItem;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer fills the language of the minutes (issue 9, point 4): Korean minutes give a Korean original title and
 * agenda, even where a line alone has more Latin letters (a name, an acronym); the demo meeting, imported from French
 * minutes, has Korean versions of its title and agenda.
 */
@IntegrationTest
class ImportLanguageTests {

	@Autowired
	MeetingImportManagement imports;

	@Autowired
	MeetingFixture fixture;

	@Test
	void koreanMinutesGiveKoreanOriginals() {
		String token = TestData.unique();
		int day = ThreadLocalRandom.current().nextInt(1, 28);
		String text = """
				한불 협력 회의 %s
				2019년 3월 %d일 오전 10시–11시 (서울)
				화상 회의

				참석자
				수원시: 한다은 주무관

				1. MOU 체결 현황
				양측은 협약 체결 일정을 검토하였다.

				2. 향후 계획
				다음 회의는 9월에 파리에서 개최할 예정이다.
				""".formatted(token, day);
		MeetingImportManagement.Pending pending = imports.proposeText(fixture.korea().getId(), text, null);
		MeetingView meeting = imports.confirm(pending.id(), null, Visibility.MEMBERS);

		assertThat(meeting.title()).isEqualTo("한불 협력 회의 " + token);
		// the title alone has more Latin letters than Hangul: the minutes' language decides
		assertThat(meeting.titleText().language()).isEqualTo("ko");
		assertThat(meeting.agenda()).extracting(AgendaItem::title).containsExactly("MOU 체결 현황", "향후 계획");
		assertThat(meeting.agenda()).extracting(AgendaItem::titleLanguage).containsExactly("ko", "ko");
	}

	@Test
	void theDemoMeetingHasKoreanVersionsOfItsFrenchTitleAndAgenda() {
		MeetingView seed = fixture.demoMeeting();
		assertThat(seed.titleText().language()).isEqualTo("fr");
		assertThat(seed.titleText().ko()).isEqualTo("한국 국가그룹 회의");
		assertThat(seed.agenda()).hasSize(4).allSatisfy(item -> {
			assertThat(item.titleLanguage()).isEqualTo("fr");
			assertThat(item.titleKo()).isNotBlank();
		});
		assertThat(seed.agenda().get(3).titleKo()).isEqualTo("정리 및 폐회");
	}

}
