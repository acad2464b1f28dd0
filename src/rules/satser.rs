//! Rates per year (SPEC § 6), each year with its source. Figures not read on bm.dk's own rate
//! page are marked `verified: false` and produce an Uncertain reason. See docs/kilder.md.

/// The rates of one year, kr. per month unless stated.
pub struct Satser {
    pub year: i32,
    /// LAS § 68, stk. 2, nr. 1 (and § 69 j, stk. 2, nr. 1): forsørgere.
    pub forsoerger: f64,
    /// LAS § 68, stk. 2: ikke-forsørgere.
    pub ikke_forsoerger: f64,
    /// LAS § 68, stk. 2: under 25 år, hjemmeboende, uden forsørgerpligt.
    pub under_25_hjemmeboende: f64,
    /// LAS § 68, stk. 4: the highest sygedagpenge amount, kr. per week.
    pub sygedagpenge_max_per_week: f64,
    /// LAS § 68, stk. 5: "Ressourceforløbsydelse (ledighedsydelse 89 pct.)", kr. per week — the
    /// most a ydelse carried over from ledighedsydelse can be; `None` where no source was found.
    pub ledighedsydelse_max_per_week: Option<f64>,
    /// LAS § 68 a, stk. 2 and § 69 j, stk. 9: the lønindtægtsgrænse.
    pub loenindtaegtsgraense: f64,
    pub kilde: &'static str,
    /// False when the figures come from secondary sources only.
    pub verified: bool,
}

pub const SATSER: [Satser; 4] = [
    Satser {
        year: 2020,
        forsoerger: 15_355.0,
        ikke_forsoerger: 11_554.0,
        under_25_hjemmeboende: 3_594.0,
        sygedagpenge_max_per_week: 4_405.0,
        ledighedsydelse_max_per_week: Some(3_919.0),
        loenindtaegtsgraense: 14_965.0,
        kilde: "https://www.bm.dk/satser/satser-for-2020/ressourceforloebsydelse/",
        verified: true,
    },
    Satser {
        year: 2021,
        forsoerger: 15_547.0,
        ikke_forsoerger: 11_698.0,
        under_25_hjemmeboende: 3_639.0,
        sygedagpenge_max_per_week: 4_460.0,
        ledighedsydelse_max_per_week: None,
        loenindtaegtsgraense: 15_264.0,
        kilde: "Patientvejlederens vejledning (satser 2021); Ældresagen 13-01-2021; Dansk Erhverv 14-12-2020; bm.dk/satser/satser-for-2021/kontanthjaelp/",
        verified: false,
    },
    Satser {
        year: 2022,
        forsoerger: 15_570.0,
        ikke_forsoerger: 11_716.0,
        under_25_hjemmeboende: 3_644.0,
        sygedagpenge_max_per_week: 4_465.0,
        ledighedsydelse_max_per_week: Some(3_974.0),
        loenindtaegtsgraense: 15_401.0,
        kilde: "https://bm.dk/satser/satser-for-2022/ressourceforloebsydelse/",
        verified: true,
    },
    Satser {
        year: 2024,
        forsoerger: 16_382.0,
        ikke_forsoerger: 12_326.0,
        under_25_hjemmeboende: 3_834.0,
        sygedagpenge_max_per_week: 4_695.0,
        ledighedsydelse_max_per_week: Some(4_185.0),
        loenindtaegtsgraense: 16_323.0,
        kilde: "https://bm.dk/satser/satser-for-2024/ressourceforloebsydelse",
        verified: true,
    },
];

/// The rates of `year`, if the product has sourced rates for it.
pub fn satser(year: i32) -> Option<&'static Satser> {
    SATSER.iter().find(|satser| satser.year == year)
}

/// The years a user can choose.
pub fn rate_years() -> impl Iterator<Item = i32> {
    SATSER.iter().map(|satser| satser.year)
}

impl Satser {
    /// The highest sygedagpenge amount per month in øre: kr. per week × 52 / 12, to the øre.
    pub fn sygedagpenge_max_monthly_ore(&self) -> i64 {
        weekly_to_monthly_ore(self.sygedagpenge_max_per_week)
    }
}

/// A weekly amount as a monthly one in whole øre: × 52 / 12, rounded half away from zero.
pub fn weekly_to_monthly_ore(kr_per_week: f64) -> i64 {
    let weekly_ore = (kr_per_week * 100.0).round() as i64;
    (weekly_ore * 52 + 6) / 12
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekly_amounts_become_monthly_to_the_ore() {
        // 4.405 × 52 / 12 = 19.088,333… → 19.088,33; 4.460 × 52 / 12 = 19.326,666… → 19.326,67.
        assert_eq!(weekly_to_monthly_ore(4_405.0), 1_908_833);
        assert_eq!(weekly_to_monthly_ore(4_460.0), 1_932_667);
        assert_eq!(
            satser(2024).map(Satser::sygedagpenge_max_monthly_ore),
            Some(2_034_500)
        );
    }
}
