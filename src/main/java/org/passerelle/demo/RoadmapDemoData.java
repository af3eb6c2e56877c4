package org.passerelle.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.meeting.actionitem.ActionItemFilter;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.partnership.ActivityRegistry;
import org.passerelle.partnership.ActivityView;
import org.passerelle.programme.roadmap.AxisForm;
import org.passerelle.programme.roadmap.RoadmapManagement;
import org.passerelle.programme.roadmap.RoadmapStatus;
import org.passerelle.programme.roadmap.StatusForm;
import org.passerelle.programme.roadmap.StepForm;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The group's 2021 roadmap as the minutes present it (section 3): the axis "communicate better" and the axis "Tour
 * franco-coréen des initiatives locales", in French with Korean and English translations. Its steps link to the demo
 * activities and to the demo meeting's action items, found by their text, rather than copying them; so it is loaded
 * after the partnerships and the meeting (contributions run in the order of their class names: Meeting,
 * Partnership, Roadmap), and says so when one is missing.
 */
@Component
@org.springframework.core.annotation.Order(600)
class RoadmapDemoData implements DemoDataContribution {

	static final int YEAR = 2021;

	/** The demo loader acts as a coordinator: the roadmap's service is told who acts, and only they write. */
	static final PasserelleUser LOADER = new PasserelleUser(0, "demo-data@passerelle.invalid", null, "Demo data",
			Role.COORDINATOR, null, true);

	private final RoadmapManagement roadmaps;

	private final GroupManagement groups;

	private final ActivityRegistry activities;

	private final ActionItemManagement actionItems;

	RoadmapDemoData(RoadmapManagement roadmaps, GroupManagement groups, ActivityRegistry activities,
			ActionItemManagement actionItems) {
		this.roadmaps = roadmaps;
		this.groups = groups;
		this.activities = activities;
		this.actionItems = actionItems;
	}

