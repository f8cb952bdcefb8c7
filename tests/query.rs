//! Filters, counts, search, status at a date, bucketing by date precision and statistics.

mod common;

use common::oracle::{by_category, summarize};
use karabakh_services_map::model::{load, Dataset, Status};
use karabakh_services_map::query::search::fold as fold_text;
use karabakh_services_map::query::timeline::{openings, status_at};
use karabakh_services_map::query::{Facet, Filters, Month, Query, NOT_NAMED};
use karabakh_services_map::words::summary::{change_caption, sentence};
use karabakh_services_map::words::text::EN;

fn fixture() -> Dataset {
    let loaded = load(&common::text("tests/fixtures/timeline.json")).unwrap();
    assert!(loaded.is_valid(), "{:#?}", loaded.problems);
    loaded.dataset
}

use common::shipped;

fn month(text: &str) -> Month {
    Month::parse(text).unwrap()
}

fn ids(d: &Dataset, visible: &[usize]) -> Vec<String> {
    visible.iter().map(|&i| d.records[i].id.clone()).collect()
}

fn at(to: &str) -> Filters {
    Filters {
        to: Some(month(to)),
        ..Filters::default()
    }
}

#[test]
fn a_post_office_planned_in_february_and_opened_in_june_is_planned_in_april() {
    let d = fixture();
    let r = &d.records[0];
    let as_of = month("2022-06");
    assert_eq!(status_at(r, month("2021-01"), as_of), None);
    assert_eq!(status_at(r, month("2021-04"), as_of), Some(Status::Planned));
    assert_eq!(status_at(r, month("2021-06"), as_of), Some(Status::Opened));
}

#[test]
fn year_only_dates_count_only_from_december_of_that_year() {
    let d = fixture();
    let r = &d.records[1];
    let as_of = month("2022-06");
    assert_eq!(status_at(r, month("2021-11"), as_of), None);
    assert_eq!(status_at(r, month("2021-12"), as_of), Some(Status::Opened));
}

#[test]
fn undated_changes_count_from_the_dataset_as_of_date() {
    let d = fixture();
    let q = Query::new(&d);
    assert!(!ids(&d, &q.visible(&at("2022-05"))).contains(&"atm-undated".to_string()));
    assert!(ids(&d, &q.visible(&at("2022-06"))).contains(&"atm-undated".to_string()));
}

#[test]
fn hides_planned_sites_when_status_filter_is_opened() {
    let d = fixture();
    let q = Query::new(&d);
    let mut f = at("2021-04");
    f.statuses.insert(Status::Opened);
    assert_eq!(ids(&d, &q.visible(&f)), ["bank-dec-2020"]);
    f.statuses = [Status::Planned].into();
    assert_eq!(ids(&d, &q.visible(&f)), ["post-feb-june"]);
}

#[test]
fn facet_counts_follow_the_other_filters_but_not_their_own() {
    let d = fixture();
    let q = Query::new(&d);
    let mut f = Filters::default();
    f.categories.insert("bank".into());
    // Category counts ignore the category filter itself…
    assert_eq!(
        q.counts(&f, Facet::Category),
        [("post".into(), 1), ("bank".into(), 3)]
    );
    // …but operator counts follow it.
    assert_eq!(
        q.counts(&f, Facet::Operator),
        [
            ("Azerpost".into(), 0),
            ("Kapital Bank".into(), 2),
            (NOT_NAMED.into(), 1)
        ]
    );
    f.operators.insert(NOT_NAMED.into());
    assert_eq!(ids(&d, &q.visible(&f)), ["atm-undated"]);
}

#[test]
fn the_time_range_start_keeps_only_records_that_changed_within_it() {
    let d = fixture();
    let q = Query::new(&d);
    let f = Filters {
        from: Some(month("2021-05")),
        to: Some(month("2021-12")),
        ..Filters::default()
    };
    assert_eq!(ids(&d, &q.visible(&f)), ["post-feb-june", "bank-2021"]);
}

