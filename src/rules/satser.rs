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
    /// The highest sygedagpenge amount per month: kr. per week × 52 / 12.
    pub fn sygedagpenge_max_monthly(&self) -> f64 {
        self.sygedagpenge_max_per_week * 52.0 / 12.0
    }
}
