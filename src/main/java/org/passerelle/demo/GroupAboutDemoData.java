package org.passerelle.demo;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupAboutForm;
import org.passerelle.group.GroupAboutManagement;
import org.passerelle.group.GroupManagement;

import org.springframework.stereotype.Component;

/**
 * The demo group's "about" page, from what the seed minutes of 28 January 2021 say the Korea country group is for
 * (its purpose and 2021 road map), who belongs to it and who runs it at Cités Unies France. Written in French, as the
 * minutes are, with Korean and English versions.
 */
@Component
@org.springframework.core.annotation.Order(100)
class GroupAboutDemoData implements DemoDataContribution {

	private final GroupManagement groups;

	private final GroupAboutManagement about;

	GroupAboutDemoData(GroupManagement groups, GroupAboutManagement about) {
		this.groups = groups;
		this.about = about;
	}

	@Override
	public void load(DemoData data, Keys keys) {
		CountryGroup group = groups.activeGroups()
			.stream()
			.filter(g -> g.getCode().equals(data.group().key()))
			.findFirst()
			.orElseThrow();
		about.save(group.getId(), new GroupAboutForm(PURPOSE_FR, JOINING_FR, CONTACT_FR, PURPOSE_KO, JOINING_KO,
				CONTACT_KO, PURPOSE_EN, JOINING_EN, CONTACT_EN));
	}

	private static final String PURPOSE_FR = """
			Le groupe-pays Corée de Cités Unies France réunit les collectivités territoriales françaises qui coopèrent \
			avec des collectivités coréennes, et leurs partenaires. C’est un groupe assez jeune, à l’image des \
			coopérations franco-coréennes : une quinzaine de jumelages seulement.
			Il offre un espace aux acteurs de la coopération décentralisée pour faciliter les échanges administratifs, \
			institutionnels, sociaux, économiques et culturels, et pour échanger entre pairs sur la décentralisation et \
			la territorialisation des objectifs de développement durable.
			Sa feuille de route 2021 : mieux faire connaître la coopération franco-coréenne et tenir un « Tour \
			franco-coréen des initiatives locales », trois séminaires (développement durable, tourisme, action \
			sociale) animés chacun par deux collectivités françaises et deux coréennes.""";

	private static final String JOINING_FR = """
			Le groupe est ouvert aux collectivités françaises membres de Cités Unies France qui ont, ou souhaitent \
			nouer, un partenariat avec une collectivité coréenne, ainsi qu’à leurs partenaires coréens et \
			institutionnels (Governors Association of Korea, ambassades).
			Pour participer aux réunions et voir leurs comptes rendus, demandez un compte sur Passerelle en indiquant \
			votre collectivité : un coordinateur examine la demande et vous rattache à votre organisation.""";

	private static final String CONTACT_FR = """
			Constance Koukoui, cheffe du service Animation géographique et thématique, Cités Unies France, \
			coordonne les groupes-pays.
			Présidence du groupe : Claire Guichard, adjointe au maire d’Issy-les-Moulineaux.""";

	private static final String PURPOSE_KO = """
			프랑스 지방정부연합(Cités Unies France)의 한국 국가그룹은 한국 지방정부와 협력하는 프랑스 지방정부와 \
			그 파트너들이 모인 곳입니다. 한불 협력처럼 아직 젊은 그룹으로, 자매결연은 열다섯 건 정도입니다.
			탈중앙 협력의 주체들이 행정·제도·사회·경제·문화 교류를 넓히고, 지방분권과 지속가능발전목표의 \
			지역화에 대해 서로 경험을 나누는 자리입니다.
			2021년 로드맵: 한불 협력을 더 널리 알리고, ‘한불 지역 이니셔티브 투어’로 세 차례 세미나(지속가능발전, \
			관광, 사회복지)를 열어 각각 프랑스와 한국 지방정부 두 곳씩이 진행합니다.""";

	private static final String JOINING_KO = """
			한국 지방정부와 협력하고 있거나 협력을 원하는 Cités Unies France 회원 프랑스 지방정부, 그리고 그 한국 \
			파트너와 기관 파트너(전국시도지사협의회, 대사관)에게 열려 있습니다.
			회의에 참여하고 회의록을 보려면 Passerelle에서 소속 기관을 적어 계정을 신청하세요. 코디네이터가 \
			검토한 뒤 소속 기관에 연결해 드립니다.""";

	private static final String CONTACT_KO = """
			Cités Unies France 지역·주제 활동부장 Constance Koukoui가 국가그룹을 조정합니다.
			그룹 의장: Claire Guichard, 이시레물리노 부시장.""";

	private static final String PURPOSE_EN = """
			The Korea country group of Cités Unies France brings together the French local authorities that cooperate \
			with Korean ones, and their partners. Like Franco-Korean cooperation itself it is young: there are only \
			some fifteen twinnings.
			It gives the actors of decentralized cooperation a place to ease administrative, institutional, social, \
			economic and cultural exchanges, and to share experience on decentralization and on bringing the \
			sustainable development goals to the local level.
			Its 2021 road map: make Franco-Korean cooperation better known, and hold a "Franco-Korean tour of local \
			initiatives", three seminars (sustainable development, tourism, social action), each led by two French \
			and two Korean local authorities.""";

	private static final String JOINING_EN = """
			The group is open to the French local authorities, members of Cités Unies France, that have or want a \
			partnership with a Korean local authority, and to their Korean and institutional partners (the Governors \
			Association of Korea, the embassies).
			To take part in the meetings and read their minutes, request an account on Passerelle naming your \
			organization: a coordinator looks at the request and links you to your organization.""";

	private static final String CONTACT_EN = """
			Constance Koukoui, head of geographic and thematic programmes at Cités Unies France, coordinates the \
			country groups.
			Chair of the group: Claire Guichard, deputy mayor of Issy-les-Moulineaux.""";

}