#[test]
fn search_ignores_case_and_diacritics_and_knows_other_spellings() {
    let d = shipped();
    let q = Query::new(&d);
    let search = |text: &str| {
        let f = Filters {
            search: text.into(),
            ..Filters::default()
        };
        ids(&d, &q.visible(&f))
    };
    let shusha = search("Shusha");
    assert!(shusha.len() > 10);
    assert_eq!(search("Şuşa"), shusha);
    assert_eq!(search("shushi"), shusha);
    assert_eq!(search("SUSA"), shusha);
    let gubadli = search("Gubadli");
    assert!(!gubadli.is_empty());
    assert_eq!(search("Qubadlı"), gubadli);
    assert_eq!(search("kubatly"), gubadli);
    let fuzuli = search("Fuzuli");
    assert_eq!(search("Füzuli"), fuzuli);
    assert_eq!(search("fizuli"), fuzuli);
    assert!(search("kapital shusha")
        .iter()
        .all(|id| id.starts_with("kapital-bank")));
    assert!(search("no such thing").is_empty());
}

#[test]
fn search_matches_operators_and_notes() {
    let d = fixture();
    let q = Query::new(&d);
    let f = Filters {
        search: "MOSQUE".into(),
        ..Filters::default()
    };
    assert_eq!(ids(&d, &q.visible(&f)), ["atm-undated"]);
    let f = Filters {
        search: "azerpost".into(),
        ..Filters::default()
    };
    assert_eq!(ids(&d, &q.visible(&f)), ["post-feb-june"]);
}

#[test]
fn openings_fall_in_the_bucket_their_precision_allows() {
    let d = fixture();
    let q = Query::new(&d);
    let h = openings(d.records.iter(), q.span);
    let count = |m: &str| h.months.iter().find(|(x, _)| *x == month(m)).unwrap().1;
    assert_eq!(count("2021-06"), 1, "month precision goes in its month");
    assert_eq!(count("2020-12"), 1, "day precision goes in its month");
    assert_eq!(
        count("2021-12"),
        0,
        "a year-only date is not put in December"
    );
    assert_eq!(h.year_only, [(2021, 1)]);
    assert_eq!(h.undated, 1);
    assert_eq!(h.months.first().unwrap().0, month("2020-12"));
    assert_eq!(h.months.last().unwrap().0, month("2022-06"));
}

#[test]
fn statistics_count_by_status_category_and_town() {
    let d = fixture();
    let q = Query::new(&d);
    let to = month("2021-04");
    let visible = q.visible(&at("2021-04"));
    let s = summarize(&d, &visible, to, q.as_of);
    assert_eq!((s.opened, s.planned, s.towns), (1, 1, 1));
    assert_eq!(
        by_category(&d, &visible),
        [("post".into(), 1), ("bank".into(), 1)]
    );
    assert_eq!(
        sentence(&EN, &s, to, None),
        "1 service open, 1 planned, in 1 town, as of Apr 2021."
    );
    assert_eq!(
        sentence(&EN, &s, to, Some(month("2021-02"))),
        "Since Feb 2021: 1 service open, 1 planned, in 1 town, as of Apr 2021."
    );
}

#[test]
fn the_shipped_dataset_spans_november_2020_or_later_to_its_as_of_date() {
    let d = shipped();
    let q = Query::new(&d);
    assert!(q.span.0 >= month("2020-11") && q.span.0 <= month("2020-12"));
    assert_eq!(q.span.1, Month::last_of(&d.as_of));
    let banks = Filters {
        categories: ["bank".to_string()].into(),
        to: Some(month("2021-01")),
        ..Filters::default()
    };
    let visible = q.visible(&banks);
    assert!(visible.iter().all(|&i| d.records[i].category == "bank"));
    assert!(
        !visible.is_empty(),
        "planned bank branches were announced by Jan 2021"
    );
}

#[test]
fn the_list_sorts_by_each_column_and_shows_status_at_the_chosen_month() {
    use karabakh_services_map::query::table::{rows, Column};
    let d = fixture();
    let q = Query::new(&d);
    let visible: Vec<usize> = (0..d.records.len()).collect();
    let order = |column, ascending| -> Vec<String> {
        rows(
            &d,
            &q,
            &visible,
            month("2022-06"),
            (column, ascending),
            "",
            "en",
        )
        .iter()
        .map(|r| d.records[r.index].id.clone())
        .collect()
    };
    assert_eq!(
        order(Column::Name, true),
        ["atm-undated", "bank-2021", "bank-dec-2020", "post-feb-june"]
    );
    assert_eq!(
        order(Column::Date, true),
        ["bank-dec-2020", "bank-2021", "post-feb-june", "atm-undated"]
    );
    assert_eq!(order(Column::Date, false).last().unwrap(), "bank-dec-2020");
    assert_eq!(order(Column::Category, true)[0], "post-feb-june");
    assert_eq!(order(Column::Town, true)[0], "bank-2021");
    let april = rows(
        &d,
        &q,
        &[0],
        month("2021-04"),
        (Column::Name, true),
        "",
        "en",
    );
    assert_eq!(april[0].status, Some(Status::Planned));
    assert_eq!(april[0].date.unwrap().to_string(), "2021-02-10");
}

