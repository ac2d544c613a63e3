//! The case list at scale through the app API: it is read from the stores' summaries (no
//! case is opened), paged, and sorted with due or overdue follow-ups first; "today" is the
//! professional's local date, also just after midnight when UTC is still on yesterday.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use meldwijzer_app::store::StoreError;
use meldwijzer_app::{App, AppConfig, CaseStore, FixedEnv, ListEntry, MemoryStore, NewCaseInput, LIST_PAGE};
use meldwijzer_protocol::{Case, Edit};

/// A store that counts how often a whole case is opened.
struct Counting {
    inner: MemoryStore,
    loads: Arc<AtomicUsize>,
}

impl CaseStore for Counting {
    fn entries(&self) -> Result<Vec<ListEntry>, StoreError> {
        self.inner.entries()
    }
    fn load(&self, id: &str) -> Result<Option<Case>, StoreError> {
        self.loads.fetch_add(1, Ordering::SeqCst);
        self.inner.load(id)
    }
    fn save(&mut self, case: &Case, listing: &str) -> Result<(), StoreError> {
        self.inner.save(case, listing)
    }
    fn delete(&mut self, id: &str) -> Result<bool, StoreError> {
        self.inner.delete(id)
    }
    fn persistent(&self) -> bool {
        true
    }
    fn setting(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.inner.setting(name)
    }
    fn put_setting(&mut self, name: &str, value: Option<&[u8]>) -> Result<(), StoreError> {
        self.inner.put_setting(name, value)
    }
}

fn new_case(alias: &str) -> NewCaseInput {
    NewCaseInput {
        alias: alias.into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    }
}

fn follow_up(app: &mut App, id: &str, due: NaiveDate) {
    app.edit_case(
        id.to_string(),
        Edit::SetFollowUp { question: "resultaat".into(), due: Some(due), note: "Opnieuw kijken".into() },
    )
    .expect("follow-up");
}

fn counting_app(env: FixedEnv) -> (App, Arc<AtomicUsize>) {
    let loads = Arc::new(AtomicUsize::new(0));
    let store = Counting { inner: MemoryStore::default(), loads: loads.clone() };
    (App::with_store(AppConfig::default(), Box::new(env), Box::new(store)).unwrap(), loads)
}

#[test]
fn the_list_is_paged_and_opens_no_case() {
    let (mut app, loads) = counting_app(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()));
    let n = 2 * LIST_PAGE + 20;
    for i in 0..n {
        app.create_case(new_case(&format!("Casus {i:03}"))).unwrap();
    }
    loads.store(0, Ordering::SeqCst);
    let first = app.list_cases_page(0, LIST_PAGE);
    assert_eq!((first.cases.len(), first.total, first.next_offset), (LIST_PAGE, n, Some(LIST_PAGE)));
    let second = app.list_cases_page(LIST_PAGE, LIST_PAGE);
    let third = app.list_cases_page(2 * LIST_PAGE, LIST_PAGE);
    assert_eq!((third.cases.len(), third.next_offset), (20, None), "the last page says there is no more");
    assert!(app.list_cases_page(n + 5, LIST_PAGE).cases.is_empty(), "past the end: an empty page");
    let startup = app.startup();
    assert_eq!(
        (startup.cases.len(), startup.cases_next_offset),
        (LIST_PAGE, Some(LIST_PAGE)),
        "start-up sends the first page only"
    );
    assert_eq!(loads.load(Ordering::SeqCst), 0, "listing opened no case document");

    let mut ids: Vec<String> = [first.cases, second.cases, third.cases].concat().into_iter().map(|c| c.id).collect();
    assert_eq!(ids.first().map(String::as_str), Some(app.list_cases()[0].id.as_str()));
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "the pages hold every case once");
}

