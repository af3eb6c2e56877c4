-- The managed list of themes; codes are stable (the API and the demo data use them), names can change.
create table theme (
    code     varchar(40)  primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_fr  varchar(120) not null,
    name_ko  varchar(120) not null,
    name_en  varchar(120) not null,
    position integer      not null,
    archived boolean      not null default false
);

insert into theme (code, name_fr, name_ko, name_en, position) values
  ('sustainable-development', 'Développement durable, lutte contre le réchauffement climatique', '지속가능발전, 기후변화 대응', 'Sustainable development, climate action', 1),
  ('tourism', 'Tourisme, attractivité des territoires', '관광, 지역 매력도', 'Tourism, attractiveness', 2),
  ('social-action', 'Action sociale', '사회복지', 'Social action', 3),
  ('youth', 'Jeunesse', '청소년', 'Youth', 4),
  ('culture', 'Culture, musique', '문화, 음악', 'Culture, music', 5),
  ('e-government', 'Administration électronique', '전자정부', 'E-government', 6),
  ('smart-cities', 'Villes intelligentes', '스마트시티', 'Smart cities', 7),
  ('soft-mobility', 'Mobilités douces', '친환경 교통', 'Soft mobility', 8),
  ('education', 'Éducation, échanges universitaires', '교육, 대학 교류', 'Education, university exchanges', 9),
  ('research-innovation', 'Recherche et innovation', '연구·혁신', 'Research and innovation', 10),
  ('economic-development', 'Développement économique', '경제 발전', 'Economic development', 11),
  ('sport', 'Sport, e-sport', '스포츠, e스포츠', 'Sport, e-sports', 12),
  ('robotics-new-tech', 'Robotique, nouvelles technologies', '로봇, 신기술', 'Robotics, new technologies', 13),
  ('creative-industries', 'Industries créatives', '창조 산업', 'Creative industries', 14),
  ('water', 'Eau', '물 관리', 'Water', 15),
  ('local-democracy', 'Démocratie locale, décentralisation', '지방 민주주의, 지방분권', 'Local democracy, decentralization', 16),
  ('gender-equality', 'Égalité femmes-hommes', '성평등', 'Gender equality', 17);

create table partnership (
    id          bigserial primary key,
    version     bigint       not null default 0,
    instrument  varchar(30)  not null check (instrument in ('TWINNING', 'FRIENDSHIP', 'MOU', 'LETTER_OF_INTENT', 'EXCHANGES', 'UNSPECIFIED_AGREEMENT')),
    status      varchar(20)  not null check (status in ('ACTIVE', 'PROPOSED', 'DORMANT', 'ENDED')),
    started     partial_date,
    ended       partial_date,
    description text,
    archived    boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table partnership_party (
    partnership_id  bigint  not null references partnership (id) on delete cascade,
    position        integer not null,
    organization_id bigint  not null references organization (id),
    primary key (partnership_id, position)
);
create index partnership_party_organization_idx on partnership_party (organization_id);

create table partnership_theme (
    partnership_id bigint      not null references partnership (id) on delete cascade,
    theme_code     varchar(40) not null references theme (code),
    primary key (partnership_id, theme_code)
);
create index partnership_theme_theme_idx on partnership_theme (theme_code);

create table activity (
    id              bigserial primary key,
    version         bigint       not null default 0,
    partnership_id  bigint       references partnership (id),
    organization_id bigint       references organization (id),
    title           varchar(300) not null,
    description     text,
    starts          partial_date,
    ends            partial_date,
    status          varchar(20)  not null check (status in ('PLANNED', 'ONGOING', 'DONE', 'POSTPONED', 'CANCELLED')),
    postponed_to    partial_date,
    archived        boolean      not null default false,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint activity_has_one_subject check ((partnership_id is null) <> (organization_id is null)),
    constraint activity_postponed_to_only_when_postponed check (postponed_to is null or status = 'POSTPONED')
);
create index activity_partnership_idx on activity (partnership_id);
create index activity_organization_idx on activity (organization_id);
