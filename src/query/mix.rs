//! What a cluster holds, reduced to what a ring can show at a glance: at most five family
//! slices (the rest as "other") and the split by status.

use crate::model::{PerStatus, Status};

/// Most slices a cluster ring shows; with more families present, the largest
/// `MAX_SLICES - 1` are kept and the rest become one "other" slice.
pub const MAX_SLICES: usize = 5;

/// One slice of a ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slice {
    /// A family, by position in `Dataset::families`.
    Family(usize),
    /// Every family not shown on its own.
    Other,
}

/// The ring slices for `counts` (records per family, in legend order): non-empty families in
/// legend order, at most [`MAX_SLICES`], the smallest merged into [`Slice::Other`] (last).
pub fn ring(counts: &[usize]) -> Vec<(Slice, usize)> {
    let present: Vec<usize> = (0..counts.len()).filter(|&i| counts[i] > 0).collect();
    if present.len() <= MAX_SLICES {
        return present
            .into_iter()
            .map(|i| (Slice::Family(i), counts[i]))
            .collect();
    }
    let mut by_size = present.clone();
    // Largest first; ties keep legend order.
    crate::geometry::sort_indices(&mut by_size, &|a, b| {
        counts[b].cmp(&counts[a]).then(a.cmp(&b))
    });
    let kept = &by_size[..MAX_SLICES - 1];
    let mut out: Vec<(Slice, usize)> = present
        .iter()
        .filter(|i| kept.contains(i))
        .map(|&i| (Slice::Family(i), counts[i]))
        .collect();
    let other = by_size[MAX_SLICES - 1..].iter().map(|&i| counts[i]).sum();
    out.push((Slice::Other, other));
    out
}

/// Records by status.
pub fn by_status(statuses: impl Iterator<Item = Status>) -> PerStatus<usize> {
    let mut out = PerStatus::default();
    for s in statuses {
        out[s] += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_to_five_families_each_get_a_slice_in_legend_order() {
        assert_eq!(
            ring(&[2, 0, 5, 1]),
            [
                (Slice::Family(0), 2),
                (Slice::Family(2), 5),
                (Slice::Family(3), 1)
            ]
        );
    }

    #[test]
    fn beyond_five_the_smallest_families_become_other() {
        let slices = ring(&[1, 9, 2, 7, 3, 4, 1]);
        assert_eq!(slices.len(), MAX_SLICES);
        assert_eq!(
            slices,
            [
                (Slice::Family(1), 9),
                (Slice::Family(3), 7),
                (Slice::Family(4), 3),
                (Slice::Family(5), 4),
                (Slice::Other, 1 + 2 + 1),
            ]
        );
        let total: usize = slices.iter().map(|(_, n)| n).sum();
        assert_eq!(total, 27);
    }

    #[test]
    fn statuses_are_counted_in_name_order() {
        let s = [Status::Opened, Status::Planned, Status::Opened];
        assert_eq!(by_status(s.into_iter()), PerStatus([1, 2, 0]));
    }
}
