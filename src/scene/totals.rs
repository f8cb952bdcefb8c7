//! Running totals over the cluster index's order, as supercluster's `reduce` keeps per
//! cluster: how many shown records of each status and of each family lie before a point, so a
//! run's split is a subtraction per status or family, whatever its size. They are kept at every
//! [`STRIDE`]-th point only, each point carrying its own status and family in one `u32`: a run's
//! ends add the few points past the nearest kept total. A total at every point would hold a
//! counter per family for each record, more than the record's own place in the index.

use crate::model::{PerStatus, Status};

/// Most `kept totals × families` entries; above this (thousands of families) a run's families
/// are counted from its members instead.
const FAMILY_LIMIT: usize = 1 << 21;

/// Points between two kept totals.
const STRIDE: usize = 16;

/// A point's entry: shown (bit 31), its status (bits 29–30; 3 when it has none yet) and its
/// family (the low bits).
const SHOWN: u32 = 1 << 31;
const NO_STATUS: u32 = 3;
const FAMILY_BITS: u32 = (1 << 29) - 1;

/// Shown records by status and by family, summed along the index's order.
#[derive(Debug, Clone, Default)]
pub struct Totals {
    /// Each point in index order, packed (see [`SHOWN`]).
    points: Vec<u32>,
    /// Before point `k * STRIDE`: shown records in each status.
    status: Vec<PerStatus<u32>>,
    /// Before point `k * STRIDE`: shown records of family `f`, at `k * families + f`; empty
    /// when over [`FAMILY_LIMIT`].
    family: Vec<u32>,
    families: usize,
}

impl Totals {
    /// Sums, along `order` (record indices in index order), the records `shown` answers for
    /// (`Some((status at the chosen time, family))`; a status of `None`: not yet listed).
    pub fn new(
        order: impl ExactSizeIterator<Item = usize>,
        families: usize,
        shown: impl Fn(usize) -> Option<(Option<Status>, usize)>,
    ) -> Self {
        let n = order.len();
        let kept = n / STRIDE + 1;
        let keep_families = kept.saturating_mul(families) <= FAMILY_LIMIT;
        let mut t = Self {
            points: Vec::with_capacity(n),
            status: Vec::with_capacity(kept),
            family: Vec::with_capacity(if keep_families { kept * families } else { 0 }),
            families,
        };
        let mut s = PerStatus::<u32>::default();
        let mut f = vec![0u32; if keep_families { families } else { 0 }];
        for (k, item) in order.enumerate() {
            if k % STRIDE == 0 {
                t.status.push(s);
                t.family.extend_from_slice(&f);
            }
            let point = match shown(item) {
                Some((st, fam)) => {
                    if let Some(st) = st {
                        s[st] += 1;
                    }
                    if let Some(c) = f.get_mut(fam) {
                        *c += 1;
                    }
                    let st = st.map_or(NO_STATUS, |st| st as u32);
                    SHOWN | st << 29 | (fam as u32 & FAMILY_BITS)
                }
                None => 0,
            };
            t.points.push(point);
        }
        if n % STRIDE == 0 {
            t.status.push(s);
            t.family.extend_from_slice(&f);
        }
        t
    }

    /// The points from the kept total before `p` up to `p`.
    fn tail(&self, p: usize) -> &[u32] {
        self.points.get(p / STRIDE * STRIDE..p).unwrap_or_default()
    }

    /// Shown records in each status before point `p`.
    fn status_before(&self, p: usize) -> Option<PerStatus<u32>> {
        let mut s = *self.status.get(p / STRIDE)?;
        for &point in self.tail(p) {
            if point & SHOWN != 0 {
                if let Some(c) = s.0.get_mut((point >> 29 & 3) as usize) {
                    *c += 1;
                }
            }
        }
        Some(s)
    }

    /// Shown records of each family before point `p`.
    fn families_before(&self, p: usize) -> Option<Vec<u32>> {
        let n = self.families;
        let mut f = self
            .family
            .get(p / STRIDE * n..(p / STRIDE + 1) * n)?
            .to_vec();
        for &point in self.tail(p) {
            if point & SHOWN != 0 {
                if let Some(c) = f.get_mut((point & FAMILY_BITS) as usize) {
                    *c += 1;
                }
            }
        }
        Some(f)
    }

    /// The shown members of the run `lo..hi` (positions in the index) by status.
    pub fn statuses(&self, (lo, hi): (usize, usize)) -> PerStatus<usize> {
        match (self.status_before(lo), self.status_before(hi)) {
            (Some(a), Some(b)) => PerStatus(std::array::from_fn(|k| (b.0[k] - a.0[k]) as usize)),
            _ => PerStatus::default(),
        }
    }

    /// The shown members of the run `lo..hi` by family, or `None` when there are too many
    /// families to keep totals for.
    pub fn families(&self, (lo, hi): (usize, usize)) -> Option<Vec<usize>> {
        let (a, b) = (self.families_before(lo)?, self.families_before(hi)?);
        Some(a.iter().zip(&b).map(|(a, b)| (b - a) as usize).collect())
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
    fn every_run_of_a_long_order_is_counted_as_its_members_are() {
        // Runs that start and end between kept totals, on them, and across several.
        let n = 5 * STRIDE + 7;
        let order: Vec<usize> = (0..n).map(|k| (k * 37) % n).collect();
        let shown = |i: usize| match i % 5 {
            0 => None,
            1 => Some((None, i % 3)),
            k => Some((Some(Status::SHOWN[k % 3]), i % 3)),
        };
        let t = Totals::new(order.iter().copied(), 3, shown);
        for lo in 0..=n {
            for hi in lo..=n {
                let members = &order[lo..hi];
                let mut statuses = PerStatus::<usize>::default();
                let mut families = vec![0; 3];
                for &i in members {
                    if let Some((st, f)) = shown(i) {
                        if let Some(st) = st {
                            statuses[st] += 1;
                        }
                        families[f] += 1;
                    }
                }
                assert_eq!(t.statuses((lo, hi)), statuses, "{lo}..{hi}");
                assert_eq!(t.families((lo, hi)), Some(families), "{lo}..{hi}");
            }
        }
    }

    #[test]
    fn too_many_families_keep_no_family_totals_but_still_statuses() {
        let t = Totals::new(0..3, FAMILY_LIMIT + 1, |_| Some((Some(Status::Opened), 0)));
        assert_eq!(t.families((0, 3)), None);
        assert_eq!(t.statuses((0, 3))[Status::Opened], 3);
    }
}