	@Override
	public void load(DemoData data, Keys keys) {
		CountryGroup group = groups.activeGroups()
			.stream()
			.filter(g -> g.getCode().equals(data.group().key()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo group not loaded: " + data.group().key()));
		long groupId = group.getId();
		long cuf = DemoDataLoader.require(keys.organizations(), "cuf");
		Links links = new Links(data, group);

		long communicate = roadmaps.addAxis(groupId, YEAR, axis("Mieux communiquer sur la coopération franco-coréenne",
				"한불 협력에 대한 소통 강화", "Communicate better on French-Korean cooperation"), LOADER);
		long hashtag = roadmaps.addAction(groupId, YEAR, communicate,
				step("Choisir le hashtag du groupe-pays : #KoreaFranceCooperation ou #KoreaFranceLocalCooperation",
						"국가그룹 해시태그 선정: #KoreaFranceCooperation 또는 #KoreaFranceLocalCooperation",
						"Choose the country group’s hashtag: #KoreaFranceCooperation or #KoreaFranceLocalCooperation",
						"2021", cuf, links.activities("feuille-de-route-hashtag"), links.actionItem("Choisir le hashtag")),
				LOADER);
		// "la création d'un hashtag est plébiscitée et est en cours de réflexion"
		roadmaps.changeStatus(groupId, YEAR, hashtag, new StatusForm(RoadmapStatus.ONGOING, null, null), LOADER);

		long tour = roadmaps.addAxis(groupId, YEAR,
				axis("Créer des temps de rencontres réguliers : « Tour franco-coréen des initiatives locales »",
						"정기적인 만남의 장 마련: 「한불 지역 이니셔티브 투어」",
						"Create regular meetings: the “French-Korean tour of local initiatives”"),
				LOADER);
		roadmaps.addAction(groupId, YEAR, tour,
				step("Consultation des collectivités sur les thèmes des séminaires", "세미나 주제에 대한 지방정부 의견 수렴",
						"Consultation of the local authorities on the seminars’ themes", "2021-02/2021-05", cuf,
						links.activities("feuille-de-route-consultation"), links.actionItem("Consultation des collectivités")),
				LOADER);
		long preparation = roadmaps.addAction(groupId, YEAR, tour,
				step("Préparer les séminaires", "세미나 준비", "Prepare the seminars", null, cuf, List.of(), List.of()),
				LOADER);
		roadmaps.addMilestone(groupId, YEAR, preparation,
				step("Charte pour harmoniser les présentations des séminaires", "세미나 발표 통일을 위한 헌장",
						"Charter to harmonize the seminars’ presentations", "2021-02/2021-05", cuf,
						links.activities("feuille-de-route-charte"), links.actionItem("une charte pour harmoniser")),
				LOADER);
		roadmaps.addMilestone(groupId, YEAR, preparation,
				step("Questionnaire aux collectivités sur leurs informations et bonnes pratiques",
						"지방정부 정보 및 우수 사례 설문지", "Questionnaire to the local authorities on their information and good practices",
						"2021-02/2021-05", cuf, links.activities("feuille-de-route-questionnaire"),
						links.actionItem("questionnaire")),
				LOADER);
		long seminars = roadmaps.addAction(groupId, YEAR, tour,
				step("Trois séminaires interactifs, chacun avec sa thématique", "주제별 쌍방향 세미나 3회",
						"Three interactive seminars, each with its theme", null, cuf, List.of(), List.of()),
				LOADER);
		roadmaps.addMilestone(groupId, YEAR, seminars,
				step("Premier séminaire, autour des rencontres de CUF", "제1차 세미나(CUF 연례 회의 계기)",
						"First seminar, around the CUF meetings", "2021-06", cuf,
						links.activities("tour-initiatives-locales-seminaire-1"), List.of()),
				LOADER);
		roadmaps.addMilestone(groupId, YEAR, seminars,
				step("Deuxième séminaire", "제2차 세미나", "Second seminar", "2021-10", cuf,
						links.activities("tour-initiatives-locales-seminaire-2"), List.of()),
				LOADER);
		roadmaps.addMilestone(groupId, YEAR, seminars,
				step("Troisième séminaire", "제3차 세미나", "Third seminar", "2021-11/2021-12", cuf,
						links.activities("tour-initiatives-locales-seminaire-3"), List.of()),
				LOADER);
		roadmaps.addAction(groupId, YEAR, tour,
				step("Support de capitalisation des séminaires", "세미나 성과 정리 자료",
						"Capitalization document of the seminars", "2022-01", cuf,
						links.activities("feuille-de-route-support-capitalisation"), List.of()),
				LOADER);
	}

	private static AxisForm axis(String fr, String ko, String en) {
		return new AxisForm(fr, "fr", null, ko, en, null);
	}

	private static StepForm step(String fr, String ko, String en, String period, long owner, List<Long> activityIds,
			List<Long> actionItemIds) {
		return new StepForm(fr, "fr", null, ko, en, period, owner, activityIds, actionItemIds, null);
	}

	/** The demo activities (by their key in the demo file) and the demo meeting's action items (by their text). */
	private final class Links {

		private final Map<String, Long> activityIds;

		private final List<ActionItemView> items;

		Links(DemoData data, CountryGroup group) {
			Map<String, String> titles = data.activities()
				.stream()
				.collect(Collectors.toMap(DemoData.Activity::key, DemoData.Activity::title));
			Map<String, Long> idsByTitle = activities.latest(group.memberOrganizationIds(), 10_000)
				.stream()
				.collect(Collectors.toMap(ActivityView::title, ActivityView::id, (a, b) -> a));
			this.activityIds = titles.entrySet()
				.stream()
				.filter(e -> idsByTitle.containsKey(e.getValue()))
				.collect(Collectors.toMap(Map.Entry::getKey, e -> idsByTitle.get(e.getValue())));
			this.items = actionItems
				.search(new ActionItemFilter(null, null, null, group.getId()), new MeetingViewer(LOADER),
						Pageable.unpaged())
				.getContent();
		}

		List<Long> activities(String key) {
			Long id = activityIds.get(key);
			if (id == null) {
				throw new IllegalStateException("Roadmap demo data: activity " + key + " not loaded before it");
			}
			return List.of(id);
		}

		List<Long> actionItem(String text) {
			List<Long> found = items.stream().filter(item -> item.title().contains(text)).map(ActionItemView::id).toList();
			if (found.size() != 1) {
				throw new IllegalStateException(
						"Roadmap demo data: " + found.size() + " action items of the demo meeting say \"" + text + "\"");
			}
			return found;
		}

	}

}