#[test]
fn due_and_overdue_follow_ups_come_first_the_longest_overdue_first() {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let env = Arc::new(FixedEnv::new(now));
    let mut app =
        App::with_store(AppConfig::default(), Box::new(env.clone()), Box::new(MemoryStore::default())).unwrap();
    let today = now.date_naive();
    let plain_old = app.create_case(new_case("Oud zonder vervolg")).unwrap().case.id;
    env.set_now(now + Duration::minutes(1));
    let later = app.create_case(new_case("Vervolg later")).unwrap().case.id;
    follow_up(&mut app, &later, today + Duration::days(3));
    env.set_now(now + Duration::minutes(2));
    let overdue = app.create_case(new_case("Vervolg verlopen")).unwrap().case.id;
    follow_up(&mut app, &overdue, today - Duration::days(2));
    env.set_now(now + Duration::minutes(3));
    let due_today = app.create_case(new_case("Vervolg vandaag")).unwrap().case.id;
    follow_up(&mut app, &due_today, today);
    env.set_now(now + Duration::minutes(4));
    let newest = app.create_case(new_case("Nieuwste")).unwrap().case.id;

    let list = app.list_cases();
    let order: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(order, vec![overdue.as_str(), due_today.as_str(), newest.as_str(), later.as_str(), plain_old.as_str()]);
    let state = |i: usize| list[i].due.as_ref().map(|d| d.state);
    assert_eq!(state(0), Some("overdue"));
    assert_eq!(list[0].due.as_ref().unwrap().date_label, (today - Duration::days(2)).format("%d-%m-%Y").to_string());
    assert_eq!(state(1), Some("today"));
    assert_eq!(state(3), Some("soon"), "a follow-up in three days is shown as coming, not as due");
    assert_eq!(state(4), None);
    assert!(list[0].status.starts_with("Stap"), "the status comes from the summary: {}", list[0].status);

    // Three days on, the later one is due too; it is the least overdue of the three.
    env.set_now(now + Duration::days(3));
    let order: Vec<String> = app.list_cases().into_iter().map(|c| c.id).collect();
    assert_eq!(order[..3], [overdue, due_today, later]);
}

#[test]
fn today_is_the_professionals_date_also_just_after_midnight() {
    // 23:30 UTC on 23 November is 00:30 on 24 November in Amsterdam (UTC+1 in winter).
    let late = Utc.with_ymd_and_hms(2026, 11, 23, 23, 30, 0).unwrap();
    let tomorrow = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    for (offset, due_now) in [(0, false), (3600, true)] {
        let env = Arc::new(FixedEnv::with_offset(late - Duration::hours(1), offset));
        let mut app =
            App::with_store(AppConfig::default(), Box::new(env.clone()), Box::new(MemoryStore::default())).unwrap();
        let id = app.create_case(new_case("Middernacht")).unwrap().case.id;
        follow_up(&mut app, &id, tomorrow);
        env.set_now(late);
        let line = app.list_cases().remove(0);
        let state = line.due.as_ref().map(|d| d.state);
        assert_eq!(
            state == Some("today"),
            due_now,
            "offset {offset}: a follow-up due on the 24th at 00:30 local time ({state:?})"
        );
    }

    // Retention: a closed case is held while its follow-up is today or later, in local days.
    // Closed on the 21st with one day of retention, follow-up on the 23rd.
    for (offset, purged) in [(0, 0), (3600, 1)] {
        let env = Arc::new(FixedEnv::with_offset(Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap(), offset));
        let mut app =
            App::with_store(AppConfig::default(), Box::new(env.clone()), Box::new(MemoryStore::default())).unwrap();
        app.set_settings(meldwijzer_app::SettingsView { idle_lock_minutes: 5, retention_days: 1 }).unwrap();
        let id = app.create_case(new_case("Bewaren")).unwrap().case.id;
        follow_up(&mut app, &id, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        app.edit_case(
            id.clone(),
            Edit::Close {
                step: "signalen".into(),
                reason: "Vermoeden weggenomen.".into(),
                in_dossier: true,
                kind: None,
            },
        )
        .unwrap();
        env.set_now(late);
        assert_eq!(
            app.purge_expired(),
            purged,
            "offset {offset}: on the 24th local time the follow-up of the 23rd has passed"
        );
    }
}
