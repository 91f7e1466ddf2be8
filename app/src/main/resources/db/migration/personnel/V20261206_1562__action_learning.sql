-- Action Learning projects (issue 15, step 5; the operating plan's "การปฏิบัติจริง (Action Learning)"): a team of a
-- school's or an office unit's people, the problem and the goal, cycles of plan → act → observe → reflect entries
-- with their days, the outcome. When done, each member gets a development record of the project's hours.
create table personnel.action_learning (
    id bigint generated always as identity primary key,
    area_id bigint not null,
    school_id bigint,
    unit_id bigint,
    place_name text not null default '',
    title text not null check (length(btrim(title)) between 1 and 300),
    problem text not null check (length(btrim(problem)) between 1 and 2000),
    goal text not null check (length(btrim(goal)) between 1 and 2000),
    status text not null default 'PLANNED' check (status in ('PLANNED', 'RUNNING', 'DONE')),
    outcome text check (length(outcome) <= 4000),
    hours numeric(5, 1) check (hours > 0),
    created_by bigint not null,
    created_at timestamptz not null default now(),
    done_on date,
    version int not null default 0,
    check (num_nonnulls(school_id, unit_id) = 1)
);
create index action_learning_area on personnel.action_learning (area_id, status);

create table personnel.action_learning_member (
    project_id bigint not null references personnel.action_learning (id) on delete cascade,
    person_id bigint not null,
    person_name text not null default '',
    primary key (project_id, person_id)
);
create index action_learning_member_person on personnel.action_learning_member (person_id);

create table personnel.action_learning_entry (
    id bigint generated always as identity primary key,
    project_id bigint not null references personnel.action_learning (id) on delete cascade,
    cycle int not null check (cycle between 1 and 50),
    step text not null check (step in ('PLAN', 'ACT', 'OBSERVE', 'REFLECT')),
    day date not null,
    note text not null check (length(btrim(note)) between 1 and 2000),
    recorded_by bigint not null,
    recorded_at timestamptz not null default now()
);
create index action_learning_entry_project on personnel.action_learning_entry (project_id, cycle, day);
