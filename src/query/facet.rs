//! Long facets (thousands of operators, say): which choices to draw. Only the chosen ones and
//! a page of the others are ever in the page, so a filter change costs the same whatever the
//! number of choices; a search inside the facet finds any of them.

/// How many unchosen choices a facet shows at first.
pub const FIRST_PAGE: usize = 30;
/// How many more each "Show more" adds.
pub const PAGE: usize = 50;

/// The choices of one facet to draw, by index, in the facet's own order: every chosen one, and
/// the unchosen ones whose folded label contains `search` (already folded), up to `limit` of
/// them. Also returns how many matching unchosen choices are left out. One pass: linear in
/// the number of choices.
pub fn shown(
    folded_labels: &[String],
    search: &str,
    is_chosen: impl Fn(usize) -> bool,
    limit: usize,
) -> (Vec<usize>, usize) {
    let search = search.trim();
    let mut out = Vec::new();
    let mut taken = 0;
    let mut hidden = 0;
    for (i, label) in folded_labels.iter().enumerate() {
        if is_chosen(i) {
            out.push(i);
        } else if search.is_empty() || label.contains(search) {
            if taken < limit {
                out.push(i);
                taken += 1;
            } else {
                hidden += 1;
            }
        }
    }
    (out, hidden)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::search::fold;

    fn labels(n: usize) -> Vec<String> {
        (0..n).map(|i| fold(&format!("Operator {i:05}"))).collect()
    }

    #[test]
    fn a_long_facet_shows_a_page_and_counts_the_rest() {
        let all = labels(20_000);
        let (shown, hidden) = shown(&all, "", |_| false, FIRST_PAGE);
        assert_eq!(shown, (0..FIRST_PAGE).collect::<Vec<_>>());
        assert_eq!(hidden, 20_000 - FIRST_PAGE);
        let (more, hidden) = super::shown(&all, "", |_| false, FIRST_PAGE + PAGE);
        assert_eq!(more.len(), FIRST_PAGE + PAGE);
        assert_eq!(hidden, 20_000 - FIRST_PAGE - PAGE);
    }

    #[test]
    fn chosen_choices_are_always_shown_in_their_place() {
        let all = labels(1_000);
        let (shown, hidden) = shown(&all, "", |i| i == 999 || i == 5, 3);
        assert_eq!(shown, vec![0, 1, 2, 5, 999]);
        assert_eq!(hidden, 1_000 - 5);
    }

    #[test]
    fn the_search_inside_a_facet_is_folded_and_finds_any_choice() {
        let mut all = labels(5_000);
        all.push(fold("Azərbaycan Sənaye Bankı"));
        let (shown, hidden) = shown(&all, &fold("SENAYE"), |_| false, FIRST_PAGE);
        assert_eq!(shown, vec![5_000]);
        assert_eq!(hidden, 0);
        let (shown, hidden) = super::shown(&all, &fold("operator 0499"), |_| false, FIRST_PAGE);
        assert_eq!(shown.len(), 10);
        assert_eq!(hidden, 0);
        let (none, _) = super::shown(&all, "nothing like it", |_| false, FIRST_PAGE);
        assert!(none.is_empty());
    }
}