#[test]
fn search_folding_matches_the_golden_spellings() {
    use karabakh_services_map::query::search::fold;
    let text = common::text("tests/fixtures/folding.json");
    let golden: serde_json::Value = serde_json::from_str(&text).unwrap();
    for case in golden["cases"].as_array().unwrap() {
        let (input, expected) = (case[0].as_str().unwrap(), case[1].as_str());
        assert_eq!(Some(fold(input).as_str()), expected, "{input:?}");
    }
}

#[test]
fn a_search_naming_a_place_locates_it_and_ranks_its_records_before_mentions_in_notes() {
    use karabakh_services_map::query::table::{rows, Column};
    let d = shipped();
    let q = Query::new(&d);
    let shusha = d.places.iter().position(|p| p.name == "Shusha").unwrap();
    for spelling in ["Shusha", "şuşa", "  SHUSHI "] {
        assert_eq!(q.locate(spelling), Some(shusha), "{spelling}");
    }
    assert_eq!(q.locate("Kapital Bank"), None);
    assert_eq!(q.locate(""), None);

    let filters = Filters {
        search: "Şuşa".into(),
        ..Filters::default()
    };
    let visible = q.visible(&filters);
    let rank = q.ranker("Şuşa");
    let in_town: Vec<usize> = visible
        .iter()
        .copied()
        .filter(|&i| d.records[i].location.town == "Shusha")
        .collect();
    assert!(in_town.len() > 10);
    assert!(in_town.iter().all(|&i| rank(i) == 0));
    let mentions: Vec<usize> = visible.iter().copied().filter(|&i| rank(i) == 2).collect();
    assert!(
        !mentions.is_empty(),
        "no record mentions Shusha only in its notes"
    );
    for &i in &mentions {
        assert_ne!(d.records[i].location.town, "Shusha");
        assert!(
            fold_text(d.records[i].notes.as_deref().unwrap_or("")).contains("shusha")
                || fold_text(d.records[i].notes.as_deref().unwrap_or("")).contains("susa")
        );
    }
    // The list puts the place's records first and the mentions last, whatever the column.
    let listed = rows(
        &d,
        &q,
        &visible,
        q.span.1,
        (Column::Name, true),
        "Şuşa",
        "en",
    );
    let ranks: Vec<u8> = listed.iter().map(|r| r.rank).collect();
    let mut sorted = ranks.clone();
    sorted.sort();
    assert_eq!(ranks, sorted);
}

#[test]
fn the_headline_counts_what_a_search_found_and_notes_only_matches_apart() {
    let d = shipped();
    let q = Query::new(&d);
    let filters = Filters {
        search: "Şuşa".into(),
        categories: ["atm", "bank", "payment"].map(String::from).into(),
        ..Filters::default()
    };
    let visible = q.visible(&filters);
    let at = q.span.1;
    let found = q.summarize_found(&visible, at, &filters.search);
    let in_shusha: Vec<usize> = visible
        .iter()
        .copied()
        .filter(|&i| d.records[i].location.town == "Shusha")
        .collect();
    let direct = q.summarize(&in_shusha, at);
    assert_eq!(
        (found.opened, found.planned, found.towns),
        (direct.opened, direct.planned, 1)
    );
    assert_eq!(found.mentioned, visible.len() - in_shusha.len());
    assert!(
        found.mentioned > 0,
        "no money record mentions Shusha in its notes"
    );
    let text = sentence(&EN, &found, at, None);
    assert!(
        text.ends_with(&format!("; +{} mentioned in notes.", found.mentioned)),
        "{text}"
    );
    assert!(text.contains("in 1 town"), "{text}");
    // Without a search nothing is set apart.
    let all = q.visible(&Filters::default());
    assert_eq!(q.summarize_found(&all, at, "  "), q.summarize(&all, at));
}

