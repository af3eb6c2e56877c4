package org.passerelle.demo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.consultation.AnswerForm;
import org.passerelle.programme.consultation.ConsultationManagement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The consultation of the members on the 2021 cycle, closed, which the minutes of 28 January 2021 call "la prochaine
 * étape de la feuille de route": opened after that meeting, closed at the end of March 2021, with the answers the
 * minutes support. Only Tours' is stated ("la ville de Tours semble déjà intéressée à l'idée d'être investie au sein
 * du thème développement durable"); the others are inferred from the interests each authority, or its French
 * partner, states in the minutes, and rank only the theme the minutes point to. Nobody but Tours is recorded as
 * willing to host, since the minutes say so of no one else. Skipped when the 2021 cycle is absent.
 */
@Component
@Order(500)
class ConsultationDemoData implements DemoDataContribution {

	private static final Logger log = LoggerFactory.getLogger(ConsultationDemoData.class);

	/** Opened on 15 February 2021, 9:00 in Paris. */
	static final Instant OPENED = Instant.parse("2021-02-15T08:00:00Z");

	/** Closed on 31 March 2021, 18:00 in Paris (summer time: UTC+2), 1 April 1:00 in Seoul. */
	static final Instant CLOSES = Instant.parse("2021-03-31T16:00:00Z");

	/** The answers are dated in mid-March. */
	static final Instant ANSWERED = Instant.parse("2021-03-15T09:00:00Z");

	static final String SUSTAINABLE = "sustainable-development";

	static final String TOURISM = "tourism";

	/** What an authority (by its key in the demo file) said: themes in its order, themes it would host. */
	record Said(List<String> ranking, List<String> willing) {
	}

	static final Map<String, Said> ANSWERS = answers();

	private static Map<String, Said> answers() {
		Map<String, Said> answers = new LinkedHashMap<>();
		// stated: the synthesis of the minutes, Tours "intéressée à l'idée d'être investie" in sustainable development
		answers.put("tours", new Said(List.of(SUSTAINABLE), List.of(SUSTAINABLE)));
		// stated interest, inferred rank: Yvelines "souhaite développer des partenariats sur les thèmes du tourisme"
		answers.put("yvelines", new Said(List.of(TOURISM), List.of()));
		// inferred: Île-de-France's partnership with Gyeonggi has tourism among its priority axes
		answers.put("idf", new Said(List.of(TOURISM), List.of()));
		// inferred: Nice is interested in smart cities and soft mobility, the closest seminar being sustainable
		// development
		answers.put("nice", new Said(List.of(SUSTAINABLE), List.of()));
		// inferred: Suwon's letter of intent with Tours names sustainable urban development first
		answers.put("suwon", new Said(List.of(SUSTAINABLE), List.of()));
		// inferred: Gyeonggi's partnership with Île-de-France, tourism among its axes
		answers.put("gyeonggi", new Said(List.of(TOURISM), List.of()));
		// inferred: Daegu's partnership with the Métropole de Lille promotes each other's destinations
		answers.put("daegu", new Said(List.of(TOURISM), List.of()));
		return Map.copyOf(answers);
	}

	private final GroupManagement groups;

	private final ConsultationManagement consultations;

	ConsultationDemoData(GroupManagement groups, ConsultationManagement consultations) {
		this.groups = groups;
		this.consultations = consultations;
	}

	@Override
	public void load(DemoData data, Keys keys) {
		Optional<CountryGroup> group = groups.activeGroups().stream()
			.filter(candidate -> candidate.getCode().equals(data.group().key()))
			.findFirst();
		Optional<Long> cycle = group.flatMap(found -> consultations.cycleOf(found.getId(), 2021));
		if (cycle.isEmpty()) {
			log.info("No 2021 seminar cycle in the demo data: its consultation is not loaded");
			return;
		}
		record(cycle.get(), keys.organizations());
	}

	/** Records the closed consultation on this cycle, unless it has one; answers on themes it lacks are left out. */
	void record(long cycleId, Map<String, Long> organizations) {
		if (consultations.latestOf(cycleId).isPresent()) {
			return;
		}
		Map<String, Long> seminarOfTheme = consultations.seminarsByTheme(cycleId);
		Map<Long, AnswerForm> answers = new LinkedHashMap<>();
		ANSWERS.forEach((key, said) -> {
			Long organizationId = organizations.get(key);
			if (organizationId == null) {
				return;
			}
			List<Long> ranking = said.ranking().stream().map(seminarOfTheme::get).filter(id -> id != null).toList();
			List<Long> willing = said.willing().stream().map(seminarOfTheme::get).filter(id -> id != null).toList();
			if (!ranking.isEmpty() || !willing.isEmpty()) {
				answers.put(organizationId, new AnswerForm(ranking, willing, List.of()));
			}
		});
		consultations.recordHeld(cycleId, OPENED, CLOSES, ANSWERED, answers);
	}

}
