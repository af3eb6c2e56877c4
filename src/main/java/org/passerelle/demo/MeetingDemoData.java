package org.passerelle.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.AgendaForm;
import org.passerelle.meeting.AgendaItem;
import org.passerelle.meeting.AgendaItemForm;
import org.passerelle.meeting.MeetingForm;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.actionitem.ActionItemForm;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.minutesimport.MeetingImportDraft;
import org.passerelle.minutesimport.MeetingImportManagement;
import org.passerelle.shared.LocalizedText;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The meeting of 28 January 2021, produced by the minutes importer from the seed text and confirmed through the
 * same service as a coordinator's review (every organization and person matched in the demo directory), its minutes
 * published with the note "Compte-rendu importé", then the next steps the minutes state as action items.
 */
@Component
@org.springframework.core.annotation.Order(200)
class MeetingDemoData implements DemoDataContribution {

	static final String SEED = "seed/compte-rendu-groupe-pays-coree-2021-01-28.txt";

	private final MeetingImportManagement imports;

	private final MeetingManagement meetings;

	private final MinutesWorkflow workflow;

	private final ActionItemManagement actionItems;

	private final GroupManagement groups;

	MeetingDemoData(MeetingImportManagement imports, MinutesWorkflow workflow,
			ActionItemManagement actionItems, GroupManagement groups, MeetingManagement meetings) {
		this.meetings = meetings;
		this.imports = imports;
		this.workflow = workflow;
		this.actionItems = actionItems;
		this.groups = groups;
	}

	/** The seed meeting's title in Korean (the minutes are French). */
	static final String TITLE_KO = "한국 국가그룹 회의";

	/** Its agenda points in Korean, in the order of the minutes' numbered sections. */
	static final List<String> AGENDA_KO = List.of("개회사 및 국가그룹 신임 의장단 소개",
			"한불 파트너십: 교류 현황 및 주요 협력 분야", "2021년 한국 국가그룹 로드맵 발표", "정리 및 폐회");

	/** A next step the minutes state: who, what (as the minutes phrase it), by when if they say. */
	record NextStep(String owner, String title, String due) {
	}

	static final List<NextStep> NEXT_STEPS = List.of(
			new NextStep("gaok", "Réunion des collectivités coréennes organisée par la GAOK, dont les discussions"
					+ " seront transmises aux membres CUF du groupe-pays Corée", "2021-03"),
			new NextStep("cuf", "Consultation des collectivités sur les thèmes des séminaires du « Tour franco-coréen"
					+ " des initiatives locales » (la prochaine étape de la feuille de route)", null),
			new NextStep("gaok", "Proposer un échange entre la ville de Seocho et la ville d’Issy-les-Moulineaux", null),
			new NextStep("cuf", "Rédiger, en amont des séminaires, une charte pour harmoniser les présentations et"
					+ " en cadrer le contenu", null),
			new NextStep("cuf", "Réaliser un questionnaire permettant à toutes les collectivités de faire part de"
					+ " leurs informations et bonnes pratiques", null),
			new NextStep("cuf", "Choisir le hashtag du groupe-pays : #KoreaFranceCooperation ou"
					+ " #KoreaFranceLocalCooperation", null));

	@Override
	public void load(DemoData data, Keys keys) {
		CountryGroup group = groups.activeGroups()
			.stream()
			.filter(g -> g.getCode().equals(data.group().key()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo group not loaded: " + data.group().key()));
		MeetingImportManagement.Pending pending = imports.proposeText(group.getId(), seedText(), null);
		for (MeetingImportDraft.Row row : pending.draft().attendance()) {
			if (row.organizationId() == null || row.personId() == null) {
				throw new IllegalStateException("Seed attendance line not matched in the demo directory: " + row);
			}
		}
		MeetingView meeting = translate(imports.confirm(pending.id(), null, Visibility.PUBLIC));
		workflow.submitForReview(meeting.id());
		// published by the demo loader itself, by no one
		workflow.publish(meeting.id(), "Compte-rendu importé", null);
		for (NextStep step : NEXT_STEPS) {
			actionItems.create(new ActionItemForm(meeting.id(), DemoDataLoader.require(keys.organizations(), step.owner()),
					step.title(), step.due(), ActionItemStatus.OPEN));
		}
	}

	/** The Korean title and agenda a Korean member would add after the import (the French stay the originals). */
	private MeetingView translate(MeetingView meeting) {
		LocalizedText title = meeting.titleText();
		MeetingView titled = meetings.update(meeting.id(), new MeetingForm(meeting.groupId(), meeting.title(),
				meeting.description(), meeting.localStart(), meeting.localEnd(), meeting.zone().getId(),
				meeting.format(), meeting.address(), meeting.videoLink(), meeting.visibility(), meeting.version(),
				title.language(), title.fr(), TITLE_KO, title.en()));
		List<AgendaItem> agenda = titled.agenda();
		if (agenda.size() != AGENDA_KO.size()) {
			throw new IllegalStateException("The seed's agenda has " + agenda.size() + " points, not " + AGENDA_KO.size());
		}
		List<AgendaItemForm> items = new ArrayList<>();
		for (int i = 0; i < agenda.size(); i++) {
			AgendaItem item = agenda.get(i);
			items.add(new AgendaItemForm(item.title(), item.presenterOrganizationId(), item.presenterPersonId(),
					item.durationMinutes(), item.titleLanguage(), item.titleFr(), AGENDA_KO.get(i), item.titleEn()));
		}
		return meetings.replaceAgenda(titled.id(), new AgendaForm(items, titled.agendaVersion()));
	}

	static String seedText() {
		try {
			return new ClassPathResource(SEED).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + SEED, ex);
		}
	}

}