#[test]
fn a_cluster_is_named_for_its_biggest_place_and_counts_the_others_nearby() {
    use karabakh_services_map::words::present::{cluster_name, cluster_places, cluster_towns};
    use karabakh_services_map::words::text::RU;
    let d = shipped();
    let town = |name: &str| -> Vec<usize> {
        (0..d.records.len())
            .filter(|&i| d.records[i].location.town == name)
            .collect()
    };
    let (shusha, zabukh, lachin) = (town("Shusha"), town("Zabukh"), town("Lachin"));
    assert!(shusha.len() > zabukh.len() && !zabukh.is_empty() && !lachin.is_empty());
    // Listed after a smaller place, the biggest still names the cluster.
    let mixed: Vec<usize> = zabukh.iter().chain(&shusha).copied().collect();
    assert_eq!(cluster_places(&d, &mixed), Some(("Shusha", 1)));
    assert_eq!(cluster_places(&d, &shusha), Some(("Shusha", 0)));
    assert_eq!(cluster_places(&d, &[]), None);
    let three: Vec<usize> = zabukh
        .iter()
        .chain(&lachin)
        .chain(&shusha)
        .copied()
        .collect();
    assert_eq!(cluster_places(&d, &three), Some(("Shusha", 2)));
    let en = cluster_name(
        &EN,
        &d,
        &cluster_towns(&d, &mixed),
        "27 records here".into(),
    );
    assert_eq!(en, "Shusha + 1 place nearby: 27 records here");
    assert_eq!(
        cluster_name(&EN, &d, &cluster_towns(&d, &shusha), "x".into()),
        "Shusha: x"
    );
    let ru = cluster_name(&RU, &d, &cluster_towns(&d, &three), "x".into());
    assert_eq!(ru, "Шуша и ещё 2 места рядом: x");
}

