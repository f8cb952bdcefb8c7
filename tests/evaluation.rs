//! The one-pass evaluation of filters agrees with the rule it replaces, written out plainly:
//! a record is visible when it is known at the end of the range, changed within the range (if
//! the range starts after the dataset's first month), matches the search, and passes every
//! facet; a choice's count is taken under every filter except its own facet.

mod common;

use std::collections::BTreeSet;

use karabakh_services_map::model::{Dataset, Record, Status};
use karabakh_services_map::query::search::{fold, SearchIndex};
use karabakh_services_map::query::timeline::{changes_within, status_at};
use karabakh_services_map::query::{district_key, operator_key, Facet, Filters, Month, Query};
use proptest::prelude::*;

/// The shipped dataset, its query and search index, made once for all cases.
fn shipped() -> &'static (Dataset, Query, SearchIndex) {
    static ONCE: std::sync::OnceLock<(Dataset, Query, SearchIndex)> = std::sync::OnceLock::new();
    ONCE.get_or_init(|| {
        let d = common::shipped();
        let (q, s) = (Query::new(&d), SearchIndex::new(&d));
        (d, q, s)
    })
}

/// The plain rule, record by record.
fn passes(q: &Query, f: &Filters, i: usize, r: &Record, skip: Option<Facet>) -> bool {
    let (from, to) = q.range(f);
    let Some(status) = status_at(r, to, q.as_of) else {
        return false;
    };
    if from != q.span.0 && !changes_within(r, from, to, q.as_of) {
        return false;
    }
    let query = fold(&f.search);
    if !query.trim().is_empty() && !shipped().2.matches(i, &query) {
        return false;
    }
    let ok = |facet, pass: bool| skip == Some(facet) || pass;
    ok(
        Facet::Category,
        f.categories.is_empty() || f.categories.contains(&r.category),
    ) && ok(
        Facet::Operator,
        f.operators.is_empty() || f.operators.contains(operator_key(r)),
    ) && ok(
        Facet::Status,
        f.statuses.is_empty() || f.statuses.contains(&status),
    ) && ok(
        Facet::District,
        f.districts.is_empty() || f.districts.contains(district_key(r)),
    )
}

fn key(q: &Query, r: &Record, facet: Facet) -> Option<String> {
    let (_, to) = q.range(&Filters::default());
    Some(match facet {
        Facet::Category => r.category.clone(),
        Facet::Operator => operator_key(r).to_string(),
        Facet::Status => status_at(r, to, q.as_of)?.name().to_string(),
        Facet::District => district_key(r).to_string(),
    })
}

fn subset(all: &[String], mask: u64) -> BTreeSet<String> {
    all.iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << (i % 64)) != 0)
        .map(|(_, k)| k.clone())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn one_pass_agrees_with_the_plain_rule_on_the_shipped_dataset(
        cats in 0u64..(1 << 14), ops in any::<u64>(), districts in any::<u64>(),
        statuses in 0u8..8, search in prop::sample::select(vec!["", "shusha", "Şuşa", "bank", "lachin post", "zzz"]),
        from in proptest::option::of(0u32..70), to in proptest::option::of(0u32..70),
    ) {
        let (d, q, _) = shipped();
        let month = |n: u32| (0..n).fold(Month::new(2020, 1).unwrap(), |m, _| m.next());
        let f = Filters {
            categories: subset(q.choices(Facet::Category), cats),
            operators: if ops % 3 == 0 { BTreeSet::new() } else { subset(q.choices(Facet::Operator), ops) },
            statuses: [Status::Planned, Status::Opened, Status::Closed].into_iter().enumerate()
                .filter(|(i, _)| statuses & (1 << i) != 0).map(|(_, s)| s).collect(),
            districts: if districts % 2 == 0 { BTreeSet::new() } else { subset(q.choices(Facet::District), districts) },
            search: search.to_string(),
            from: from.map(month),
            to: to.map(month),
        };
        let e = q.evaluate(&f);
        let plain: Vec<usize> = d.records.iter().enumerate()
            .filter(|(i, r)| passes(q, &f, *i, r, None)).map(|(i, _)| i).collect();
        prop_assert_eq!(&e.visible, &plain);
        for facet in Facet::ALL {
            for (choice, count) in q.choices(facet).iter().zip(e.counts_of(facet)) {
                let (_, to) = q.range(&f);
                let expected = d.records.iter().enumerate().filter(|(i, r)| {
                    let k = if facet == Facet::Status { status_at(r, to, q.as_of).map(|s| s.name().to_string()) } else { key(q, r, facet) };
                    passes(q, &f, *i, r, Some(facet)) && k.as_deref() == Some(choice.as_str())
                }).count();
                prop_assert_eq!(*count, expected, "{:?} {}", facet, choice);
            }
        }
    }
}
