//! Running totals over the cluster index's order, as supercluster's `reduce` keeps per
//! cluster: how many shown records of each status and of each family lie before each point,
//! so a run's split is a subtraction per status or family, whatever its size.

use crate::model::{PerStatus, Status};

/// Most `points × families` entries kept as running totals; above this (thousands of
/// families) a run's families are counted from its members instead.
const FAMILY_LIMIT: usize = 1 << 21;

/// Shown records by status and by family, summed along the index's order.
#[derive(Debug, Clone, Default)]
pub struct Totals {
    /// Before point `k`: shown records in each status (`k` in `0..=n`).
    status: Vec<PerStatus<u32>>,
    /// Before point `k`: shown records of family `f`, at `k * families + f`; empty when
    /// over [`FAMILY_LIMIT`].
    family: Vec<u32>,
    families: usize,
}

impl Totals {
    /// Sums along `order` (items in index order) the records that are `shown`, each with its
    /// status (`None`: not yet listed at the month shown) and family (below `families`).
    pub fn new(
        order: impl ExactSizeIterator<Item = usize>,
        families: usize,
        shown: impl Fn(usize) -> Option<(Option<Status>, usize)>,
    ) -> Self {
        let n = order.len();
        let keep_families = (n + 1).saturating_mul(families) <= FAMILY_LIMIT;
        let mut status = Vec::with_capacity(n + 1);
        let mut family = Vec::with_capacity(if keep_families { (n + 1) * families } else { 0 });
        let mut s = PerStatus::<u32>::default();
        let mut f = vec![0u32; if keep_families { families } else { 0 }];
        status.push(s);
        family.extend_from_slice(&f);
        for item in order {
            if let Some((st, fam)) = shown(item) {
                if let Some(st) = st {
                    s[st] += 1;
                }
                if let Some(c) = f.get_mut(fam) {
                    *c += 1;
                }
            }
            status.push(s);
            family.extend_from_slice(&f);
        }
        Self {
            status,
            family,
            families,
        }
    }

    /// Shown records by status in the run `lo..hi`.
    /// (Nothing before the first count.)
    pub fn statuses(&self, (lo, hi): (usize, usize)) -> PerStatus<usize> {
        match (self.status.get(lo), self.status.get(hi)) {
            (Some(a), Some(b)) => PerStatus(std::array::from_fn(|k| (b.0[k] - a.0[k]) as usize)),
            _ => PerStatus::default(),
        }
    }

    /// Shown records by family in the run `lo..hi`, or `None` when families are too many to
    /// keep totals for.
    pub fn families(&self, (lo, hi): (usize, usize)) -> Option<Vec<usize>> {
        let n = self.families;
        let a = self.family.get(lo * n..(lo + 1) * n)?;
        let b = self.family.get(hi * n..(hi + 1) * n)?;
        Some(a.iter().zip(b).map(|(a, b)| (b - a) as usize).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn totals() -> Totals {
        // Items 0..6 in index order 3, 1, 4, 0, 5, 2; item 5 is hidden, item 2 not yet listed.
        let status = [
            Status::Opened,
            Status::Planned,
            Status::Opened,
            Status::Closed,
        ];
        Totals::new([3, 1, 4, 0, 5, 2].into_iter(), 2, |i| match i {
            5 => None,
            2 => Some((None, 1)),
            i => Some((Some(status[i % 4]), i % 2)),
        })
    }

    #[test]
    fn a_runs_statuses_are_its_shown_members_by_status() {
        let t = totals();
        // Run 0..3 holds items 3 (closed), 1 (planned), 4 (opened).
        let s = t.statuses((0, 3));
        assert_eq!(
            (s[Status::Planned], s[Status::Opened], s[Status::Closed]),
            (1, 1, 1)
        );
        // Run 3..6 holds 0 (opened), 5 (hidden), 2 (no status yet).
        let s = t.statuses((3, 6));
        assert_eq!(s.0.iter().sum::<usize>(), 1);
        assert_eq!(s[Status::Opened], 1);
    }

    #[test]
    fn a_runs_families_count_every_shown_member_with_or_without_a_status() {
        let t = totals();
        assert_eq!(t.families((0, 3)), Some(vec![1, 2]));
        // 0 (family 0), 5 hidden, 2 (family 1, no status yet).
        assert_eq!(t.families((3, 6)), Some(vec![1, 1]));
        assert_eq!(t.families((0, 6)), Some(vec![2, 3]));
    }

    #[test]
    fn too_many_families_keep_no_family_totals_but_still_statuses() {
        let t = Totals::new(0..3, FAMILY_LIMIT, |_| Some((Some(Status::Opened), 0)));
        assert_eq!(t.families((0, 3)), None);
        assert_eq!(t.statuses((0, 3))[Status::Opened], 3);
    }
}
