//! The dataset's sources as readers and editors judge a map by them: every outlet the records
//! cite, with the records that rest on it.

use crate::model::Dataset;

/// One outlet and the records citing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    /// The outlet's name as the dataset writes it (trimmed).
    pub name: String,
    /// Indices of the records citing it at least once, in dataset order.
    pub records: Vec<usize>,
}

/// Every outlet the records cite, most-cited first, then by name; a record citing an outlet
/// twice counts once.
pub fn outlets(dataset: &Dataset) -> Vec<Outlet> {
    let mut by_name: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, record) in dataset.records.iter().enumerate() {
        for source in &record.sources {
            let list = by_name.entry(source.outlet.trim()).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let out: Vec<Outlet> = by_name
        .into_iter()
        .map(|(name, records)| Outlet {
            name: name.to_string(),
            records,
        })
        .collect();
    // Names are unique, so the order is total.
    let mut order: Vec<usize> = (0..out.len()).collect();
    crate::geometry::sort_indices(&mut order, &|i, j| {
        let (a, b) = (&out[i], &out[j]);
        b.records
            .len()
            .cmp(&a.records.len())
            .then(a.name.cmp(&b.name))
    });
    order.into_iter().map(|i| out[i].clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Dataset {
        let text = include_str!("../../public/data/dataset.json");
        crate::model::load(text).unwrap().dataset
    }

    #[test]
    fn every_cited_outlet_is_listed_once_with_each_of_its_records() {
        let d = shipped();
        let list = outlets(&d);
        // Each record appears under every outlet it cites, and nowhere else.
        for (i, r) in d.records.iter().enumerate() {
            for o in &list {
                let cites = r.sources.iter().any(|s| s.outlet.trim() == o.name);
                assert_eq!(o.records.contains(&i), cites, "{} / {}", r.id, o.name);
            }
        }
        let names: std::collections::HashSet<_> = list.iter().map(|o| &o.name).collect();
        assert_eq!(names.len(), list.len());
        // Most-cited first.
        assert!(list
            .windows(2)
            .all(|w| w[0].records.len() >= w[1].records.len()));
    }

    #[test]
    fn a_record_citing_an_outlet_twice_counts_once() {
        let mut d = shipped();
        let first = d.records[0].sources[0].clone();
        d.records[0].sources.push(first.clone());
        let o = outlets(&d)
            .into_iter()
            .find(|o| o.name == first.outlet.trim())
            .unwrap();
        assert_eq!(o.records.iter().filter(|&&i| i == 0).count(), 1);
    }
}