#[test]
fn play_names_what_changed_in_each_month_and_counts_the_rest() {
    let d = fixture();
    let q = Query::new(&d);
    let all = q.visible(&Filters::default());
    let named = |at: &str| {
        ids(
            &d,
            &q.changed_in(&all, month(at))
                .iter()
                .map(|c| c.0)
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(named("2021-02"), ["post-feb-june"]);
    assert_eq!(q.changed_in(&all, month("2021-06")), [(0, Status::Opened)]);
    assert!(q.changes_in(0, month("2021-06")) && !q.changes_in(0, month("2021-05")));
    // A year-only date changes in that December; an undated one at the as-of month.
    assert_eq!(named("2021-12"), ["bank-2021"]);
    assert_eq!(named("2022-06"), ["atm-undated"]);
    assert!(named("2021-03").is_empty());
    // Only what the filters leave visible is named.
    assert!(q.changed_in(&[1, 2], month("2021-02")).is_empty());

    let caption = |at: &str| change_caption(&EN, &d, &q.changed_in(&all, month(at)), month(at));
    assert_eq!(caption("2021-03"), None);
    let june = caption("2021-06").unwrap();
    assert!(june.contains("Post office, Shusha — opened"), "{june}");
    assert!(!june.contains("more"), "{june}");
    let two = [
        (0, Status::Planned),
        (3, Status::Opened),
        (1, Status::Opened),
    ];
    let text = change_caption(&EN, &d, &two, month("2021-02")).unwrap();
    assert!(
        text.ends_with("Post office, Shusha — planned; +2 more"),
        "{text}"
    );
}

#[test]
fn a_place_is_found_by_its_name_in_every_language_and_shown_in_the_readers() {
    let d = shipped();
    let q = Query::new(&d);
    for (place, names) in [
        ("Shusha", ["Шуша", "Şuşa", "Shushi", "шуша"]),
        ("Aghdam", ["Агдам", "Ağdam", "agdam", "AGDAM"]),
        (
            "Khankendi",
            ["Ханкенди", "Xankəndi", "Stepanakert", "Степанакерт"],
        ),
    ] {
        let at = d.places.iter().position(|p| p.name == place).unwrap();
        let in_town = d
            .records
            .iter()
            .filter(|r| r.location.town == place)
            .count();
        assert!(in_town > 0, "{place}");
        for name in names {
            assert_eq!(q.locate(name), Some(at), "{name}");
            let filters = Filters {
                search: name.into(),
                ..Filters::default()
            };
            let rank = q.ranker(name);
            let found = q.visible(&filters);
            assert_eq!(
                found.iter().filter(|&&i| rank(i) == 0).count(),
                in_town,
                "{name}"
            );
        }
    }
    assert_eq!(d.place_name("Shusha", "ru"), "Шуша");
    assert_eq!(d.place_name("Shusha", "az"), "Şuşa");
    assert_eq!(d.place_name("Shusha", "en"), "Shusha");
    assert_eq!(d.place_name("Tartar", "ru"), "Тертер");
    // A town the gazetteer does not list keeps the records' spelling.
    assert_eq!(d.place_name("Nowhere", "ru"), "Nowhere");
    // Every place a drawn record names, and every district, has its name in both languages
    // (an unmapped record's "Jabrayil or Fuzuli" is no one place).
    for town in d
        .records
        .iter()
        .filter(|r| r.location.coordinates().is_some())
        .flat_map(|r| std::iter::once(&r.location.town).chain(&r.location.district))
    {
        for lang in ["az", "ru"] {
            let place = d.places.iter().find(|p| &p.name == town);
            assert!(
                place.is_some_and(|p| p.names.exactly(lang).is_some()),
                "{town} has no {lang} name"
            );
        }
    }
}

#[test]
fn a_year_only_plan_listed_before_a_dated_opening_does_not_undo_it() {
    let d = shipped();
    let q = Query::new(&d);
    let i = d
        .records
        .iter()
        .position(|r| r.id == "post-office-lachin")
        .unwrap();
    let r = &d.records[i];
    // planned 2023, planned 2025 (certain only from December, so from "as of"), opened 11 July 2025.
    assert_eq!(status_at(r, q.as_of, q.as_of), Some(Status::Opened));
    assert_eq!(q.status_at(i, q.as_of), Some(Status::Opened));
    assert_eq!(q.status_at(i, month("2025-06")), Some(Status::Planned));
    assert_eq!(q.status_at(i, month("2025-07")), Some(Status::Opened));
}

#[test]
fn the_list_sorts_by_the_names_in_the_language_shown() {
    use karabakh_services_map::query::table::{rows, Column};
    let mut value: serde_json::Value =
        serde_json::from_str(&common::text("tests/fixtures/timeline.json")).unwrap();
    value["records"][0]["name"] = serde_json::json!({"en": "Zeta", "az": "Alfa"});
    value["records"][1]["name"] = serde_json::json!({"en": "Alpha", "az": "Omega"});
    let d = load(&value.to_string()).unwrap().dataset;
    let q = Query::new(&d);
    let first = |lang: &str| {
        let listed = rows(&d, &q, &[0, 1], q.span.1, (Column::Name, true), "", lang);
        d.records[listed[0].index].name.get(lang).to_string()
    };
    assert_eq!(first("en"), "Alpha");
    assert_eq!(first("az"), "Alfa");
    // Russian names are missing: English ones are shown and sorted.
    assert_eq!(first("ru"), "Alpha");
}

#[test]
fn a_deferred_query_makes_its_search_index_only_when_a_search_needs_it_and_answers_the_same() {
    use karabakh_services_map::query::table::{rows, Column};
    use std::sync::Arc;
    let loaded = Arc::new(load(&common::text("public/data/dataset.json")).unwrap());
    let d = &loaded.dataset;
    let eager = Query::new(d);
    let deferred = Query::deferred(Arc::clone(&loaded));
    assert!(eager.search_ready());
    assert!(!deferred.search_ready());

    // No search: filters, place lookup and ranking leave the index unmade.
    let chosen = Filters {
        statuses: [Status::Opened].into(),
        ..Filters::default()
    };
    assert_eq!(deferred.evaluate(&chosen), eager.evaluate(&chosen));
    assert_eq!(deferred.locate("  "), None);
    assert_eq!(deferred.ranker("")(0), 0);
    assert!(!deferred.search_ready());

    // A search makes it, and every answer is the one the eager query gives.
    for search in ["Şuşa", "kapital", "Azerpost Lachin", "no such thing"] {
        let filters = Filters {
            search: search.into(),
            ..Filters::default()
        };
        assert_eq!(
            deferred.evaluate(&filters),
            eager.evaluate(&filters),
            "{search}"
        );
        assert_eq!(deferred.locate(search), eager.locate(search), "{search}");
        let all: Vec<usize> = (0..d.records.len()).collect();
        let listed = |q: &Query| -> Vec<(usize, u8)> {
            rows(d, q, &all, q.span.1, (Column::Name, true), search, "az")
                .iter()
                .map(|r| (r.index, r.rank))
                .collect()
        };
        assert_eq!(listed(&deferred), listed(&eager), "{search}");
    }
    assert!(deferred.search_ready());

    // Made ahead, as the app does after the first paint.
    let ahead = Query::deferred(Arc::clone(&loaded));
    ahead.provide_search(karabakh_services_map::query::search::SearchIndex::new(d));
    ahead.prepare_sorting();
    assert!(ahead.search_ready());
}

#[test]
fn the_prepared_summary_counts_what_the_plain_one_counts_at_every_month_and_filter() {
    let d = shipped();
    let q = Query::new(&d);
    let mut checked = 0;
    for status in [None, Some(Status::Opened), Some(Status::Planned)] {
        for search in ["", "bank", "Şuşa"] {
            let mut month = q.span.0;
            while month <= q.span.1 {
                let filters = Filters {
                    to: Some(month),
                    statuses: status.into_iter().collect(),
                    search: search.into(),
                    ..Filters::default()
                };
                let visible = q.visible(&filters);
                assert_eq!(
                    q.summarize(&visible, month),
                    summarize(&d, &visible, month, q.as_of),
                    "{month} {status:?} {search:?}"
                );
                checked += usize::from(!visible.is_empty());
                month = month.next();
            }
        }
    }
    assert!(checked > 100, "only {checked} non-empty views compared");
}

#[test]
fn a_search_index_made_in_parts_is_the_one_made_whole_and_a_deferred_query_takes_it() {
    use karabakh_services_map::query::search::SearchIndex;
    use std::sync::Arc;
    let loaded = Arc::new(load(&common::text("public/data/dataset.json")).unwrap());
    let d = &loaded.dataset;
    let whole = SearchIndex::new(d);
    for part in [1, 7, 40, d.records.len()] {
        let mut index = SearchIndex::places(d);
        while index.records() < d.records.len() {
            let next = (index.records() + part).min(d.records.len());
            index.add_records(d, index.records()..next);
        }
        assert_eq!(index, whole, "parts of {part}");
    }

    let deferred = Query::deferred(Arc::clone(&loaded));
    deferred.provide_search(whole.clone());
    assert!(deferred.search_ready());
    let filters = Filters {
        search: "Şuşa".into(),
        ..Filters::default()
    };
    assert_eq!(
        deferred.evaluate(&filters),
        Query::new(d).evaluate(&filters)
    );
    // One made already (by a search) is kept.
    deferred.provide_search(SearchIndex::places(d));
    assert_eq!(
        deferred.evaluate(&filters),
        Query::new(d).evaluate(&filters)
    );
}

#[test]
fn the_histogram_draws_one_path_per_status_and_side_of_the_range_with_stacks_to_scale() {
    use karabakh_services_map::query::timeline::Histogram;
    let h = Histogram {
        months: vec![
            (month("2021-01"), 2),
            (month("2021-02"), 0),
            (month("2021-03"), 1),
        ],
        plans: vec![2, 0, 0],
        closures: vec![0, 0, 1],
        year_only: vec![],
        undated: 0,
    };
    let paths = h.bar_paths(1..=2);
    let find = |status: &str, inside: bool| {
        paths
            .iter()
            .find(|(s, i, _)| *s == status && *i == inside)
            .map(|(_, _, d)| d.as_str())
    };
    // January lies before the range: its openings at the bottom (half of the tallest stack,
    // four), its plans above them.
    assert_eq!(
        find("opened", false),
        Some("M-0.380 50.000h0.76v50.000h-0.76Z")
    );
    assert_eq!(
        find("planned", false),
        Some("M-0.380 0.000h0.76v50.000h-0.76Z")
    );
    // March lies in the range; February has nothing, so no bar at all.
    assert_eq!(
        find("opened", true),
        Some("M1.620 75.000h0.76v25.000h-0.76Z")
    );
    assert_eq!(
        find("closed", true),
        Some("M1.620 50.000h0.76v25.000h-0.76Z")
    );
    // Empty paths are left out.
    assert_eq!(paths.len(), 4);
    assert_eq!(find("planned", true), None);
}
