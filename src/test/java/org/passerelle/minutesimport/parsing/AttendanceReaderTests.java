package org.passerelle.minutesimport.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Korean sub-list headings, named as the Korean bundle names the statuses
 * ({@code meeting.attendance.status.ABSENT=불참}, {@code meeting.attendance.status.EXCUSED=불참 통보}).
 */
class AttendanceReaderTests {

	@Test
	void koreanSubListHeadingsGiveTheStatusTheBundleNames() {
		assertThat(AttendanceReader.statusHeading("참석자")).isEqualTo(AttendanceStatus.PRESENT);
		assertThat(AttendanceReader.statusHeading("불참")).isEqualTo(AttendanceStatus.ABSENT);
		assertThat(AttendanceReader.statusHeading("불참자 명단")).isEqualTo(AttendanceStatus.ABSENT);
		assertThat(AttendanceReader.statusHeading("불참 통보")).isEqualTo(AttendanceStatus.EXCUSED);
		assertThat(AttendanceReader.statusHeading("사전 불참")).isEqualTo(AttendanceStatus.EXCUSED);
		assertThat(AttendanceReader.statusHeading("불참 (사유 제출)")).isEqualTo(AttendanceStatus.EXCUSED);
		assertThat(AttendanceReader.statusHeading("서울특별시")).isNull();
	}

	@Test
	void koreanMinutesWithAnAbsenceNotifiedBeforehandGiveItExcused() {
		MinutesProposal proposal = new MinutesParser().parse(String.join("\n", "한불 지방정부 협력 회의",
				"2026년 4월 21일 오전 10시–11시 30분 (서울)", "화상 회의", "", "참석자", "서울특별시: 박지훈 국제협력과장",
				"사전 불참", "경기도: 최윤아 국제협력팀장", "불참 (사유 제출)", "부산광역시: 윤지아 주무관", "불참",
				"수원시: 한다은 주무관", "", "1. 회의 개요", "양측 협력 현황을 점검하였다."));
		assertThat(proposal.attendance()).extracting(AttendanceItem::personName, AttendanceItem::status)
			.containsExactly(tuple("박지훈", AttendanceStatus.PRESENT), tuple("최윤아", AttendanceStatus.EXCUSED),
					tuple("윤지아", AttendanceStatus.EXCUSED), tuple("한다은", AttendanceStatus.ABSENT));
	}

}
